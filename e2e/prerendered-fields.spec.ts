import { expect, test, type Page } from '@playwright/test';
import { GATEWAY_ORIGIN } from './playwright.config.ts';
import { charges, pay, payButton, sessionIdOf, typeCard, watchPage } from './support.ts';

// The agency's server renders the card fields' iframe inside <dubai-pay> (prerenderedFields from
// @dubai-pay/core/server; examples/server-session does): the frame loads with the page, and the
// checkout takes it over when its script runs, even after the frame has long said it was ready.

/** Counts the frame's `ready` messages the page receives, from before any of its scripts run. */
async function countReadyMessages(page: Page): Promise<void> {
  await page.addInitScript((gateway) => {
    const counted = window as unknown as { __fieldsReady: number };
    counted.__fieldsReady = 0;
    window.addEventListener('message', (event) => {
      if (event.origin === gateway && (event.data as { type?: string } | null)?.type === 'dubai-pay:ready') counted.__fieldsReady++;
    });
  }, GATEWAY_ORIGIN);
}

const readyCount = (page: Page) => page.evaluate(() => (window as unknown as { __fieldsReady: number }).__fieldsReady);

test('a server-rendered frame that was ready before the component loaded is taken over, not loaded again, and pays once', async ({ page }) => {
  const problems = watchPage(page);
  await countReadyMessages(page);
  const frameLoads: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${GATEWAY_ORIGIN}/frame/fields?`)) frameLoads.push(request.url());
  });
  // The component's script waits until the frame has said it is ready (to nobody yet).
  await page.route('**/vendor/dubai-pay.js', async (route) => {
    await page.waitForFunction(() => (window as unknown as { __fieldsReady: number }).__fieldsReady > 0, null, { timeout: 20_000 });
    await route.continue();
  });
  await page.goto('/server-session/');
  const fields = page.frameLocator('dubai-pay > iframe[slot="fields"]');
  await expect(fields.locator('input[autocomplete="cc-number"]')).toBeVisible();
  await expect(payButton(page)).toBeVisible();
  // The checkout asked (hello) and the frame said it again: the checkout shows the fields as ready.
  expect(await readyCount(page)).toBeGreaterThanOrEqual(2);
  expect(frameLoads, 'the frame loaded once, by the page, never again by the checkout').toHaveLength(1);
  await expect(page.locator('dubai-pay >> iframe[part="frame"]')).toHaveCount(0);
  // It has this checkout's words, not the server's.
  await expect(page.locator('dubai-pay > iframe[slot="fields"]')).toHaveAttribute('title', /card/i);
  await typeCard(page, '4242424242424242');
  await pay(page);
  await expect(page.locator('dubai-pay [part="receipt"]')).toBeVisible({ timeout: 20_000 });
  expect(await charges(await sessionIdOf(page))).toBe(1);
  // Paid: the frame is gone with its fields.
  await expect(page.locator('dubai-pay > iframe[slot="fields"]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a server-rendered frame made for another session is not used: removed, said in the console, the checkout makes its own', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  // Before the component's script runs, the server's frame is pointed at another session. (The
  // page itself is not rewritten: a page Playwright serves may not reach the loopback gateway.)
  await page.route('**/vendor/dubai-pay.js', async (route) => {
    await page.locator('dubai-pay > iframe[slot="fields"]').evaluate((iframe) => {
      (iframe as HTMLIFrameElement).src = (iframe as HTMLIFrameElement).src.replace(/payment=ps_\w+/, 'payment=ps_someoneelses0000');
    });
    await route.continue();
  });
  await page.goto('/server-session/');
  await expect(page.locator('dubai-pay').locator('iframe[part="frame"]')).toHaveCount(1);
  await expect(page.locator('dubai-pay > iframe[slot="fields"]')).toHaveCount(0);
  expect(warnings.join('\n')).toContain('it was made for another session');
  await typeCard(page, '4242424242424242');
  await pay(page);
  await expect(page.locator('dubai-pay [part="receipt"]')).toBeVisible({ timeout: 20_000 });
  expect(await charges(await sessionIdOf(page))).toBe(1);
});
