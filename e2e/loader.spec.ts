import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_ORIGIN } from './playwright.config.ts';
import { charges, frame, pay, sessionCreated, typeCard, watchPage } from './support.ts';

// @dubai-pay/loader on examples/loader: the agency page (localhost) loads the checkout's bundle from
// a CDN that mirrors npm (the demo server as 127.0.0.1: another origin, npm-mirror.ts), pinned by
// the SRI hash the loader's build carries, under a CSP with require-trusted-types-for 'script' and
// `trusted-types lit-html dubai-pay-loader`. Needs `pnpm build` (the packages' dist/browser).

const ROOT = resolve(import.meta.dirname, '..');
const CDN_ORIGIN = PAGE_ORIGIN.replace('localhost', '127.0.0.1');
const BUNDLE = /\/@dubai-pay\/elements@[^/]+\/dist\/browser\/dubai-pay\.js$/;
const version = () => (JSON.parse(readFileSync(join(ROOT, 'packages/loader/package.json'), 'utf8')) as { version: string }).version;
const released = () => (JSON.parse(readFileSync(join(ROOT, 'packages/elements/dist/browser/sri.json'), 'utf8')) as Record<string, string>)['dubai-pay.js'];

test.beforeAll(() => {
  // The loader pins the bundles as the packages hold them now (its build checks sri.json against the files).
  execFileSync(join(ROOT, 'node_modules/.bin/rollup'), ['-c', 'packages/loader/rollup.config.mjs', '--silent'], { cwd: ROOT, stdio: 'inherit' });
});

/** Calls the page's own copy of the loader again (the module the page imported: one instance per page). */
const loadAgain = (page: Page) =>
  page.evaluate(async (cdn) => {
    const { loadDubaiPay } = (await import('/vendor/dubai-pay-loader.js' as string)) as typeof import('../packages/loader/src/index.ts');
    return loadDubaiPay({ cdn }).then(
      (element) => ({ ok: element === customElements.get('dubai-pay') }),
      (error: { code: string; messages: { en: string; ar: string } }) => ({ ok: false, code: error.code, messages: error.messages }),
    );
  }, CDN_ORIGIN);

test('the loader adds the pinned bundle from the CDN origin with SRI, under Trusted Types; the checkout appears and pays once', async ({ page }) => {
  const problems = watchPage(page);
  const bundleRequest = page.waitForRequest((r) => BUNDLE.test(r.url()));
  // The 3-D Secure chunk comes from beside the bundle on the CDN, pinned by the bundle, once the card fields are usable.
  const chunkLoaded = page.waitForResponse((r) => /\/@dubai-pay\/elements@[^/]+\/dist\/browser\/chunks\/three-ds-flow-[\w-]+\.js$/.test(r.url()) && r.ok());
  const response = await page.goto('/loader/');
  const csp = (await response?.headerValue('content-security-policy')) ?? '';
  // The guide's policy: the CDN's path for the packages only.
  expect(csp).toContain(`script-src 'self' ${CDN_ORIGIN}/@dubai-pay/;`);
  expect(csp).toContain("require-trusted-types-for 'script'");
  expect(csp).toContain('trusted-types lit-html dubai-pay-loader');
  expect((await bundleRequest).url()).toBe(`${CDN_ORIGIN}/@dubai-pay/elements@${version()}/dist/browser/dubai-pay.js`);
  await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
  const scripts = await page.locator('script[src*="/@dubai-pay/"]').evaluateAll((all) =>
    all.map((s) => ({
      src: (s as HTMLScriptElement).src,
      type: (s as HTMLScriptElement).type,
      integrity: (s as HTMLScriptElement).integrity,
      crossOrigin: (s as HTMLScriptElement).crossOrigin,
    })),
  );
  expect(scripts).toEqual([{ src: `${CDN_ORIGIN}/@dubai-pay/elements@${version()}/dist/browser/dubai-pay.js`, type: 'module', integrity: released(), crossOrigin: 'anonymous' }]);
  // Trusted Types is enforced on this page: a plain string is refused where the loader used its policy.
  expect(
    await page.evaluate(() => {
      try {
        document.createElement('script').src = '/x.js';
        return 'accepted';
      } catch (error) {
        return (error as Error).name;
      }
    }),
  ).toBe('TypeError');
  expect((await chunkLoaded).url().startsWith(CDN_ORIGIN)).toBe(true);
  await typeCard(page, '4242424242424242');
  const session = await sessionCreated(page, () => pay(page));
  await expect(page.locator('dubai-pay [part="receipt"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('#outcome')).toContainText('Paid. Receipt DXB-');
  expect(await charges(session.id)).toBe(1);
  await expect(page.locator('#load-error')).toBeHidden();
  expect(problems).toEqual([]);
});

test('two calls add one script and share one promise; a call after it loaded adds nothing', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto('/loader/');
  await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
  const same = await page.evaluate(async (cdn) => {
    const { loadDubaiPay } = (await import('/vendor/dubai-pay-loader.js' as string)) as typeof import('../packages/loader/src/index.ts');
    const [a, b] = [loadDubaiPay({ cdn }), loadDubaiPay({ cdn })];
    return a === b && (await a) === customElements.get('dubai-pay');
  }, CDN_ORIGIN);
  expect(same).toBe(true);
  expect(await loadAgain(page)).toEqual({ ok: true });
  await expect(page.locator('script[src*="/@dubai-pay/"]')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('a bundle altered on the way fails its SRI check: a typed, bilingual error, nothing defined, nothing run', async ({ page }) => {
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  await page.route(BUNDLE, async (route) => {
    const original = await route.fetch();
    // What an attacker on the CDN would add: code that runs when the bundle does.
    await route.fulfill({ response: original, body: `${await original.text()}\nglobalThis.__tamperedBundleRan = true;` });
  });
  await page.goto('/loader/');
  const shown = page.locator('#load-error');
  await expect(shown).toBeVisible();
  await expect(shown).toHaveAttribute('data-code', 'load_failed');
  await expect(shown).toContainText('The payment form could not be loaded.');
  await expect(shown).toContainText('تعذّر تحميل نموذج الدفع');
  expect(await page.evaluate(() => ({ defined: customElements.get('dubai-pay') !== undefined, ran: 'tamperedBundleRan' in globalThis }))).toEqual({ defined: false, ran: false });
  // The failed script is taken away; a second call tries again and is refused again: the page
  // keeps the altered module it refused, and nothing of it ever runs.
  await expect(page.locator('script[src*="/@dubai-pay/"]')).toHaveCount(0);
  await page.unroute(BUNDLE);
  expect(await loadAgain(page)).toMatchObject({ ok: false, code: 'load_failed' });
  expect(await page.evaluate(() => customElements.get('dubai-pay') === undefined && !('tamperedBundleRan' in globalThis))).toBe(true);
  // What the developer reads (quoted in docs/csp-cors-trusted-types.md).
  console.log(`[loader] altered bundle, the console says:\n${consoleLines.join('\n')}`);
});

test('a bundle that does not arrive (network) rejects with the typed error; a later call loads it', async ({ page }) => {
  const problems = watchPage(page);
  await page.route(BUNDLE, (route) => route.abort('internetdisconnected'));
  await page.goto('/loader/');
  await expect(page.locator('#load-error')).toHaveAttribute('data-code', 'load_failed');
  expect(await page.evaluate(() => customElements.get('dubai-pay') === undefined)).toBe(true);
  await page.unroute(BUNDLE);
  expect(await loadAgain(page)).toEqual({ ok: true });
  await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
  await expect(page.locator('script[src*="/@dubai-pay/"]')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('a CSP whose trusted-types leaves out dubai-pay-loader: the loader says so (trusted_types_blocked), adds no script', async ({ page }) => {
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  const response = await page.goto('/loader/?without-loader-policy');
  expect(await response?.headerValue('content-security-policy')).toMatch(/trusted-types lit-html$/);
  await expect(page.locator('#load-error')).toHaveAttribute('data-code', 'trusted_types_blocked');
  await expect(page.locator('#load-error')).toContainText('Payment is not available right now.');
  await expect(page.locator('#load-error')).toContainText('الدفع غير متاح حاليًا');
  await expect(page.locator('script[src*="/@dubai-pay/"]')).toHaveCount(0);
  expect(consoleLines.join('\n')).toContain("add dubai-pay-loader to the CSP's trusted-types");
  console.log(`[loader] without the policy, the console says:\n${consoleLines.join('\n')}`);
});

test("bundle: 'core' adds @dubai-pay/core's bundle with its own pin and resolves with its exports", async ({ page }) => {
  const problems = watchPage(page);
  await page.goto('/loader/');
  await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
  const core = await page.evaluate(async (cdn) => {
    const { loadDubaiPay } = (await import('/vendor/dubai-pay-loader.js' as string)) as typeof import('../packages/loader/src/index.ts');
    const exports = await loadDubaiPay<typeof import('../packages/core/src/index.ts')>({ cdn, bundle: 'core' });
    return { createClient: typeof exports.createClient };
  }, CDN_ORIGIN);
  expect(core).toEqual({ createClient: 'function' });
  const sri = JSON.parse(readFileSync(join(ROOT, 'packages/core/dist/browser/sri.json'), 'utf8')) as Record<string, string>;
  await expect(page.locator(`script[src="${CDN_ORIGIN}/@dubai-pay/core@${version()}/dist/browser/dubai-pay-core.js"]`)).toHaveAttribute('integrity', sri['dubai-pay-core.js']!);
  expect(problems).toEqual([]);
});
