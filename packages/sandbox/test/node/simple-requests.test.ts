import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSandbox } from '@dubai-pay/sandbox';
import { STUB_FRAME_ASSETS } from '@dubai-pay/sandbox/testing';

// A browser's calls with the publishable key go as CORS simple requests (no preflight): the key
// and the idempotency key in the query, JSON as text/plain. Written as the attacks they must
// still stop: a secret in a URL, an unregistered site, two credentials, a replay with another body.
const PAGE = 'https://agency.example';
const EVIL = 'https://evil.example';
const sandbox = createSandbox({ allowedOrigins: [PAGE], frameAssets: STUB_FRAME_ASSETS });
const QUOTE_BODY = { service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } };

async function simple(path: string, query: Record<string, string>, options: { body?: unknown; origin?: string; headers?: Record<string, string> } = {}) {
  const url = `${sandbox.origins.gateway}/v1${path}?${new URLSearchParams(query)}`;
  const response = await sandbox.fetch(
    new Request(url, {
      method: options.body === undefined ? 'GET' : 'POST',
      headers: {
        origin: options.origin ?? PAGE,
        'x-sandbox-client': '203.0.113.9',
        ...(options.body === undefined ? {} : { 'content-type': 'text/plain;charset=UTF-8' }),
        ...options.headers,
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: { code: string; param?: string } } };
}

describe('sandbox: calls with the publishable key as CORS simple requests', () => {
  it('reads the catalog and quotes with the key in the query and JSON sent as text/plain', async () => {
    const service = await simple('/catalog/services/police-good-conduct', { key: 'pk_test_demo' });
    assert.equal(service.status, 200);
    assert.equal(service.body.id, 'police-good-conduct');
    const quote = await simple('/quotes', { key: 'pk_test_demo', idempotency_key: crypto.randomUUID() }, { body: QUOTE_BODY });
    assert.equal(quote.status, 200, JSON.stringify(quote.body));
    assert.match(String(quote.body.id), /^qt_/);
  });

  it('refuses a secret key or a client secret in the URL, even a valid one (URLs are logged)', async () => {
    const secret = await simple('/catalog/services/police-good-conduct', { key: 'sk_test_demo' });
    assert.equal(secret.status, 401);
    assert.equal(secret.body.error?.param, 'key');
    const quote = await simple('/quotes', { key: 'pk_test_demo', idempotency_key: crypto.randomUUID() }, { body: QUOTE_BODY });
    const session = await simple('/sessions', { key: 'pk_test_demo', idempotency_key: crypto.randomUUID() }, { body: { quote_id: quote.body.id } });
    assert.equal(session.status, 200, JSON.stringify(session.body));
    const id = String(session.body.id);
    const bySecret = await simple(`/sessions/${id}`, { key: String(session.body.client_secret) });
    assert.equal(bySecret.status, 401, 'a client secret in the URL');
    // Even with the right header beside it: the secret in the URL is refused, not ignored.
    const both = await simple(`/sessions/${id}`, { key: 'sk_test_demo' }, { headers: { authorization: `Bearer ${String(session.body.client_secret)}` } });
    assert.equal(both.status, 401);
  });

  it('holds the same origin rule: another site with the key is refused', async () => {
    const evil = await simple('/quotes', { key: 'pk_test_demo', idempotency_key: crypto.randomUUID() }, { body: QUOTE_BODY, origin: EVIL });
    assert.equal(evil.status, 403);
    assert.equal(evil.body.error?.code, 'origin_not_allowed');
  });

  it('refuses two credentials or two idempotency keys that disagree, and a parameter given twice', async () => {
    const two = await simple('/catalog/services/police-good-conduct', { key: 'pk_test_demo' }, { headers: { authorization: 'Bearer pk_other' } });
    assert.equal(two.status, 400);
    const keys = await simple('/quotes', { key: 'pk_test_demo', idempotency_key: crypto.randomUUID() }, { body: QUOTE_BODY, headers: { 'idempotency-key': crypto.randomUUID() } });
    assert.equal(keys.status, 400);
    assert.equal(keys.body.error?.param, 'idempotency_key');
    const url = `${sandbox.origins.gateway}/v1/catalog/services/police-good-conduct?key=pk_test_demo&key=sk_test_demo`;
    const twice = await sandbox.fetch(new Request(url, { headers: { origin: PAGE } }));
    assert.equal(twice.status, 400);
  });

  it('keeps the idempotency rules for a key in the query: the same key replays, another body with it is refused', async () => {
    const key = crypto.randomUUID();
    const first = await simple('/quotes', { key: 'pk_test_demo', idempotency_key: key }, { body: QUOTE_BODY });
    const again = await simple('/quotes', { key: 'pk_test_demo', idempotency_key: key }, { body: QUOTE_BODY });
    assert.equal(again.body.id, first.body.id, 'replayed, not a second quote');
    const other = await simple('/quotes', { key: 'pk_test_demo', idempotency_key: key }, { body: { ...QUOTE_BODY, inputs: { emirates_id: '784199012345689' } } });
    assert.equal(other.status >= 400 && other.status < 500, true, JSON.stringify(other.body));
  });

  it('without any credential, says how to send one', async () => {
    const none = await simple('/catalog/entities', {});
    assert.equal(none.status, 401);
    assert.equal(none.body.error?.code, 'unauthorized');
  });
});
