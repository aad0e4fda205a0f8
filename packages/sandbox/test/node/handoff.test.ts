import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSandbox } from '@dubai-pay/sandbox';

// Hand-off between channels: the API that makes one, and the gateway's pages that use it once.
const sandbox = createSandbox({ allowedOrigins: ['https://agency.example'] });
const gateway = sandbox.origins.gateway;
let keyCounter = 0;

async function api(method: string, path: string, token: string, body?: unknown) {
  const response = await sandbox.fetch(
    new Request(`${gateway}/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `handoff-${++keyCounter}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function kioskSession() {
  const { body: session } = await api('POST', '/sessions', 'sk_test_demo', { items: [{ description: { en: 'Fine', ar: 'مخالفة' }, unit_amount: 50000 }], channel: 'kiosk' });
  const { status, body: handoff } = await api('POST', `/sessions/${session.id}/handoff`, session.client_secret);
  assert.equal(status, 200);
  return { session, handoff };
}

const get = (path: string) => sandbox.fetch(new Request(`${gateway}${path}`));
const post = (path: string, fields: Record<string, string> = {}) =>
  sandbox.fetch(new Request(`${gateway}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) }));

describe('sandbox: hand-off to the customer’s phone', () => {
  it('makes an 8-digit code and a link on the gateway, for ten minutes', async () => {
    const { handoff } = await kioskSession();
    assert.equal(handoff.object, 'handoff');
    assert.match(handoff.code, /^\d{8}$/);
    assert.equal(new URL(handoff.url).origin, gateway);
    assert.match(new URL(handoff.url).pathname, /^\/pay\/h\/ho_\w{20,}$/);
    const minutes = (Date.parse(handoff.expires_at) - Date.now()) / 60_000;
    assert.ok(minutes > 9.9 && minutes <= 10, `${minutes}`);
  });

  it('the link: the landing page asks first (a link preview uses nothing), then one use opens the session', async () => {
    const { session, handoff } = await kioskSession();
    const path = new URL(handoff.url).pathname;
    const landing = await get(path);
    assert.equal(landing.status, 200);
    assert.match(await landing.text(), /Continue to the payment/);
    assert.equal((await get(path)).status, 200, 'looking twice does not use it');
    const used = await post(path);
    assert.equal(used.status, 303);
    const location = new URL(used.headers.get('location')!, gateway);
    assert.equal(location.pathname, '/pay/s');
    assert.equal(location.searchParams.get('key'), 'pk_test_demo');
    assert.equal(decodeURIComponent(location.hash.slice('#cs='.length)), session.client_secret, 'only in the fragment');
    assert.equal((await post(path)).status, 410, 'single use');
    assert.equal((await get(path)).status, 410);
  });

  it('the code: once, with Arabic-Indic digits accepted; a new hand-off replaces the last', async () => {
    const { session, handoff } = await kioskSession();
    const { body: second } = await api('POST', `/sessions/${session.id}/handoff`, 'sk_test_demo');
    assert.equal((await post('/pay/code', { code: handoff.code })).status, 400, 'the first one was replaced');
    const arabic = second.code.replace(/\d/g, (d: string) => String.fromCharCode(0x660 + Number(d)));
    assert.equal((await post('/pay/code', { code: arabic })).status, 303);
    assert.equal((await post('/pay/code', { code: second.code })).status, 400);
  });

  it('expires after ten minutes', async () => {
    const { handoff } = await kioskSession();
    await sandbox.fetch(
      new Request(`${gateway}/_sandbox/clock`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk_test_demo', 'content-type': 'application/json' },
        body: JSON.stringify({ advance_ms: 10 * 60_000 + 1 }),
      }),
    );
    assert.equal((await post('/pay/code', { code: handoff.code })).status, 400);
    assert.equal((await get(new URL(handoff.url).pathname)).status, 410);
  });

  it('refuses codes after five wrong ones on a page and ten from a client (8 digits cannot be walked)', async () => {
    const local = createSandbox();
    const tries = (code: string, page: string) =>
      local.fetch(
        new Request(`${local.origins.gateway}/pay/code`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ code, page }),
        }),
      );
    for (let i = 0; i < 5; i++) assert.equal((await tries(String(10_000_000 + i), 'cp_one')).status, 400);
    assert.equal((await tries('12345678', 'cp_one')).status, 429, 'that page is spent');
    for (let i = 0; i < 5; i++) assert.equal((await tries(String(20_000_000 + i), `cp_fresh_${i}`)).status, 400, 'a new page is a new count…');
    assert.equal((await tries('12345678', 'cp_another')).status, 429, '…but not for the same client');
  });

  it('a paid session cannot be handed off, and its old code opens nothing', async () => {
    const { session, handoff } = await kioskSession();
    // Paid from the customer's browser (a kiosk session's card payment goes through 3-D Secure there).
    const browserInfo = { language: 'en', color_depth: 24, screen_height: 1, screen_width: 1, time_zone_offset: 0, user_agent: 'x', java_enabled: false, javascript_enabled: true };
    const paid = await api('POST', `/sessions/${session.id}/confirm`, session.client_secret, { payment_method: 'pm_card_visa', browser_info: browserInfo });
    assert.equal((paid.body as { status: string }).status, 'succeeded');
    assert.equal((await api('POST', `/sessions/${session.id}/handoff`, 'sk_test_demo')).status, 409);
    const page = await post('/pay/code', { code: handoff.code });
    assert.equal(page.status, 409);
    assert.match(await page.text(), /no longer waiting/);
  });

  it('the checkout page: the gateway’s own, strict CSP, no client secret in its HTML', async () => {
    const page = await get('/pay/s?key=pk_test_demo&lang=ar');
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /frame-src 'self'/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(csp, /unsafe/);
    const html = await page.text();
    assert.match(html, /<dubai-pay gateway="[^"]+\/v1" publishable-key="pk_test_demo" locale="ar">/);
    assert.doesNotMatch(html, /_secret_/);
    assert.match(html, /dir="rtl"/);
  });
});
