import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FRAME_PATH } from '@dubai-pay/contract';
import { prerenderedFields } from '../../src/server/index.ts';

// The card fields' iframe an agency's server renders into its page, for <dubai-pay> to take over.
describe('prerenderedFields', () => {
  const clientSecret = 'ps_3n0s3g6m3y482p61516x0x0a_secret_Zk9q2Lr8Xw4Tn7Vb1Mc5';
  const options = { gateway: 'https://gateway.example/v1', publishableKey: 'pk_test_demo', clientSecret, pageOrigin: 'https://rta.example/pay/permit?x=1', locale: 'ar' as const };

  it('points at the gateway’s fields page for the session, this page’s origin and a fresh channel; never the client secret', () => {
    const { src, html } = prerenderedFields(options);
    const url = new URL(src);
    assert.equal(url.origin, 'https://gateway.example');
    assert.equal(url.pathname, FRAME_PATH);
    assert.equal(url.searchParams.get('payment'), 'ps_3n0s3g6m3y482p61516x0x0a');
    assert.equal(url.searchParams.get('origin'), 'https://rta.example', 'an exact origin: no path, no query');
    assert.equal(url.searchParams.get('key'), 'pk_test_demo');
    assert.equal(url.searchParams.get('locale'), 'ar');
    assert.equal(url.searchParams.get('method'), 'card');
    assert.match(url.searchParams.get('channel') ?? '', /^[\w-]{8,64}$/);
    // URLs are logged (servers, proxies, history): the secret that can pay must not be in one.
    for (const text of [src, html]) assert.ok(!text.includes('secret'), text);
    assert.notEqual(prerenderedFields(options).src, src, 'each page gets its own channel');
  });

  it('is an iframe for the component’s fields slot, sandboxed like the component’s own, its src escaped', () => {
    const { src, html } = prerenderedFields({ ...options, locale: 'en' });
    assert.match(
      html,
      /^<iframe slot="fields" src="[^"<>]+" title="Card details" sandbox="allow-scripts allow-same-origin allow-forms" referrerpolicy="no-referrer" loading="eager"><\/iframe>$/,
    );
    assert.ok(html.includes(src.replace(/&/g, '&#38;')), 'every & in the URL escaped');
    assert.equal(prerenderedFields(options).html.includes('title="بيانات البطاقة"'), true);
  });

  it('refuses what is not a client secret or a page origin', () => {
    assert.throws(() => prerenderedFields({ ...options, pageOrigin: 'not a url' }));
    assert.throws(() => prerenderedFields({ ...options, clientSecret: 'pk_test_demo' }));
  });
});
