import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from '@dubai-pay/core';
import { createSandbox } from '@dubai-pay/sandbox';
import { browserInfo, openSession } from '../suites/fixtures.ts';

// What a browser page's client sends must be CORS simple requests: a preflight is a round trip
// before the call (the checkout's first call among them). The Fetch standard's rule, checked on
// every request of a payment, with the publishable key and with the session's client secret.
const PAGE = 'https://agency.example';
const SAFELISTED_HEADERS = new Set(['accept', 'accept-language', 'content-language', 'content-type']);
const SIMPLE_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

function preflightReason(request: Request): string | undefined {
  if (!['GET', 'HEAD', 'POST'].includes(request.method)) return `method ${request.method}`;
  for (const [name, value] of request.headers) {
    if (name === 'origin') continue; // the browser's own
    if (!SAFELISTED_HEADERS.has(name)) return `header ${name}`;
    if (name === 'content-type' && !SIMPLE_TYPES.has(value.split(';')[0]!.trim().toLowerCase())) return `content-type ${value}`;
  }
  return undefined;
}

describe('core: a browser client’s calls are CORS simple requests', () => {
  it('no call of a payment would need a preflight, and the client secret never rides in a URL', async () => {
    const sandbox = createSandbox({ allowedOrigins: [PAGE] });
    const sent: { method: string; url: string; body: string; preflight: string | undefined }[] = [];
    const client = createClient({
      gateway: `${sandbox.origins.gateway}/v1`,
      publishableKey: 'pk_test_demo',
      fetch: async (input, init) => {
        const request = new Request(input, init);
        sent.push({ method: request.method, url: request.url, body: await request.clone().text(), preflight: preflightReason(request) });
        request.headers.set('origin', PAGE);
        return sandbox.fetch(request);
      },
    });
    const session = await openSession(client);
    const read = await client.sessions.retrieve(session.clientSecret);
    assert.equal(read.id, session.id);
    const { session: paid, error } = await client.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo });
    assert.equal(error, undefined);
    assert.equal(paid?.status, 'succeeded');

    assert.ok(sent.length >= 5, `${sent.length} calls`);
    for (const call of sent) {
      assert.equal(call.preflight, undefined, `${call.method} ${call.url}: ${call.preflight}`);
      assert.ok(!call.url.includes('_secret_'), `${call.url}: a client secret in the URL`);
    }
    const withSecret = sent.filter((call) => call.body.includes(session.clientSecret));
    assert.deepEqual(
      withSecret.map((call) => `${call.method} ${new URL(call.url).pathname}`),
      [`POST /v1/sessions/${session.id}/view`, `POST /v1/sessions/${session.id}/confirm`],
      'the secret in the body of the read and the confirm',
    );
    for (const call of withSecret) assert.equal(new URL(call.url).search, '', `${call.url}: the same URL as a server's`);
    assert.match(withSecret[1]!.body, /"idempotency_key":"[^"]{8,}"/, 'the confirm’s idempotency key beside the secret');
  });

  it('a server with the secret key still reads by id with Authorization', async () => {
    const sandbox = createSandbox();
    const seen: string[] = [];
    const browser = createClient({ gateway: `${sandbox.origins.gateway}/v1`, publishableKey: 'pk_test_demo', fetch: (input, init) => sandbox.fetch(new Request(input, init)) });
    const session = await openSession(browser);
    const server = createClient({
      gateway: `${sandbox.origins.gateway}/v1`,
      secretKey: 'sk_test_demo',
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.get('authorization')}`);
        return sandbox.fetch(request);
      },
    });
    assert.equal((await server.sessions.retrieve(session.id)).id, session.id);
    assert.deepEqual(seen, [`GET /v1/sessions/${session.id} Bearer sk_test_demo`]);
  });
});
