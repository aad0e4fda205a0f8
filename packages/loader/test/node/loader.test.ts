import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundleUrl, DEFAULT_CDN } from '../../src/bundles.ts';
import { DubaiPayLoadError, loadDubaiPay, VERSION } from '../../src/index.ts';
import { createLoader } from '../../src/load.ts';

// The loader's parts that need no browser: the CDN URLs it builds, and what it refuses before it
// touches a page (another version than its own, no document). The page side (SRI, Trusted Types,
// one script per page, retries) is e2e/loader.spec.ts, in a browser, against the built packages.

const PINS = { version: '1.2.3', integrity: { web: 'sha384-web', kiosk: 'sha384-kiosk', core: 'sha384-core' } };

async function refusal(promise: Promise<unknown>): Promise<DubaiPayLoadError> {
  const error = await promise.then(
    () => assert.fail('resolved'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof DubaiPayLoadError, `a DubaiPayLoadError, not ${String(error)}`);
  assert.equal(error.name, 'DubaiPayLoadError');
  assert.ok(error.messages.en.length > 0 && error.messages.ar.length > 0 && error.messages.en !== error.messages.ar);
  assert.match(error.messages.ar, /[\u0600-\u06ff]/, 'the Arabic message is Arabic');
  assert.equal(error.message, error.messages.en);
  return error;
}

describe('bundleUrl: the path npm has, on a CDN that mirrors it', () => {
  it('puts each bundle under its package, version and dist/browser', () => {
    assert.equal(bundleUrl('web', '1.2.3', DEFAULT_CDN), 'https://cdn.jsdelivr.net/npm/@dubai-pay/elements@1.2.3/dist/browser/dubai-pay.js');
    assert.equal(bundleUrl('kiosk', '1.2.3', 'https://unpkg.com'), 'https://unpkg.com/@dubai-pay/elements@1.2.3/dist/browser/dubai-pay-kiosk.js');
    assert.equal(bundleUrl('core', '1.2.3', 'https://cdn.example/npm/'), 'https://cdn.example/npm/@dubai-pay/core@1.2.3/dist/browser/dubai-pay-core.js');
  });

  it('resolves a mirror on the page’s own origin against the page', () => {
    assert.equal(bundleUrl('web', '1.2.3', '/npm', 'https://agency.example/pay/'), 'https://agency.example/npm/@dubai-pay/elements@1.2.3/dist/browser/dubai-pay.js');
  });

  it('takes only http(s) without a query or fragment (a chunk would load a second copy), and known bundles', () => {
    for (const cdn of ['javascript:alert(1)//', 'data:text/javascript,1', 'https://cdn.example/npm?v=1', 'https://cdn.example/npm#x', 'not a url'])
      assert.equal(bundleUrl('web', '1.2.3', cdn), undefined, cdn);
    assert.equal(bundleUrl('toString' as 'web', '1.2.3', DEFAULT_CDN), undefined);
  });
});

describe('loadDubaiPay before it touches a page', () => {
  const load = createLoader(PINS);

  it('refuses any other version than its own: it has no hash to vouch for it', async () => {
    const error = await refusal(load({ version: '1.2.4' }));
    assert.equal(error.code, 'version_not_pinned');
    assert.match(error.detail, /pins 1\.2\.3, not 1\.2\.4: install @dubai-pay\/loader@1\.2\.4/);
  });

  it('with its own version (the default), rejects clearly where there is no document (server rendering, Node)', async () => {
    for (const options of [undefined, { version: '1.2.3' }, { bundle: 'core' as const }]) {
      const error = await refusal(load(options as { version?: string }));
      assert.equal(error.code, 'not_in_browser');
    }
  });

  it('from the sources (unbuilt) it pins nothing, and refuses every version', async () => {
    assert.equal(VERSION, undefined);
    const error = await refusal(loadDubaiPay({ version: '0.1.0' }));
    assert.equal(error.code, 'version_not_pinned');
    assert.match(error.detail, /pins nothing/);
  });
});
