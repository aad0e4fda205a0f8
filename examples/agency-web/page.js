// An agency page with no build step: it sets a few attributes on <dubai-pay> and listens to its
// events. It never sees card data: the card fields are the gateway's, in an iframe.
import config from '/config.js';

const checkout = document.getElementById('checkout');
const select = document.getElementById('service');
const outcome = document.getElementById('outcome');
const TEXT = {
  en: { title: 'Pay for an e-service', choose: 'Choose a service', switchTo: 'العربية', paid: 'Paid. Receipt {number}.', canceled: 'Payment canceled.' },
  ar: { title: 'الدفع مقابل خدمة إلكترونية', choose: 'اختر الخدمة', switchTo: 'English', paid: 'تم الدفع. رقم الإيصال {number}.', canceled: 'أُلغيت الدفعة.' },
};
let locale = new URLSearchParams(location.search).get('lang') === 'ar' ? 'ar' : 'en';

checkout.gateway = config.gateway;
checkout.publishableKey = config.publishableKey;

function setLocale(next) {
  locale = next;
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = TEXT[locale][node.dataset.text];
  for (const option of select.options) option.textContent = option.dataset[locale];
  const toggle = document.getElementById('language');
  toggle.textContent = TEXT[locale].switchTo;
  toggle.lang = locale === 'ar' ? 'en' : 'ar';
  checkout.locale = locale;
}

document.getElementById('language').addEventListener('click', () => setLocale(locale === 'en' ? 'ar' : 'en'));
select.addEventListener('change', () => {
  outcome.textContent = '';
  checkout.service = select.value;
});
checkout.addEventListener('dubai-pay-success', (event) => {
  outcome.textContent = TEXT[locale].paid.replace('{number}', event.detail.receipt.number);
});
checkout.addEventListener('dubai-pay-cancel', () => {
  outcome.textContent = TEXT[locale].canceled;
});
setLocale(locale);
