import { createRequire } from 'node:module';
import { expect, test, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { GATEWAY_ORIGIN } from './playwright.config.ts';

// Shared by the end-to-end specs: the agency example page, the hosted fields, the sandbox's counters.

export const SECRET = { authorization: 'Bearer sk_test_demo', 'content-type': 'application/json' };

export async function charges(sessionId: string): Promise<number> {
  const response = await fetch(`${GATEWAY_ORIGIN}/_sandbox/sessions/${sessionId}/charges`, { headers: SECRET });
  return ((await response.json()) as { charges: number }).charges;
}

export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content.Security.Policy|Trusted Type|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return problems;
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${test.info().project.name}-${name}.png`, fullPage: true });
}

export const frame = (page: Page): FrameLocator => page.frameLocator('dubai-pay iframe[part="frame"]');
export const payButton = (page: Page) => page.locator('dubai-pay [part="pay-button"]');

/**
 * Presses Pay as a hand does (the mouse moves onto it first), and waits until the frame asks
 * the gateway for a token. Right after key presses inside the cross-origin frame, Chromium now
 * and then drops a click synthesised by the test driver (twice in a row was seen in CI); a
 * dropped click sends nothing, so pressing again cannot pay twice. The retries press Enter on the
 * focused button, which the driver delivers to the page itself.
 */
export async function pay(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const tokenRequested = page.waitForRequest((r) => r.url().endsWith('/v1/payment_methods'), { timeout: 3000 }).then(
      () => true,
      () => false,
    );
    if (attempt === 0) {
      await payButton(page).hover();
      await payButton(page).click();
    } else {
      await payButton(page).focus();
      await page.keyboard.press('Enter');
    }
    if (await tokenRequested) return;
  }
}

/** Opens the agency page on the driving licence renewal and gets to the payment step. */
export async function openCheckout(page: Page, lang: 'en' | 'ar' = 'en'): Promise<void> {
  await page.goto(`/agency-web/${lang === 'ar' ? '?lang=ar' : ''}`);
  await page.locator('dubai-pay #input-traffic_file_number').fill('12345678');
  await page.locator('dubai-pay [part="submit-button"]').click();
  await expect(page.locator('dubai-pay [part="total"]')).toBeVisible();
  await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
}

export async function typeCard(page: Page, number: string, expiry = '12/34', cvc = '123'): Promise<void> {
  const number$ = frame(page).locator('input[autocomplete="cc-number"]');
  await number$.fill('');
  await number$.pressSequentially(number);
  await frame(page).locator('input[autocomplete="cc-exp"]').fill('');
  await frame(page).locator('input[autocomplete="cc-exp"]').pressSequentially(expiry);
  await frame(page).locator('input[autocomplete="cc-csc"]').fill('');
  await frame(page).locator('input[autocomplete="cc-csc"]').pressSequentially(cvc);
  await expect(payButton(page)).toBeEnabled();
}

/** The session the checkout opened (it is created when the customer pays). */
export async function sessionCreated(page: Page, action: () => Promise<void>): Promise<{ id: string }> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url() === `${GATEWAY_ORIGIN}/v1/sessions` && r.request().method() === 'POST'),
    action(),
  ]);
  return response.json();
}


/** The session the checkout on this page is paying (read from its controller). */
export async function sessionIdOf(page: Page): Promise<string> {
  return page.locator('dubai-pay').evaluate((element) => (element as unknown as { checkout: { session: { id: string } } }).checkout.session.id);
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.2 AA violations axe finds in the page or a frame (the test lifts CSP to inject axe). */
export async function axeViolations(target: Page | Frame): Promise<string[]> {
  await target.addScriptTag({ path: AXE });
  return target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}
