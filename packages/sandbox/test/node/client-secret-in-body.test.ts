import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSandbox } from '@dubai-pay/sandbox';
import { STUB_FRAME_ASSETS } from '@dubai-pay/sandbox/testing';

// A browser holding a client secret calls as a CORS simple request too (no preflight): POST, the
// secret as the body's `client_secret` and the idempotency key as its `idempotency_key`, JSON as
// text/plain, the URL a server's.
// Written as the attacks it must still stop: another session's secret, a key smuggled in the
// field, two credentials, an unregistered site, the read route with a key.
const PAGE = 'https://agency.example';
const OTHER = 'https://unregistered.example';
const sandbox = createSandbox({ allowedOrigins: [PAGE], frameAssets: STUB_FRAME_ASSETS });
const QUOTE_BODY = { service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } };

type Answer = { status: number; headers: Headers; body: Record<string, unknown> & { error?: { code: string; param?: string } } };

async function post(path: string, body: unknown, options: { origin?: string; query?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Answer> {
  const url = `${sandbox.origins.gateway}/v1${path}?${new URLSearchParams(options.query ?? {})}`;
  const response = await sandbox.fetch(
    new Request(url, {
      method: 'POST',
      headers: { origin: options.origin ?? PAGE, 'x-sandbox-client': '203.0.113.7', 'content-type': 'text/plain;charset=UTF-8', ...options.headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

async function openSession(): Promise<{ id: string; secret: string }> {
  const quote = await post('/quotes', QUOTE_BODY, { query: { key: 'pk_test_demo', idempotency_key: crypto.randomUUID() } });
  const session = await post('/sessions', { quote_id: quote.body.id }, { query: { key: 'pk_test_demo', idempotency_key: crypto.randomUUID() } });
  assert.equal(session.status, 200, JSON.stringify(session.body));
  return { id: String(session.body.id), secret: String(session.body.client_secret) };
}

describe('sandbox: a client secret in the body of a simple request', () => {
  it('reads the session (POST /sessions/{id}/view) as GET with Authorization does', async () => {
    const { id, secret } = await openSession();
    const viewed = await post(`/sessions/${id}/view`, { client_secret: secret });
    assert.equal(viewed.status, 200, JSON.stringify(viewed.body));
    assert.equal(viewed.headers.get('access-control-allow-origin'), PAGE);
    const read = await sandbox.fetch(new Request(`${sandbox.origins.gateway}/v1/sessions/${id}`, { headers: { origin: PAGE, authorization: `Bearer ${secret}` } }));
    assert.deepEqual(viewed.body, await read.json());
  });

  it('pays through the same rules: a cancel replays under its idempotency key, whichever way the secret came', async () => {
    const { id, secret } = await openSession();
    const key = crypto.randomUUID();
    const first = await post(`/sessions/${id}/cancel`, { client_secret: secret, idempotency_key: key });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.status, 'canceled');
    const byHeader = await post(`/sessions/${id}/cancel`, {}, { headers: { authorization: `Bearer ${secret}`, 'idempotency-key': key } });
    assert.equal(byHeader.status, 200, JSON.stringify(byHeader.body));
    assert.deepEqual(byHeader.body, first.body, 'the first answer again, not a second cancel');
  });

  it("refuses another session's secret for this session", async () => {
    const mine = await openSession();
    const theirs = await openSession();
    const viewed = await post(`/sessions/${mine.id}/view`, { client_secret: theirs.secret });
    assert.equal(viewed.status, 404);
    const canceled = await post(`/sessions/${mine.id}/cancel`, { client_secret: theirs.secret }, { query: { idempotency_key: crypto.randomUUID() } });
    assert.equal(canceled.status, 404);
  });

  it('takes only a client secret in the field: a key or anything else there is a 400', async () => {
    const { id } = await openSession();
    for (const smuggled of ['sk_test_demo', 'pk_test_demo', 42, null, ['ps_x_secret_y']]) {
      const answer = await post(`/sessions/${id}/view`, { client_secret: smuggled });
      assert.equal(answer.status, 400, String(smuggled));
      assert.equal(answer.body.error?.param, 'client_secret', String(smuggled));
    }
    const unknown = await post(`/sessions/${id}/view`, { client_secret: `${id}_secret_guessed` });
    assert.equal(unknown.status, 401);
  });

  it('refuses two different idempotency keys, body and header or body and query, and one that is not a string', async () => {
    const { id, secret } = await openSession();
    const header = await post(`/sessions/${id}/cancel`, { client_secret: secret, idempotency_key: crypto.randomUUID() }, { headers: { 'idempotency-key': crypto.randomUUID() } });
    assert.equal(header.status, 400);
    assert.equal(header.body.error?.param, 'idempotency_key');
    const query = await post(`/sessions/${id}/cancel`, { client_secret: secret, idempotency_key: crypto.randomUUID() }, { query: { idempotency_key: crypto.randomUUID() } });
    assert.equal(query.status, 400);
    const number = await post(`/sessions/${id}/cancel`, { client_secret: secret, idempotency_key: 12345678 });
    assert.equal(number.status, 400);
    assert.equal(number.body.error?.param, 'idempotency_key');
    const view = await post(`/sessions/${id}/view`, { client_secret: secret });
    assert.equal(view.body.status, 'open', 'none of them canceled it');
  });

  it('refuses two different credentials: the body and Authorization, or the body and the key in the URL', async () => {
    const mine = await openSession();
    const theirs = await openSession();
    const header = await post(`/sessions/${mine.id}/view`, { client_secret: mine.secret }, { headers: { authorization: `Bearer ${theirs.secret}` } });
    assert.equal(header.status, 400);
    const query = await post(`/sessions/${mine.id}/view`, { client_secret: mine.secret }, { query: { key: 'pk_test_demo' } });
    assert.equal(query.status, 400);
  });

  it('holds the origin rule, and an unregistered page reads only the refusal', async () => {
    const { id, secret } = await openSession();
    const refused = await post(`/sessions/${id}/view`, { client_secret: secret }, { origin: OTHER });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error?.code, 'origin_not_allowed');
    assert.equal(refused.headers.get('access-control-allow-origin'), OTHER);
    assert.deepEqual(Object.keys(refused.body), ['error']);
  });

  it('the read route takes only a client secret: not the publishable key, not a secret key', async () => {
    const { id } = await openSession();
    const publishable = await post(`/sessions/${id}/view`, {}, { query: { key: 'pk_test_demo' } });
    assert.equal(publishable.status, 403);
    const server = await sandbox.fetch(
      new Request(`${sandbox.origins.gateway}/v1/sessions/${id}/view`, { method: 'POST', headers: { authorization: 'Bearer sk_test_demo' }, body: '{}' }),
    );
    assert.equal(server.status, 403);
  });

  it('leaves a malformed body to the route, which refuses it with its typed error', async () => {
    const { id } = await openSession();
    const answer = await post(`/sessions/${id}/cancel`, '{"client_secret": ', { query: { idempotency_key: crypto.randomUUID() } });
    assert.equal(answer.status, 401, 'no credential could be read from it');
  });
});
