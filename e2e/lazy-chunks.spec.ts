import { expect, test, type Page } from '@playwright/test';
import { charges, openCheckout, pay, sessionIdOf, typeCard, watchPage } from './support.ts';

// What only some payments need (3-D Secure here) is a chunk of the agency bundle, loaded when
// needed and pinned by its SRI hash inside the bundle (packages/core/src/load-chunk.ts): the
// agency's `integrity=` on the bundle then covers every line that runs.

const THREE_DS_CHUNK = /\/vendor\/chunks\/three-ds-flow-[\w-]+\.js$/;
const SEARCH_CHUNK = /\/vendor\/chunks\/service-search-[\w-]+\.js$/;
const RECEIPT_CHUNK = /\/vendor\/chunks\/receipt-view-[\w-]+\.js$/;

test('3-D Secure loads as its own chunk once the card fields are usable, preloaded with its SRI hash, and pays once', async ({ page }) => {
  const problems = watchPage(page);
  const searchRequests: string[] = [];
  page.on('request', (r) => SEARCH_CHUNK.test(r.url()) && searchRequests.push(r.url()));
  const chunkLoaded = page.waitForRequest((r) => THREE_DS_CHUNK.test(r.url()));
  await openCheckout(page);
  // Before Pay: the chunk is fetched while the customer types, not when the bank is waiting.
  await chunkLoaded;
  const links = await page
    .locator('head link[rel="modulepreload"]')
    .evaluateAll((all) => all.map((l) => ({ href: (l as HTMLLinkElement).href, integrity: (l as HTMLLinkElement).integrity })));
  const link = links.find((l) => THREE_DS_CHUNK.test(l.href));
  expect(link?.integrity, 'the chunk is preloaded with the hash the bundle pins').toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
  await typeCard(page, '5555 5555 5555 4444');
  await pay(page);
  await expect(page.locator('dubai-pay [part="receipt"]')).toBeVisible({ timeout: 20_000 });
  expect(await charges(await sessionIdOf(page))).toBe(1);
  expect(searchRequests, 'a checkout that never searches never loads search').toEqual([]);
  expect(problems).toEqual([]);
});

test('a 3-D Secure chunk altered on the way is never run: the payment is not called paid, nothing is charged', async ({ page }) => {
  await page.route(THREE_DS_CHUNK, async (route) => {
    const original = await route.fetch();
    // What an attacker on the CDN would add: code that runs when the chunk does.
    await route.fulfill({ response: original, body: `${await original.text()}\nglobalThis.__tamperedChunkRan = true;` });
  });
  await openCheckout(page);
  await typeCard(page, '4000 0000 0000 3220');
  await pay(page);
  // The checkout cannot run 3-D Secure: it says so, and says nothing about money it does not know.
  await expect(page.locator('dubai-pay [part="error"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('dubai-pay [part="receipt"]')).toHaveCount(0);
  expect(await page.evaluate(() => (globalThis as { __tamperedChunkRan?: boolean }).__tamperedChunkRan)).toBeUndefined();
  expect(await charges(await sessionIdOf(page))).toBe(0);
  console.log(
    `[chunks] altered 3-D Secure chunk: the checkout says ${JSON.stringify(await page.locator('dubai-pay').evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(-500)))}`,
  );
});

test.describe('service search, a chunk of the kiosk bundle', () => {
  test.use({ viewport: { width: 1080, height: 1600 } });
  test.beforeEach(() => test.skip(test.info().project.name !== 'desktop', 'the kiosk has its own screen'));

  test('if it cannot be loaded the service browser says so and searches again on "try again"; then it finds, pinned by its hash', async ({ page }) => {
    await page.route(SEARCH_CHUNK, (route) => route.abort('connectionfailed'));
    await page.goto('/kiosk/');
    const services = page.locator('dubai-pay-services');
    await expect(services.locator('button[part="entity"]')).toHaveCount(25);
    await services.locator('[part="search"]').fill('good conduct');
    const alert = services.getByRole('alert').filter({ hasText: 'Search could not be loaded' });
    await expect(alert).toBeVisible();
    await expect(services.locator('[part="service"]')).toHaveCount(0);
    await page.unroute(SEARCH_CHUNK);
    await alert.getByRole('button').click();
    await expect(alert).toHaveCount(0);
    await expect(services.locator('[part="service"]').first()).toContainText('Good conduct');
    const link = await page
      .locator('head link[rel="modulepreload"]')
      .evaluateAll((all) => all.map((l) => l as HTMLLinkElement).find((l) => /service-search-/.test(l.href))?.integrity);
    expect(link, 'preloaded with the hash the bundle pins').toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
  });
});

/** The receipt the checkout's success event carries (what the customer was told was paid), once it fires. */
function successReceipt(page: Page): Promise<{ number: string; amount: number }> {
  return page
    .locator('dubai-pay')
    .evaluate((element) => new Promise((resolve) => element.addEventListener('dubai-pay-success', (event) => resolve((event as CustomEvent).detail.receipt), { once: true })));
}

test('the receipt is a chunk loaded while the payment is made, pinned by its hash: at "paid" it is there', async ({ page }) => {
  const problems = watchPage(page);
  const fetched: string[] = [];
  page.on('requestfinished', (r) => RECEIPT_CHUNK.test(r.url()) && fetched.push(r.url()));
  await openCheckout(page);
  await typeCard(page, '4242 4242 4242 4242');
  expect(fetched, 'nobody who never pays downloads the receipt').toEqual([]);
  const paid = successReceipt(page);
  const start = Date.now();
  const chunkDone = page.waitForEvent('requestfinished', (r) => RECEIPT_CHUNK.test(r.url())).then(() => Date.now() - start);
  await pay(page);
  const receipt = await paid;
  const paidAfter = Date.now() - start;
  const loadedAfter = await chunkDone;
  console.log(`[chunks] receipt chunk loaded ${loadedAfter} ms after Pay; paid ${paidAfter} ms after Pay`);
  expect(loadedAfter, 'fetched before the payment is paid').toBeLessThanOrEqual(paidAfter);
  await expect(page.locator('dubai-pay [part="receipt"]')).toContainText(receipt.number);
  const integrity = await page
    .locator('head link[rel="modulepreload"]')
    .evaluateAll((all) => all.map((l) => l as HTMLLinkElement).find((l) => /receipt-view-/.test(l.href))?.integrity);
  expect(integrity, 'preloaded with the hash the bundle pins').toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
  expect(fetched).toHaveLength(1);
  expect(await charges(await sessionIdOf(page))).toBe(1);
  expect(problems).toEqual([]);
});

for (const [lang, says] of [
  ['en', 'Paid. Your full receipt could not be shown.'],
  ['ar', 'تم الدفع. تعذّر عرض الإيصال كاملًا.'],
] as const) {
  test(`${lang}: a receipt chunk that cannot be loaded still shows paid, the receipt number and amount; "try again" shows it all`, async ({ page }) => {
    await page.route(RECEIPT_CHUNK, (route) => route.abort('connectionfailed'));
    await openCheckout(page, lang);
    const total = (await page.locator('dubai-pay [part="total"] .ltr').textContent())!.trim();
    await typeCard(page, '4242 4242 4242 4242');
    const paid = successReceipt(page);
    await pay(page);
    const receipt = await paid;
    const pending = page.locator('dubai-pay [part="receipt-pending"]');
    await expect(page.locator('dubai-pay [part="status"]')).toHaveText(says);
    await expect(pending).toContainText(receipt.number);
    await expect(pending).toContainText(total);
    await expect(page.locator('dubai-pay [part="error"]')).toHaveCount(0);
    // Focus is where the receipt's would be: on its heading.
    expect(await page.locator('dubai-pay').evaluate((e) => e.shadowRoot?.activeElement?.id)).toBe('receipt-title');
    await page.unroute(RECEIPT_CHUNK);
    await pending.locator('[part="receipt-retry-button"]').click();
    await expect(page.locator('dubai-pay [part="receipt"]')).toContainText(receipt.number);
    await expect(page.locator('dubai-pay [part="receipt"]')).toContainText('4242');
    await expect(pending).toHaveCount(0);
    await expect(page.locator('dubai-pay [part="status"]')).toHaveText('');
    expect(await charges(await sessionIdOf(page))).toBe(1);
  });
}
