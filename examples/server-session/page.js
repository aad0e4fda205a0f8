// The page shows the receipt from the checkout, but says the permit is issued only when the
// agency's server has the gateway's signed word (a verified webhook), by asking that server.
const checkout = document.querySelector('dubai-pay');
const status = document.getElementById('order-status');
const reference = checkout?.dataset.order ?? '';
const arabic = document.documentElement.lang === 'ar';
const text = {
  waiting: arabic ? 'تم الدفع. بانتظار تأكيد الجهة…' : 'Paid. Waiting for the agency to confirm…',
  fulfilled: arabic ? 'أكّدت الجهة الدفع وأصدرت التصريح.' : 'The agency confirmed the payment and issued the permit.',
  late: arabic ? 'لم يصل التأكيد بعد. سيصلك إشعار عند إصداره.' : 'The confirmation has not arrived yet. You will be notified when the permit is issued.',
};

async function watchOrder() {
  if (!status) return;
  status.textContent = text.waiting;
  for (let wait = 500; wait < 60_000; wait *= 1.5) {
    const response = await fetch(`/server-session/orders/${encodeURIComponent(reference)}`, { cache: 'no-store' }).catch(() => null);
    const order = response?.ok ? await response.json() : null;
    if (order?.state === 'fulfilled') {
      status.textContent = text.fulfilled;
      status.dataset.state = 'fulfilled';
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  status.textContent = text.late;
}

checkout?.addEventListener('dubai-pay-success', () => void watchOrder());
