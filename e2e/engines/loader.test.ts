import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startDemo, type Demo } from '../../scripts/demo-server.ts';
import { firefox, until, webkit, type EngineDriver, type Target } from './driver.ts';
import { tamperingCdn, type TamperingCdn } from './tampering-cdn.ts';

// @dubai-pay/loader on examples/loader in Firefox ESR and WebKitGTK (ENGINE=firefox|webkit), as
// e2e/loader.spec.ts checks it in Chromium: the agency page (localhost) gets the checkout's bundle
// from the CDN path on another origin (127.0.0.1), pinned by the SRI hash the loader carries, and
// a payment goes through; a bundle altered on the way is refused. Needs `pnpm build`.
const ENGINE = process.env.ENGINE === 'webkit' ? 'webkit' : 'firefox';
// Beside payments.test.ts's ports (4300, 4310–4312), should the runner run both files at once;
// E2E_ENGINES_PORT moves both files' ports together.
const PAGE_PORT = Number(process.env['E2E_ENGINES_PORT'] ?? 4300) + 20;
const GATEWAY_PORT = PAGE_PORT + 10;
const TAMPERING_PORT = PAGE_PORT + 20;
const ROOT = resolve(import.meta.dirname, '../..');
const CDN = `http://127.0.0.1:${PAGE_PORT}`;
const SECRET = { authorization: 'Bearer sk_test_demo' };
const version = (JSON.parse(readFileSync(join(ROOT, 'packages/loader/package.json'), 'utf8')) as { version: string }).version;

let demo: Demo;
let cdn: TamperingCdn;
let driver: EngineDriver;
before(async () => {
  // The loader pins the bundles as the packages hold them now (its build checks sri.json against the files).
  execFileSync(join(ROOT, 'node_modules/.bin/rollup'), ['-c', 'packages/loader/rollup.config.mjs', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  demo = await startDemo({ pagePort: PAGE_PORT, gatewayPort: GATEWAY_PORT });
  cdn = await tamperingCdn(PAGE_PORT, TAMPERING_PORT);
  driver = ENGINE === 'webkit' ? await webkit() : await firefox();
});
after(async () => {
  await driver?.close();
  await cdn?.close();
  await demo?.close();
});

const inCheckout = (selector: string): Target => ({ path: `dubai-pay >>> ${selector}` });
const inFields = (selector: string): Target => ({ frames: ['dubai-pay >>> iframe[part="frame"]'], path: selector });
const released = () => (JSON.parse(readFileSync(join(ROOT, 'packages/elements/dist/browser/sri.json'), 'utf8')) as Record<string, string>)['dubai-pay.js'];

interface Shown {
  defined: boolean;
  ran: boolean;
  scripts: { src: string; type: string; integrity: string; crossOrigin: string | null }[];
  /** #load-error. (Not named `error`: WebKitWebDriver takes a result with that key for a failed command.) */
  message: { hidden: boolean; code?: string | undefined; text: string };
}

/** What the page has: the element defined or not, the altered line run or not, the loader's scripts, the error shown. */
const shown = () =>
  driver.run<Shown>(`() => {
    const error = document.getElementById('load-error');
    return {
      defined: customElements.get('dubai-pay') !== undefined,
      ran: 'tamperedBundleRan' in globalThis,
      scripts: [...document.querySelectorAll('script[src*="/@dubai-pay/"]')].map((s) => ({ src: s.src, type: s.type, integrity: s.integrity, crossOrigin: s.crossOrigin })),
      message: { hidden: error.hidden, code: error.dataset.code, text: error.textContent },
    };
  }`);

async function charges(id: string): Promise<number> {
  return ((await (await fetch(`${demo.gateway.url}/_sandbox/sessions/${id}/charges`, { headers: SECRET })).json()) as { charges: number }).charges;
}

describe(`@dubai-pay/loader in ${ENGINE}`, () => {
  it('adds the pinned bundle from the CDN origin with SRI; the checkout appears and a card payment goes through once', async () => {
    await driver.goto(`http://localhost:${PAGE_PORT}/loader/`);
    await until(() => driver.exists(inFields('input[name="number"]'), true), 'the hosted fields', 30_000);
    const page = await shown();
    assert.deepEqual(page.scripts, [{ src: `${CDN}/@dubai-pay/elements@${version}/dist/browser/dubai-pay.js`, type: 'module', integrity: released(), crossOrigin: 'anonymous' }]);
    assert.deepEqual({ defined: page.defined, hidden: page.message.hidden }, { defined: true, hidden: true });
    await driver.type(inFields('input[name="number"]'), '4242424242424242');
    await driver.type(inFields('input[name="expiry"]'), '1234');
    await driver.type(inFields('input[name="cvc"]'), '123');
    await until(() => driver.run<boolean>(`(find) => find('dubai-pay').readyToPay`), 'ready to pay');
    await driver.click(inCheckout('[part="pay-button"]'));
    await until(() => driver.exists(inCheckout('[part="receipt"]'), true), 'the receipt', 30_000);
    assert.match(await driver.run<string>(`() => document.getElementById('outcome').textContent`), /^Paid\. Receipt DXB-/);
    // The 3-D Secure chunk came from beside the bundle on the CDN (the bundle pins it too).
    const chunks = await driver.run<string[]>(`() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/chunks/three-ds-flow-'))`);
    assert.ok(
      chunks.some((url) => url.startsWith(`${CDN}/@dubai-pay/elements@${version}/dist/browser/chunks/`)),
      chunks.join('\n'),
    );
    assert.equal(await charges(await driver.run<string>(`(find) => find('dubai-pay').checkout.session.id`)), 1);
  });

  it('refuses a bundle altered on the way (SRI): the typed, bilingual error, nothing defined, nothing run', async () => {
    // Through the man in the middle, unaltered, the same page loads the bundle: what fails below is the altered bytes.
    cdn.tamper = false;
    await driver.goto(`http://localhost:${cdn.port}/loader/`);
    await until(async () => (await shown()).defined, 'the bundle through the untouched path');
    cdn.tamper = true;
    await driver.goto(`http://localhost:${cdn.port}/loader/?altered`);
    await until(async () => !(await shown()).message.hidden, 'the load error');
    const page = await shown();
    assert.equal(page.message.code, 'load_failed');
    assert.match(page.message.text, /The payment form could not be loaded\./);
    assert.match(page.message.text, /تعذّر تحميل نموذج الدفع/);
    // The failed script is taken away; the altered code never ran.
    assert.deepEqual({ defined: page.defined, ran: page.ran, scripts: page.scripts }, { defined: false, ran: false, scripts: [] });
  });
});
