import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSandbox } from '@dubai-pay/sandbox';
import { openTestSession, STUB_FRAME_ASSETS } from '@dubai-pay/sandbox/testing';

// The hosted fields page: only for a registered key and origin, and only framed by that origin;
// it shows what it is about to pay, and carries the proof that binds its tokens to that payment.
const PAGE = 'https://agency.example';
const sandbox = createSandbox({ allowedOrigins: [PAGE], frameAssets: STUB_FRAME_ASSETS });
const url = (query: Record<string, string>) => `${sandbox.origins.gateway}/frame/fields?${new URLSearchParams(query)}`;
const session = await openTestSession(sandbox);
const good = { key: 'pk_test_demo', origin: PAGE, channel: 'channel-0123456789', locale: 'ar', method: 'card', payment: session.id };

describe('sandbox: hosted fields page', () => {
  it('is served for a registered key and origin, framed only by that origin, under a strict CSP', async () => {
    const response = await sandbox.fetch(new Request(url(good)));
    assert.equal(response.status, 200);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, new RegExp(`frame-ancestors ${PAGE}(;|$)`));
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /connect-src 'self'/);
    assert.doesNotMatch(csp, /unsafe/);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    const html = await response.text();
    assert.match(html, /<meta name="dubai-pay-proof" content="fp_[a-z0-9]+">/);
    // What it is about to pay, and to whom, in both languages (a page that swapped the payment shows here).
    assert.match(html, /data-en="Paying AED\s?[\d,.]+ to [^"]+"/);
    assert.match(html, /data-ar="دفع /);
  });

  it('refuses a payment that is not this key’s, or not a payment at all', async () => {
    const other = createSandbox({ allowedOrigins: [PAGE], frameAssets: STUB_FRAME_ASSETS });
    const elsewhere = await openTestSession(other);
    for (const payment of [elsewhere.id, 'ps_doesnotexist00', 'qt_doesnotexist00', 'pm_card_visa']) {
      const response = await sandbox.fetch(new Request(url({ ...good, payment })));
      assert.ok(response.status === 403 || response.status === 400, `${payment} → ${response.status}`);
    }
  });

  it('refuses an unregistered origin, an unknown key, a secret key and a malformed URL', async () => {
    for (const query of [
      { ...good, origin: 'https://evil.example' },
      { ...good, key: 'pk_test_unknown' },
      { ...good, key: 'sk_test_demo' },
      { ...good, method: 'bitcoin' },
      { ...good, channel: 'x' },
    ]) {
      const response = await sandbox.fetch(new Request(url(query)));
      assert.ok(response.status === 403 || response.status === 400, `${JSON.stringify(query)} → ${response.status}`);
      assert.equal(response.headers.get('content-security-policy'), null);
    }
  });

  it('serves its script and stylesheet from the gateway origin only (CORP same-origin)', async () => {
    const script = await sandbox.fetch(new Request(`${sandbox.origins.gateway}/frame/fields.js`));
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(script.headers.get('cross-origin-resource-policy'), 'same-origin');
  });
});
