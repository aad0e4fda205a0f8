import { expect, test, type Page } from '@playwright/test';
import { GATEWAY_ORIGIN } from './playwright.config.ts';
import { charges, frame, pay, press, SECRET, shot, typeCard, watchPage } from './support.ts';

// Hand-off: a payment started on another channel (here the kiosk's or the IVR's server side,
// through the API) is finished on the customer's phone, a separate browser context, on the
// gateway's own page. The channel that started it sees the payment in the session.

/** `locale`: the language the channel spoke (the contract's hand-off `locale`), if it says one. */
async function startedElsewhere(channel: 'kiosk' | 'ivr', locale?: 'en' | 'ar') {
  const response = await fetch(`${GATEWAY_ORIGIN}/v1/sessions`, {
    method: 'POST',
    headers: { ...SECRET, 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ items: [{ description: { en: 'Traffic fine', ar: 'مخالفة مرورية' }, unit_amount: 60000 }], channel }),
  });
  const session = (await response.json()) as { id: string };
  const made = await fetch(`${GATEWAY_ORIGIN}/v1/sessions/${session.id}/handoff`, {
    method: 'POST',
    headers: { ...SECRET, 'idempotency-key': crypto.randomUUID() },
    ...(locale ? { body: JSON.stringify({ locale }) } : {}),
  });
  return { session, handoff: (await made.json()) as { code: string; url: string } };
}

async function sessionNow(id: string) {
  return (await (await fetch(`${GATEWAY_ORIGIN}/v1/sessions/${id}`, { headers: SECRET })).json()) as { status: string; channel: string; receipt: { channel: string } | null };
}

// These tests make their own phone-sized contexts: once is enough.
test.beforeEach(() => test.skip(test.info().project.name !== 'desktop', 'runs once, in its own phone contexts'));

async function payOnPhone(page: Page): Promise<void> {
  await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
  expect(new URL(page.url()).hash).toBe(''); // the client secret left the address bar
  await typeCard(page, '4242 4242 4242 4242');
  await pay(page);
  await expect(page.locator('dubai-pay [part="receipt"]')).toBeVisible();
  // Paid: nothing of the payment is left on the phone (it may be a shared one).
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('dubai-pay:handoff'))).toBeNull();
}

test('from a kiosk, by QR link: the phone opens it once, pays on the gateway page; the session is paid once', async ({ browser }) => {
  const { session, handoff } = await startedElsewhere('kiosk');
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-AE' });
  const page = await phone.newPage();
  const problems = watchPage(page);
  await page.goto(handoff.url);
  await press(page.getByRole('button', { name: 'Continue to the payment' }));
  await payOnPhone(page);
  await expect(page.locator('dubai-pay [part="receipt"]')).toContainText('Self-service kiosk');
  // On the phone already: no "send to my phone".
  await expect(page.locator('dubai-pay [part="send-to-phone-button"]')).toBeHidden();
  await shot(page, 'handoff-phone-receipt-en');
  expect(await sessionNow(session.id)).toMatchObject({ status: 'succeeded', channel: 'kiosk', receipt: { channel: 'kiosk' } });
  expect(await charges(session.id)).toBe(1);
  // The link is used up.
  await page.goto(handoff.url);
  await expect(page.getByRole('alert')).toContainText('has been used or has expired');
  expect(problems).toEqual([]);
  await phone.close();
});

// The kiosk's language travels to the phone: the link opens the phone's pages, the checkout and
// its receipt in it, whatever the phone's own language; each page can switch.
for (const [lang, phoneLocale] of [
  ['ar', 'en-AE'],
  ['en', 'ar-AE'],
] as const) {
  test(`from a kiosk in ${lang === 'ar' ? 'Arabic' : 'English'}, on a phone set to ${phoneLocale}: the link’s pages and the receipt are in ${lang === 'ar' ? 'Arabic' : 'English'}`, async ({
    browser,
  }) => {
    const { session, handoff } = await startedElsewhere('kiosk', lang);
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: phoneLocale });
    const page = await phone.newPage();
    const problems = watchPage(page);
    await page.goto(handoff.url);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('link', { name: lang === 'ar' ? 'English' : 'العربية' })).toBeVisible();
    await press(page.getByRole('button', { name: lang === 'ar' ? 'متابعة إلى الدفع' : 'Continue to the payment' }));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await payOnPhone(page);
    await expect(page.locator('dubai-pay [part="receipt"]')).toContainText(lang === 'ar' ? 'تمت عملية الدفع بنجاح' : 'Payment successful');
    await expect(page.locator('dubai-pay [part="receipt"]')).toContainText(lang === 'ar' ? 'جهاز الخدمة الذاتية' : 'Self-service kiosk');
    await page.screenshot({ path: `e2e/screenshots/issue18-handoff-receipt-${lang}.png`, fullPage: true });
    expect(await charges(session.id)).toBe(1);
    expect(problems).toEqual([]);
    await phone.close();
  });
}

test('from a phone call, by code, in Arabic: typed on the gateway page, paid; a reload keeps the payment', async ({ browser }) => {
  const { session, handoff } = await startedElsewhere('ivr');
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, locale: 'ar-AE' });
  const page = await phone.newPage();
  const problems = watchPage(page);
  await page.goto(`${GATEWAY_ORIGIN}/pay/?lang=ar`);
  await page.getByLabel('رمز الدفع').fill('00000000');
  await press(page.getByRole('button', { name: 'فتح الدفعة' }));
  await expect(page.getByRole('alert')).toContainText('هذا الرمز غير صالح');
  await page.getByLabel('رمز الدفع').fill(handoff.code);
  await press(page.getByRole('button', { name: 'فتح الدفعة' }));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
  await page.reload(); // the client secret stayed in this tab's sessionStorage
  await payOnPhone(page);
  await expect(page.locator('dubai-pay [part="receipt"]')).toContainText('الهاتف');
  await shot(page, 'handoff-phone-receipt-ar');
  expect((await sessionNow(session.id)).status).toBe('succeeded');
  expect(problems).toEqual([]);
  await phone.close();
});
