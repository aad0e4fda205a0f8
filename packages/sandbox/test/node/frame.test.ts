import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSandbox } from '@dubai-pay/sandbox';

// The hosted fields page: only for a registered key and origin, and only framed by that origin.
const PAGE = 'https://agency.example';
const sandbox = createSandbox({
  allowedOrigins: [PAGE],
  frameAssets: { read: async (name) => (name === 'fields.html' ? '<!doctype html><title>fields</title>' : `/* ${name} */`) },
});
const url = (query: Record<string, string>) => `${sandbox.origins.gateway}/frame/fields?${new URLSearchParams(query)}`;
const good = { key: 'pk_test_demo', origin: PAGE, channel: 'channel-0123456789', locale: 'ar', method: 'card' };

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
