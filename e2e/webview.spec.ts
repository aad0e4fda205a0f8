import { expect, test, type Page } from '@playwright/test';
import { PAGE_ORIGIN } from './playwright.config.ts';
import { check, frame, pay, press, shot, typeCard, watchPage } from './support.ts';

// examples/webview as an app's webview shows it: each native bridge injected as the platform
// would (iOS WKWebView, Android WebView, React Native WebView) receives the documented JSON
// messages; no popups; the layout holds at 320 px.

const BRIDGES = {
  ios: `window.webkit = { messageHandlers: { dubaiPay: { postMessage: (m) => window.__native.push(m) } } };`,
  android: `window.DubaiPayAndroid = { postMessage: (m) => window.__native.push(m) };`,
  'react-native': `window.ReactNativeWebView = { postMessage: (m) => window.__native.push(m) };`,
} as const;

async function openInApp(page: Page, bridge: keyof typeof BRIDGES, lang: 'en' | 'ar' = 'en'): Promise<void> {
  await page.addInitScript(`window.__native = []; ${BRIDGES[bridge]}`);
  await page.goto(`/webview/${lang === 'ar' ? '?lang=ar' : ''}`);
  await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
}

async function nativeMessages(page: Page): Promise<{ source: string; version: number; type: string; detail: Record<string, unknown> }[]> {
  const raw = await page.evaluate(() => (window as unknown as { __native: unknown[] }).__native);
  // Native code receives strings: each one is JSON.
  for (const message of raw) expect(typeof message).toBe('string');
  return raw.map((m) => JSON.parse(m as string));
}

for (const bridge of Object.keys(BRIDGES) as (keyof typeof BRIDGES)[]) {
  test(`${bridge}: ready, changes and one terminal success reach native code as JSON; channel mobile`, async ({ page }) => {
    const problems = watchPage(page);
    await openInApp(page, bridge);
    await typeCard(page, '4242 4242 4242 4242');
    await pay(page);
    await expect(page.locator('dubai-pay [part="receipt"]')).toBeVisible();
    await expect(page.locator('dubai-pay [part="receipt"]')).toContainText('Mobile app');
    const messages = await nativeMessages(page);
    expect(messages.every((m) => m.source === 'dubai-pay' && m.version === 1)).toBe(true);
    expect(messages[0]).toMatchObject({ type: 'ready', detail: { amount: 32000, currency: 'AED' } });
    expect(messages.some((m) => m.type === 'change' && m.detail['complete'] === true)).toBe(true);
    const terminal = messages.filter((m) => ['success', 'error', 'cancel'].includes(m.type));
    expect(terminal).toHaveLength(1);
    expect(terminal[0]).toMatchObject({ type: 'success', detail: { receipt: { channel: 'mobile', paymentMethod: { last4: '4242' } } } });
    expect(JSON.stringify(messages)).not.toContain('4242424242424242');
    expect(problems).toEqual([]);
  });
}

test('native-bridge="off": nothing is sent even with a bridge present', async ({ page }) => {
  await page.addInitScript(`window.__native = []; ${BRIDGES.android}`);
  await page.goto('/webview/');
  await expect(page.locator('dubai-pay [part="total"]')).toBeVisible();
  expect((await nativeMessages(page)).map((m) => m.type)).toContain('ready'); // on by detection
  await page.locator('dubai-pay').evaluate((element) => {
    element.setAttribute('native-bridge', 'off');
    (window as unknown as { __native: unknown[] }).__native.length = 0;
    element.dispatchEvent(new CustomEvent('dubai-pay-cancel', { detail: { sessionId: null } }));
  });
  expect(await nativeMessages(page)).toEqual([]);
});

test('in a webview the bank is reached by redirect, never a popup, and the page resumes on return', async ({ page }) => {
  const problems = watchPage(page);
  await openInApp(page, 'ios');
  await page.locator('dubai-pay').evaluate((element) => element.setAttribute('bank-approval', 'popup'));
  await check(page.locator('dubai-pay input[value="direct_debit"]'));
  await check(page.locator('dubai-pay input[name="bank"][value="dib"]'));
  let popups = 0;
  page.on('popup', () => popups++);
  await press(page.locator('dubai-pay [part="pay-button"]'));
  await page.waitForURL((url) => url.pathname === '/banks/dib/approve');
  await press(page.getByRole('button', { name: 'Approve payment' }));
  await page.waitForURL((url) => url.origin === PAGE_ORIGIN);
  await expect(page.locator('dubai-pay [part="receipt"]')).toBeVisible();
  expect(popups).toBe(0);
  const messages = await nativeMessages(page);
  expect(messages.filter((m) => m.type === 'success')).toHaveLength(1);
  expect(problems).toEqual([]);
});

for (const lang of ['en', 'ar'] as const) {
  test(`usable at 320 px wide (${lang}): nothing wider than the screen`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openInApp(page, 'android', lang);
    await check(page.locator('dubai-pay input[value="direct_debit"]'));
    await check(page.locator('dubai-pay input[value="card"]'));
    await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shot(page, `webview-320-${lang}`);
  });
}
