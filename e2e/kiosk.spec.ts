import { expect, test, type Page } from '@playwright/test';
import { ACS_ORIGIN, GATEWAY_ORIGIN } from './playwright.config.ts';
import { axeViolations, charges, frame, pay, press, SECRET, shot, tap, watchPage } from './support.ts';

// examples/kiosk: <dubai-pay mode="kiosk"> from the kiosk bundle, on a touch screen: taps only,
// the on-screen keypads only (the page's, and the hosted fields' own inside the frame).

test.use({ viewport: { width: 1080, height: 1600 }, hasTouch: true, isMobile: false });
test.beforeEach(() => test.skip(test.info().project.name !== 'desktop', 'the kiosk has its own screen'));

const checkout = (page: Page) => page.locator('dubai-pay-services dubai-pay');
const browserOf = (page: Page) => page.locator('dubai-pay-services');
const drivingLicence = (page: Page) =>
  browserOf(page)
    .locator('[part="service"]')
    .filter({ hasText: /^(Driving licence renewal|تجديد رخصة القيادة)/ });
const keypadKey = (page: Page, key: string) => page.locator(`dubai-pay [part="keypad-key"]`).filter({ hasText: new RegExp(`^${key}$`) });
const frameKey = (page: Page, key: string) => frame(page).locator(`.dp-keypad button[data-key="${key}"]`);

async function tapKeys(page: Page, keys: string, key: (page: Page, k: string) => ReturnType<Page['locator']>): Promise<void> {
  for (const k of keys) await tap(key(page, k));
}

/** Taps a service on the grid and keys the traffic file number in on the checkout's keypad. */
async function startDrivingLicence(page: Page, lang: 'en' | 'ar' = 'en', idle?: number): Promise<void> {
  await page.goto(`/kiosk/?${new URLSearchParams({ ...(lang === 'ar' ? { lang } : {}), ...(idle ? { idle: String(idle) } : {}) })}`);
  await tap(browserOf(page).locator('button[part="entity"]').first()); // Roads and Transport Authority
  await tap(drivingLicence(page));
  await expect(checkout(page).locator('#input-traffic_file_number')).toBeVisible();
  await expect(checkout(page).locator('#input-traffic_file_number')).toHaveAttribute('inputmode', 'none');
  await tapKeys(page, '12345678', keypadKey);
  await expect(checkout(page).locator('#input-traffic_file_number')).toHaveValue('12345678');
}

test('a whole payment with taps and keypads only; a receipt event for the printer; channel kiosk', async ({ page }) => {
  const problems = watchPage(page);
  await startDrivingLicence(page);
  await shot(page, 'kiosk-en-1-inputs');
  await tap(checkout(page).locator('[part="submit-button"]'));
  await expect(frame(page).locator('.dp-keypad')).toBeVisible();
  await expect(frame(page).locator('input[autocomplete]').first()).toHaveAttribute('autocomplete', 'off'); // nothing autofilled
  // The card, on the keypad inside the hosted fields: the page never sees these digits.
  await tap(frame(page).locator('input.dp-digits').first());
  await tapKeys(page, '4242424242424242', frameKey);
  await tap(frame(page).locator('input.dp-digits').nth(1));
  await tapKeys(page, '1234', frameKey);
  await tap(frame(page).locator('input.dp-digits').nth(2));
  await tapKeys(page, '123', frameKey);
  await expect(frame(page).locator('input.dp-digits').first()).toHaveValue('4242 4242 4242 4242');
  await shot(page, 'kiosk-en-2-card');
  const receiptEvent = checkout(page).evaluate(
    (element) =>
      new Promise<{ lines: { en: string[]; ar: string[] } }>((resolve) => element.addEventListener('dubai-pay-receipt', (e) => resolve((e as CustomEvent).detail), { once: true })),
  );
  await pay(page, 'tap');
  await expect(checkout(page).locator('[part="receipt"]')).toBeVisible();
  await expect(checkout(page).locator('[part="receipt"]')).toContainText('Self-service kiosk');
  const { lines } = await receiptEvent;
  expect(lines.en.join('\n')).toMatch(/Receipt number: DXB-\d{4}-\d{6}/);
  expect(lines.ar.join('\n')).toMatch(/رقم الإيصال: DXB-/);
  expect(lines.en.join('\n')).toContain('Self-service kiosk');
  // A kiosk prints on its paper printer: no "save as PDF" there.
  await expect(checkout(page).locator('[part="print-button"]')).toHaveText('Print receipt');
  await shot(page, 'kiosk-en-3-receipt');
  // Printed on an 80 mm roll (≈ 302 CSS px): the receipt alone.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 302, height: 900 });
  await expect(checkout(page).locator('[part="receipt"]')).toBeVisible();
  for (const hidden of ['[part="print-button"]', '[part="language-button"]']) await expect(checkout(page).locator(hidden)).toBeHidden();
  await expect(browserOf(page).locator('[part="back-button"]')).toBeHidden();
  await expect(page.locator('.kiosk-header')).toBeHidden();
  expect(
    await checkout(page)
      .locator('[part="receipt"]')
      .evaluate((el) => el.getBoundingClientRect().width),
  ).toBeLessThanOrEqual(302);
  await shot(page, 'kiosk-en-4-printed-receipt');
  await page.emulateMedia({ media: 'screen' });
  // Nothing about this customer is kept in the browser.
  expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
  const sessionId = await checkout(page).evaluate((el) => (el as unknown as { checkout: { session: { id: string; channel: string } } }).checkout.session.id);
  expect(await charges(sessionId)).toBe(1);
  expect(problems).toEqual([]);
});

test('idle: a countdown, then the session is canceled, every field wiped (frame included), the grid again', async ({ page }) => {
  const problems = watchPage(page);
  await startDrivingLicence(page, 'en', 10);
  await tap(checkout(page).locator('[part="submit-button"]'));
  await tap(frame(page).locator('input.dp-digits').first());
  await tapKeys(page, '4242', frameKey);
  const oldFrame = await checkout(page).locator('iframe[part="frame"]').elementHandle();
  const sessionId = await checkout(page).evaluate((el) => (el as unknown as { checkout: { quote: { id: string } } }).checkout.quote.id);
  expect(sessionId).toMatch(/^qt_/);
  const reset = checkout(page).evaluate(
    (element) =>
      new Promise<{ sessionId: string | null }>((resolve) => element.addEventListener('dubai-pay-idle-reset', (e) => resolve((e as CustomEvent).detail), { once: true })),
  );
  await expect(checkout(page).locator('[part="idle-warning"]')).toContainText(/Starting over in \d+ s/, { timeout: 12_000 });
  await shot(page, 'kiosk-en-idle-warning');
  await reset;
  await expect(browserOf(page).locator('button[part="entity"]').first()).toBeVisible();
  expect(await oldFrame!.evaluate((f) => f.isConnected)).toBe(false);
  // The next customer starts from nothing: empty inputs, empty hosted fields, nothing stored.
  await tap(browserOf(page).locator('button[part="entity"]').first());
  await tap(drivingLicence(page));
  await expect(checkout(page).locator('#input-traffic_file_number')).toHaveValue('');
  await tapKeys(page, '87654321', keypadKey);
  await tap(checkout(page).locator('[part="submit-button"]'));
  await expect(frame(page).locator('input.dp-digits').first()).toHaveValue('');
  expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
  expect(problems).toEqual([]);
});

test('idle after a session was opened: that session is canceled at the gateway', async ({ page }) => {
  // Some thirty taps on the keypads, then ten seconds of real idle time: under load it neared the minute.
  test.slow();
  await startDrivingLicence(page, 'en', 10);
  await tap(checkout(page).locator('[part="submit-button"]'));
  // A declined card opens a session (it stays open for another try) …
  await tap(frame(page).locator('input.dp-digits').first());
  await tapKeys(page, '4000000000000002', frameKey);
  await tap(frame(page).locator('input.dp-digits').nth(1));
  await tapKeys(page, '1234', frameKey);
  await tap(frame(page).locator('input.dp-digits').nth(2));
  await tapKeys(page, '123', frameKey);
  await pay(page, 'tap');
  await expect(checkout(page).locator('[part="error"]')).toBeVisible();
  const sessionId = await checkout(page).evaluate((el) => (el as unknown as { checkout: { session: { id: string } } }).checkout.session.id);
  // … and the customer walks away.
  await expect(browserOf(page).locator('button[part="entity"]').first()).toBeVisible({ timeout: 25_000 });
  // The screen is wiped first; the gateway is told right after, in the background.
  await expect.poll(async () => (await (await fetch(`${GATEWAY_ORIGIN}/v1/sessions/${sessionId}`, { headers: SECRET })).json()).status).toBe('canceled');
});

test('idle during a hand-off: the QR and code go, the session is canceled, and the link opens nothing on a phone', async ({ page, browser }) => {
  await startDrivingLicence(page, 'en', 10);
  await tap(checkout(page).locator('[part="submit-button"]'));
  await tap(checkout(page).locator('[part="handoff-button"]'));
  await expect(checkout(page).locator('[part="handoff-qr"]')).toBeVisible();
  const handoff = await checkout(page).evaluate((el) => (el as unknown as { handoff: { handoff: { url: string } } }).handoff.handoff);
  const sessionId = await checkout(page).evaluate((el) => (el as unknown as { checkout: { session: { id: string } } }).checkout.session.id);
  // The customer walks away from the QR code: the next person must not be able to use it.
  await expect(browserOf(page).locator('button[part="entity"]').first()).toBeVisible({ timeout: 25_000 });
  await expect(page.locator('[part="handoff-qr"]')).toHaveCount(0);
  await expect.poll(async () => (await (await fetch(`${GATEWAY_ORIGIN}/v1/sessions/${sessionId}`, { headers: SECRET })).json()).status).toBe('canceled');
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const mobile = await phone.newPage();
  await mobile.goto(handoff.url);
  await press(mobile.getByRole('button', { name: 'Continue to the payment' }));
  await expect(mobile.getByRole('alert')).toContainText('no longer waiting to be paid');
  await phone.close();
});

test('the language switch is always there; Arabic on the kiosk', async ({ page }) => {
  await startDrivingLicence(page);
  await tap(checkout(page).locator('[part="language-button"]'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(checkout(page).locator('[part="base"]')).toHaveAttribute('dir', 'rtl');
  await expect(checkout(page).locator('[part="language-button"]')).toHaveText('English');
  await tap(checkout(page).locator('[part="submit-button"]'));
  await expect(frame(page).locator('.dp-keypad')).toBeVisible();
  await expect(frame(page).locator('html')).toHaveAttribute('lang', 'ar');
  await shot(page, 'kiosk-ar-payment');
});

test('touch targets are at least 48 × 48 CSS px', async ({ page }) => {
  await startDrivingLicence(page);
  await tap(checkout(page).locator('[part="submit-button"]'));
  await expect(frame(page).locator('.dp-keypad')).toBeVisible();
  // A kiosk offers card and e-Dirham; direct debit goes by "pay on your phone".
  await expect(checkout(page).locator('input[name="method"]')).toHaveCount(2);
  await expect(checkout(page).locator('input[value="direct_debit"]')).toHaveCount(0);
  const small = await checkout(page).evaluate((element) =>
    [...element.shadowRoot!.querySelectorAll<HTMLElement>('button, [part~="method"], input:not([type="radio"])')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ what: el.getAttribute('part') ?? el.tagName, ...el.getBoundingClientRect().toJSON() }))
      .filter((r) => r.width < 48 || r.height < 48),
  );
  expect(small).toEqual([]);
});

test.describe('axe in kiosk mode', () => {
  test.use({ bypassCSP: true });
  for (const lang of ['en', 'ar'] as const) {
    test(`no violations (${lang}): inputs with the keypad, then the payment step and the frame's keypad`, async ({ page }) => {
      await startDrivingLicence(page, lang);
      expect(await axeViolations(page)).toEqual([]);
      await tap(checkout(page).locator('[part="submit-button"]'));
      await expect(frame(page).locator('.dp-keypad')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(await axeViolations(page.frames().find((f) => f.url().includes('/frame/fields'))!)).toEqual([]);
    });
  }
});

test('hand-off: the kiosk shows a QR code and a code; a phone (another browser context) pays; the kiosk shows the receipt', async ({ page, browser }) => {
  const problems = watchPage(page);
  await startDrivingLicence(page);
  await tap(checkout(page).locator('[part="submit-button"]'));
  await tap(checkout(page).locator('[part="handoff-button"]'));
  await expect(checkout(page).locator('[part="handoff-qr"]')).toBeVisible();
  const handoff = await checkout(page).evaluate((el) => (el as unknown as { handoff: { handoff: { url: string; code: string } } }).handoff.handoff);
  // The QR code draws the hand-off link (the same encoder, run here on the link).
  const { qrPath } = await import('../packages/elements/src/kiosk/qr.ts');
  expect(await checkout(page).locator('[part="handoff-qr"] path').getAttribute('d')).toBe(qrPath(handoff.url).path);
  await expect(checkout(page).locator('[part="handoff-code"]')).toHaveText(`${handoff.code.slice(0, 4)} ${handoff.code.slice(4)}`);
  await shot(page, 'kiosk-en-handoff');
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const mobile = await phone.newPage();
  await mobile.goto(handoff.url);
  await press(mobile.getByRole('button', { name: 'Continue to the payment' }));
  await expect(frame(mobile).locator('input[autocomplete="cc-number"]')).toBeVisible();
  const number = frame(mobile).locator('input[autocomplete="cc-number"]');
  await number.pressSequentially('4242424242424242');
  await frame(mobile).locator('input[autocomplete="cc-exp"]').pressSequentially('1234');
  await frame(mobile).locator('input[autocomplete="cc-csc"]').pressSequentially('123');
  await pay(mobile);
  await expect(mobile.locator('dubai-pay [part="receipt"]')).toBeVisible();
  // The kiosk sees the payment and shows the receipt.
  await expect(checkout(page).locator('[part="receipt"]')).toBeVisible({ timeout: 10_000 });
  await expect(checkout(page).locator('[part="receipt"]')).toContainText('Self-service kiosk');
  const sessionId = await checkout(page).evaluate((el) => (el as unknown as { checkout: { session: { id: string } } }).checkout.session.id);
  expect(await charges(sessionId)).toBe(1);
  await phone.close();
  expect(problems).toEqual([]);
});

test('the service browser: entities as a grid, search as you type in Arabic and English, keyboard too', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto('/kiosk/');
  await expect(browserOf(page).locator('button[part="entity"]')).toHaveCount(25);
  await shot(page, 'kiosk-en-0-services');
  const search = browserOf(page).locator('[part="search"]');
  await search.fill('رخصه القياده'); // without hamza and taa marbuta: still found
  await expect(browserOf(page).locator('[part="service"]').first()).toContainText('Driving licence renewal');
  await search.fill('good conduct');
  await expect(browserOf(page).locator('[part="service"]').first()).toContainText('Good conduct');
  await search.fill('zzzz');
  await expect(browserOf(page).getByRole('status')).toContainText('No service matches');
  await search.fill('');
  // Keyboard: Tab to an entity, Enter; Tab to a service, Enter: the checkout.
  await browserOf(page).locator('button[part="entity"]').nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(browserOf(page).locator('h3[data-view-heading]')).toBeFocused();
  await browserOf(page).locator('[part="service"]').first().focus();
  await page.keyboard.press('Enter');
  await expect(checkout(page).locator('[part="base"]')).toBeVisible();
  // The language switch on the grid switches the kiosk.
  await tap(browserOf(page).locator('[part="back-button"]'));
  await tap(browserOf(page).locator('[part="language-button"]'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(browserOf(page).locator('h2')).toHaveText('الدفع مقابل خدمة حكومية');
  await shot(page, 'kiosk-ar-0-services');
  // All entities, each with its count by the Arabic plural rules ("10 خدمات", "11 خدمة").
  await tap(browserOf(page).getByRole('button', { name: 'كل الجهات' }));
  await expect(browserOf(page).locator('button[part="entity"]')).toHaveCount(25);
  await expect(browserOf(page).locator('button[part="entity"]').filter({ hasText: 'النيابة العامة' })).toContainText('10 خدمات');
  await shot(page, 'kiosk-ar-0-entities');
  expect(problems).toEqual([]);
});

test('3-D Secure on the kiosk: the bank’s page is the whole screen (EMV 05) and has focus; the receipt’s heading after', async ({ page }) => {
  const problems = watchPage(page);
  await startDrivingLicence(page);
  await tap(checkout(page).locator('[part="submit-button"]'));
  await tap(frame(page).locator('input.dp-digits').first());
  await tapKeys(page, '4000000000003063', frameKey);
  await tap(frame(page).locator('input.dp-digits').nth(1));
  await tapKeys(page, '1234', frameKey);
  await tap(frame(page).locator('input.dp-digits').nth(2));
  await tapKeys(page, '123', frameKey);
  await pay(page, 'tap');
  const container = checkout(page).locator('iframe[part="three-ds-frame"]');
  const code = container.contentFrame().locator('iframe').contentFrame().locator('#code');
  await expect(code).toBeVisible();
  await expect(checkout(page).locator('[part="challenge-dialog"]')).toHaveAttribute('data-size', '05');
  // The container and the ACS's frame in it: the viewport's whole width, and its height below a compact head
  // and "Can't type here? Finish on your phone" (issue 15).
  const viewport = page.viewportSize()!;
  for (const box of [await container.boundingBox(), await container.contentFrame().locator('iframe').boundingBox()]) {
    expect(Math.abs(box!.x)).toBeLessThanOrEqual(2);
    expect(Math.abs(box!.x + box!.width - viewport.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(box!.y + box!.height - viewport.height)).toBeLessThanOrEqual(2);
    expect(box!.y).toBeLessThanOrEqual(160);
  }
  // Focus went page → container → the bank's code field (the sandbox ACS's script focuses it once
  // focus is in its frame): the keyboard answers without a tap.
  const acsPage = () => page.frames().find((f) => f.url().startsWith(`${ACS_ORIGIN}/3ds/challenge`));
  await expect.poll(() => acsPage()?.evaluate(() => document.hasFocus() && (document.activeElement?.id || document.activeElement?.tagName))).toBe('code');
  await page.keyboard.type('123456');
  await expect(code).toHaveValue('123456');
  await tap(container.contentFrame().locator('iframe').contentFrame().getByRole('button', { name: 'Verify' }));
  await expect(checkout(page).locator('[part="receipt"]')).toBeVisible({ timeout: 20_000 });
  await expect(checkout(page).locator('#receipt-title')).toBeFocused();
  expect(problems).toEqual([]);
});

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: on a 1080×1920 portrait kiosk the whole card step fits the screen, Pay in view, nothing to scroll`, async ({ page }) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    await startDrivingLicence(page, lang);
    await tap(checkout(page).locator('[part="submit-button"]'));
    await expect(frame(page).locator('.dp-keypad')).toBeVisible();
    await expect(checkout(page).locator('[part="pay-button"]')).toBeVisible();
    // Wait until the frame has its height (the page settles), then measure.
    await expect
      .poll(() =>
        checkout(page)
          .locator('[part="frame"]')
          .evaluate((e) => e.getBoundingClientRect().height),
      )
      .toBeGreaterThan(200);
    const layout = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollHeight, view: innerHeight, scrolled: scrollY }));
    expect(layout.scroll, 'nothing below the screen').toBeLessThanOrEqual(layout.view);
    expect(layout.scrolled).toBe(0);
    const pay = await checkout(page).locator('[part="pay-button"]').boundingBox();
    expect(pay!.y + pay!.height, 'Pay on the screen').toBeLessThanOrEqual(1920);
    await shot(page, `kiosk-${lang}-card-1080x1920`);
  });
}
