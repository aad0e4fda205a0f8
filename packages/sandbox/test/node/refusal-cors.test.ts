import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSandbox, type Sandbox } from '@dubai-pay/sandbox';

// A page on an origin nobody registered (a setup mistake, or an attacker's page) may read the
// gateway's refusal for a key it knows, so the developer sees `origin_not_allowed`; it never reads anything else.
const PAGE = 'https://agency.example';
const OTHER = 'https://unregistered.example';

function sandbox(): Sandbox {
  return createSandbox({
    allowedOrigins: [PAGE],
    agencies: [{ id: 'agency_b', name: 'Agency B', publishableKey: 'pk_test_b', secretKey: 'sk_test_b', allowedOrigins: ['https://b.example'], moto: false }],
  });
}

/** A browser's simple request with the publishable key in the URL, as core sends it. */
async function simple(gateway: Sandbox, method: 'GET' | 'POST', path: string, options: { key?: string; origin: string; body?: unknown; bearer?: string }) {
  const url = new URL(`${gateway.origins.gateway}/v1${path}`);
  if (options.key !== undefined) url.searchParams.set('key', options.key);
  const headers: Record<string, string> = { origin: options.origin, 'content-type': 'text/plain;charset=UTF-8' };
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  if (method === 'POST') url.searchParams.set('idempotency_key', crypto.randomUUID());
  const response = await gateway.fetch(new Request(url, { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) }));
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

const quoteBody = { service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } };

describe('sandbox: refusals an unregistered origin can read', () => {
  it('lets a page on an unregistered origin read origin_not_allowed for a known publishable key', async () => {
    const gateway = sandbox();
    for (const [method, path, body] of [
      ['GET', '/catalog/entities', undefined],
      ['POST', '/quotes', quoteBody],
    ] as const) {
      const r = await simple(gateway, method, path, { key: 'pk_test_demo', origin: OTHER, body });
      assert.equal(r.status, 403, path);
      assert.equal(r.headers.get('access-control-allow-origin'), OTHER, path);
      assert.deepEqual(Object.keys(r.body), ['error'], `${path}: the refusal and nothing else`);
      assert.equal((r.body.error as { code: string }).code, 'origin_not_allowed');
    }
    // The same key from another agency's registered origin: refused, and readable there too.
    const fromB = await simple(gateway, 'GET', '/catalog/entities', { key: 'pk_test_demo', origin: 'https://b.example' });
    assert.equal(fromB.status, 403);
    assert.equal((fromB.body.error as { code: string }).code, 'origin_not_allowed');
  });

  it('gives a bot with the publishable key on another origin only the refusal, whatever it asks', async () => {
    const gateway = sandbox();
    const paths = ['/catalog/entities', '/catalog/services?entity=dubai-police', '/catalog/services?q=fine'];
    for (const path of paths) {
      const r = await simple(gateway, 'GET', path, { key: 'pk_test_demo', origin: OTHER });
      assert.equal(r.status, 403, path);
      assert.deepEqual(Object.keys(r.body), ['error'], path);
    }
    const quote = await simple(gateway, 'POST', '/quotes', { key: 'pk_test_demo', origin: OTHER, body: quoteBody });
    assert.equal(quote.status, 403);
    assert.equal(JSON.stringify(quote.body).includes('quo_'), false, 'no quote was made for it');
    // The key as a bearer token instead: the same refusal.
    const bearer = await simple(gateway, 'GET', '/catalog/entities', { bearer: 'pk_test_demo', origin: OTHER });
    assert.equal(bearer.status, 403);
    assert.equal(bearer.headers.get('access-control-allow-origin'), OTHER);
    // Any other refusal stays unreadable there (a failure readable beside an opaque success would be an oracle).
    const noRoute = await simple(gateway, 'GET', '/no-such-route', { key: 'pk_test_demo', origin: OTHER });
    assert.equal(noRoute.status, 404);
    assert.equal(noRoute.headers.get('access-control-allow-origin'), null);
  });

  it('lets a page on an unregistered origin read origin_not_allowed for a live client secret, and nothing for a made-up one', async () => {
    const gateway = sandbox();
    const quote = await simple(gateway, 'POST', '/quotes', { key: 'pk_test_demo', origin: PAGE, body: quoteBody });
    const post = new URL(`${gateway.origins.gateway}/v1/sessions`);
    const created = await gateway.fetch(
      new Request(post, {
        method: 'POST',
        headers: { origin: PAGE, authorization: 'Bearer pk_test_demo', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({ quote_id: quote.body.id }),
      }),
    );
    const session = (await created.json()) as { id: string; client_secret: string };
    // The browser asks first (the secret goes in Authorization): answered, whatever the origin.
    const preflight = await gateway.fetch(
      new Request(`${gateway.origins.gateway}/v1/sessions/${session.id}`, {
        method: 'OPTIONS',
        headers: { origin: OTHER, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      }),
    );
    assert.equal(preflight.headers.get('access-control-allow-origin'), OTHER);
    const read = await simple(gateway, 'GET', `/sessions/${session.id}`, { bearer: session.client_secret, origin: OTHER });
    assert.equal(read.status, 403);
    assert.equal((read.body.error as { code: string }).code, 'origin_not_allowed');
    assert.equal(read.headers.get('access-control-allow-origin'), OTHER, 'the developer reads why');
    assert.deepEqual(Object.keys(read.body), ['error'], 'and nothing of the session');
    const madeUp = await simple(gateway, 'GET', `/sessions/${session.id}`, { bearer: `${session.client_secret.slice(0, -2)}xx`, origin: OTHER });
    assert.equal(madeUp.status, 401);
    assert.equal(madeUp.headers.get('access-control-allow-origin'), null);
  });

  it('tells an unknown key nothing an origin could use to find the keys that exist', async () => {
    const gateway = sandbox();
    const answers = await Promise.all(
      ['pk_test_dem', 'pk_test_demo0', 'pk_test_c', 'sk_test_demo'].map((key) => simple(gateway, 'GET', '/catalog/entities', { bearer: key, origin: OTHER })),
    );
    for (const r of answers) {
      assert.equal(r.headers.get('access-control-allow-origin'), null, 'an unknown key makes nothing readable');
      assert.ok(r.status === 401 || r.status === 403);
    }
    const unknown = answers.slice(0, 3).map((r) => JSON.stringify(r.body));
    assert.equal(new Set(unknown).size, 1, 'every unknown key gets the same answer');
    assert.equal(unknown[0]?.includes('pk_test_demo'), false);
    // A secret key from a browser page is never echoed back readable either.
    assert.equal(answers[3]?.headers.get('access-control-allow-origin'), null);
  });

  it('mixing a known key with an unknown one makes nothing readable', async () => {
    const gateway = sandbox();
    const r = await simple(gateway, 'GET', '/catalog/entities', { key: 'pk_test_demo', bearer: 'pk_test_nope', origin: OTHER });
    assert.equal(r.status, 400);
    assert.equal(r.headers.get('access-control-allow-origin'), null);
  });

  it('keeps answering a registered origin as before', async () => {
    const gateway = sandbox();
    const ok = await simple(gateway, 'GET', '/catalog/entities', { key: 'pk_test_demo', origin: PAGE });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('access-control-allow-origin'), PAGE);
  });
});
