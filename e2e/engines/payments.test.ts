import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo, type Demo } from '../../scripts/demo-server.ts';
import { firefox, until, webkit, type EngineDriver, type Target } from './driver.ts';

// Whole payments in the engines Playwright cannot drive here: Firefox ESR (Puppeteer, WebDriver
// BiDi) and WebKitGTK (WebDriver), ENGINE=firefox|webkit. The agency page, the gateway with its
// hosted fields and 3-D Secure container, the ACS and the banks on four origins, as in the
// Chromium suite; every check of money is read from the gateway.
const ENGINE = process.env.ENGINE === 'webkit' ? 'webkit' : 'firefox';
const PAGE_PORT = 4300;
const SECRET = { authorization: 'Bearer sk_test_demo' };

let demo: Demo;
let driver: EngineDriver;
before(async () => {
  demo = await startDemo({ pagePort: PAGE_PORT, gatewayPort: PAGE_PORT + 10 });
  driver = ENGINE === 'webkit' ? await webkit() : await firefox();
});
after(async () => {
  await driver?.close();
  await demo?.close();
});

const page = (path: string) => `http://localhost:${PAGE_PORT}${path}`;
const inCheckout = (selector: string): Target => ({ path: `dubai-pay >>> ${selector}` });
const inFields = (selector: string): Target => ({ frames: ['dubai-pay >>> iframe[part="frame"]'], path: selector });
const inAcs = (selector: string): Target => ({ frames: ['dubai-pay >>> iframe[part="three-ds-frame"]', 'iframe'], path: selector });

async function sessionId(): Promise<string> {
  return driver.run<string>(`(find) => find('dubai-pay').checkout.session.id`);
}

async function charges(id: string): Promise<number> {
  return ((await (await fetch(`${demo.gateway.url}/_sandbox/sessions/${id}/charges`, { headers: SECRET })).json()) as { charges: number }).charges;
}

/** The agency page on the driving licence renewal, up to the payment step with the hosted fields drawn. */
async function openCheckout(lang: 'en' | 'ar'): Promise<void> {
  await driver.goto(page(`/agency-web/${lang === 'ar' ? '?lang=ar' : ''}`));
  await until(() => driver.exists(inCheckout('#input-traffic_file_number'), true), 'the inputs form');
  await driver.type(inCheckout('#input-traffic_file_number'), '12345678');
  await driver.click(inCheckout('[part="submit-button"]'));
  await until(() => driver.exists(inCheckout('[part="total"]'), true), 'the fees');
  // Pay appears once the hosted fields have drawn.
  await until(() => driver.exists(inCheckout('[part="pay-button"]'), true), 'the hosted fields');
}

async function pressPayWhenEnabled(): Promise<void> {
  await until(() => driver.run<boolean>(`(find) => find('dubai-pay').readyToPay`), 'ready to pay');
  await driver.click(inCheckout('[part="pay-button"]'));
}

async function expectReceiptPaidOnce(text: RegExp): Promise<void> {
  await until(() => driver.exists(inCheckout('[part="receipt"]'), true), 'the receipt', 30_000);
  const receipt = await driver.run<string>(`(find) => find('dubai-pay >>> [part="receipt"]').textContent`);
  assert.match(receipt, text);
  assert.equal(await charges(await sessionId()), 1);
}

describe(`payments in ${ENGINE}`, () => {
  it('card with a 3-D Secure challenge, in Arabic: the code typed at the ACS, paid once', async () => {
    await openCheckout('ar');
    await driver.type(inFields('input[name="number"]'), '4000000000003220');
    await driver.type(inFields('input[name="expiry"]'), '1234');
    await driver.type(inFields('input[name="cvc"]'), '123');
    await pressPayWhenEnabled();
    await until(() => driver.exists(inAcs('#code'), true), 'the ACS challenge', 30_000);
    await driver.type(inAcs('#code'), '123456');
    await driver.click(inAcs('button[value="submit"]'));
    await expectReceiptPaidOnce(/3220/);
    assert.equal(await driver.run<string>(`(find) => find('dubai-pay >>> [part="base"]').getAttribute('dir')`), 'rtl');
  });

  it('e-Dirham, number and PIN in the hosted fields, in English: paid once', async () => {
    await openCheckout('en');
    await driver.click(inCheckout('input[value="edirham"]'));
    await until(() => driver.exists(inFields('input[name="edirhamNumber"]'), true), 'the e-Dirham fields');
    await until(() => driver.exists(inCheckout('[part="pay-button"]'), true), 'the e-Dirham fields drawn');
    await driver.type(inFields('input[name="edirhamNumber"]'), '7840000000000009');
    await driver.type(inFields('input[name="pin"]'), '1234');
    await pressPayWhenEnabled();
    await expectReceiptPaidOnce(/0009/);
  });

  it('direct debit: to the bank on its own origin, approved there, back with the receipt, paid once', async () => {
    await openCheckout('en');
    await driver.click(inCheckout('input[value="direct_debit"]'));
    await driver.click(inCheckout('input[name="bank"][value="dib"]'));
    await pressPayWhenEnabled();
    await until(async () => new URL(await driver.url()).pathname === '/banks/dib/approve', 'the bank page');
    assert.equal(new URL(await driver.url()).origin, demo.gateway.sandbox.origins.bank);
    await driver.click({ path: 'button.approve' });
    await until(async () => new URL(await driver.url()).origin === `http://localhost:${PAGE_PORT}`, 'back on the agency page');
    await expectReceiptPaidOnce(/Dubai Islamic Bank/);
  });
});
