import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { entityList, errorBody, paymentMethod, paymentSession, quote, serviceList } from '@dubai-pay/contract';
import { startSandboxServer, type SandboxServer } from '@dubai-pay/sandbox/server';

// The sandbox over real HTTP: the wire as a browser or server sees it, every answer parsed by the contract.
const PAGE = 'http://localhost:4000';
let server: SandboxServer;

before(async () => {
  server = await startSandboxServer({ allowedOrigins: [PAGE] });
});
after(() => server.close());

let keyCounter = 0;
async function call(
  method: string,
  path: string,
  options: { token?: string; origin?: string; body?: unknown; raw?: string; key?: string | null; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.origin) headers.origin = options.origin;
  if (method === 'POST' && options.key !== null) headers['idempotency-key'] = options.key ?? `test-key-${++keyCounter}-${Date.now()}`;
  const response = await fetch(`${server.apiUrl}${path}`, {
    method,
    headers,
    ...(options.raw !== undefined ? { body: options.raw } : options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** The proof a hosted fields page served for a new session carries (the frame sends it with card details). */
async function frameProof(): Promise<string> {
  const quote = await call('POST', '/quotes', { token: 'pk_test_demo', body: { service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } } });
  const session = await call('POST', '/sessions', { token: 'pk_test_demo', body: { quote_id: (quote.body as { id: string }).id } });
  const query = new URLSearchParams({
    key: 'pk_test_demo',
    origin: server.url,
    channel: 'channel-0123456789',
    locale: 'en',
    method: 'card',
    payment: (session.body as { id: string }).id,
  });
  const html = await (await fetch(`${server.url}/frame/fields?${query}`)).text();
  const proof = /<meta name="dubai-pay-proof" content="([^"]+)">/.exec(html)?.[1];
  assert.ok(proof, 'the frame page carries a proof');
  return proof;
}

function parses<S extends z.core.$ZodType>(schema: S, value: unknown): z.output<S> {
  const result = z.safeParse(schema, value);
  assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues));
  return result.data;
}

function errorCode(value: unknown): string {
  return parses(errorBody, value).error.code;
}

const pk = 'pk_test_demo';
const sk = 'sk_test_demo';

async function openSession(token = pk, origin?: string) {
  const services = parses(serviceList, (await call('GET', '/catalog/services', { token })).body).data;
  const service = services.find((s) => s.fee.type === 'fixed' && s.inputs.length === 0);
  const q = parses(quote, (await call('POST', '/quotes', { token, origin, body: { service: service?.id } })).body);
  return parses(paymentSession, (await call('POST', '/sessions', { token, origin, body: { quote_id: q.id } })).body);
}

describe('sandbox: catalog', () => {
  it('serves 25 entities and 250+ services that parse with the contract', async () => {
    const entities = parses(entityList, (await call('GET', '/catalog/entities', { token: pk })).body).data;
    const services = parses(serviceList, (await call('GET', '/catalog/services', { token: pk })).body).data;
    assert.equal(entities.length, 25);
    assert.ok(services.length >= 250, `${services.length} services`);
    assert.equal(new Set(services.map((s) => s.id)).size, services.length, 'service ids are unique');
    assert.equal(
      entities.reduce((n, e) => n + e.service_count, 0),
      services.length,
    );
    for (const s of services) {
      assert.ok(
        entities.some((e) => e.id === s.entity_id),
        `${s.id} has an entity`,
      );
      assert.match(s.name.ar, /[\u0600-\u06ff]/, `${s.id} has an Arabic name`);
      if (s.fee.type === 'per_unit')
        assert.ok(
          s.inputs.some((i) => i.name === (s.fee as { quantity_input: string }).quantity_input),
          `${s.id} asks for its quantity`,
        );
      if (s.fee.type === 'lookup')
        assert.ok(
          s.inputs.some((i) => i.name === (s.fee as { reference_input: string }).reference_input),
          `${s.id} asks for its reference`,
        );
      for (const input of s.inputs) if (input.pattern) new RegExp(input.pattern);
    }
    const lookups = services.filter((s) => s.fee.type === 'lookup');
    assert.ok(lookups.some((s) => s.fee.type === 'lookup' && s.fee.kind === 'fine'));
    assert.ok(lookups.some((s) => s.fee.type === 'lookup' && s.fee.kind === 'bill'));
    assert.ok(services.filter((s) => s.fee.type === 'per_unit').length >= 20);
  });

  it('filters by q in Arabic without diacritics', async () => {
    const plain = parses(serviceList, (await call('GET', `/catalog/services?q=${encodeURIComponent('رخصة')}`, { token: pk })).body).data;
    const marked = parses(serviceList, (await call('GET', `/catalog/services?q=${encodeURIComponent('رُخْصَة')}`, { token: pk })).body).data;
    assert.ok(plain.length > 0);
    assert.deepEqual(
      marked.map((s) => s.id),
      plain.map((s) => s.id),
    );
  });
});

describe('sandbox: keys, origins and CORS', () => {
  it('refuses a call without a key, with an unknown key, or with a key the call does not take', async () => {
    assert.equal(errorCode((await call('GET', '/catalog/entities')).body), 'unauthorized');
    assert.equal(errorCode((await call('GET', '/catalog/entities', { token: 'pk_test_nope' })).body), 'unauthorized');
    const session = await openSession();
    const r = await call('GET', `/sessions/${session.id}`, { token: pk });
    assert.equal(r.status, 403);
    assert.equal(errorCode(r.body), 'forbidden');
  });

  it('answers any preflight (it carries no credential and grants nothing): the call after it is what is checked', async () => {
    const ok = await fetch(`${server.apiUrl}/quotes`, { method: 'OPTIONS', headers: { origin: PAGE, 'access-control-request-method': 'POST' } });
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), PAGE);
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);
    const evil = await fetch(`${server.apiUrl}/quotes`, { method: 'OPTIONS', headers: { origin: 'http://evil.localhost:4000', 'access-control-request-method': 'POST' } });
    assert.equal(evil.headers.get('access-control-allow-origin'), 'http://evil.localhost:4000');
    const call = await fetch(`${server.apiUrl}/catalog/entities`, { headers: { origin: 'http://evil.localhost:4000', authorization: `Bearer ${pk}` } });
    assert.equal(call.status, 403, 'the call itself is still refused');
  });

  it('refuses a browser call from an unregistered origin, and a secret key from any browser', async () => {
    const r = await call('GET', '/catalog/entities', { token: pk, origin: 'http://evil.localhost:4000' });
    assert.equal(r.status, 403);
    assert.equal(errorCode(r.body), 'origin_not_allowed');
    const fromPage = await call('GET', '/catalog/entities', { token: pk, origin: PAGE });
    assert.equal(fromPage.status, 200);
    assert.equal(fromPage.headers.get('access-control-allow-origin'), PAGE);
    assert.equal(errorCode((await call('GET', '/catalog/entities', { token: sk, origin: PAGE })).body), 'forbidden');
  });

  it('keeps a client secret to its own session and its agency’s origins', async () => {
    const a = await openSession();
    const b = await openSession();
    assert.equal((await call('GET', `/sessions/${b.id}`, { token: a.client_secret })).status, 404);
    assert.equal((await call('GET', `/sessions/${a.id}`, { token: a.client_secret, origin: 'http://evil.localhost:4000' })).status, 403);
    assert.equal((await call('GET', `/sessions/${a.id}`, { token: a.client_secret, origin: PAGE })).status, 200);
  });

  it('never accepts card details from an agency page, only from the gateway’s frame origin or a secret key', async () => {
    const card = { type: 'card', card: { number: '4242424242424242', exp_month: 12, exp_year: new Date().getFullYear() + 1, cvc: '123' } };
    const fromPage = await call('POST', '/payment_methods', { token: pk, origin: PAGE, body: card });
    assert.equal(fromPage.status, 403);
    assert.equal(errorCode(fromPage.body), 'origin_not_allowed');
    const fromServerWithPk = await call('POST', '/payment_methods', { token: pk, body: card });
    assert.equal(errorCode(fromServerWithPk.body), 'origin_not_allowed');
    // The gateway's origin alone (which any bot can send) is not enough: the frame's page proof is needed.
    const originOnly = await call('POST', '/payment_methods', { token: pk, origin: server.url, body: card });
    assert.equal(originOnly.status, 403);
    assert.equal(errorCode(originOnly.body), 'origin_not_allowed');
    const fromFrame = await call('POST', '/payment_methods', { token: pk, origin: server.url, body: card, headers: { 'x-dubai-pay-frame-proof': await frameProof() } });
    assert.equal(fromFrame.status, 200);
    const token = parses(paymentMethod, fromFrame.body);
    assert.deepEqual(token.summary, { type: 'card', brand: 'visa', last4: '4242', exp_month: 12, exp_year: new Date().getFullYear() + 1 });
    assert.ok(!JSON.stringify(fromFrame.body).includes('4242424242424242'));
    assert.equal((await call('POST', '/payment_methods', { token: sk, body: card })).status, 200);
  });
});

describe('sandbox: bad input', () => {
  it('answers malformed JSON with a typed 400, not a crash', async () => {
    const r = await call('POST', '/quotes', { token: pk, raw: '{"service": ' });
    assert.equal(r.status, 400);
    assert.equal(errorCode(r.body), 'malformed_json');
    assert.equal((await call('GET', '/catalog/entities', { token: pk })).status, 200, 'still serving');
  });

  it('names every invalid field by its path', async () => {
    const r = await call('POST', '/sessions', { token: sk, body: { items: [{ description: { en: 'x' }, unit_amount: -5 }] } });
    assert.equal(r.status, 400);
    const body = parses(errorBody, r.body);
    assert.equal(body.error.code, 'invalid_request');
    const paths = (body.error.issues ?? []).map((i) => i.path);
    assert.ok(paths.includes('items.0.description.ar'), paths.join());
    assert.ok(paths.includes('items.0.unit_amount'), paths.join());
  });

  it('needs an Idempotency-Key on every mutating call', async () => {
    const r = await call('POST', '/quotes', { token: pk, body: { service: 'x' }, key: null });
    assert.equal(r.status, 400);
    assert.equal(parses(errorBody, r.body).error.param, 'Idempotency-Key');
  });

  it('answers unknown routes and methods with typed errors', async () => {
    assert.equal(errorCode((await call('GET', '/nope', { token: pk })).body), 'not_found');
    assert.equal((await call('POST', '/catalog/entities', { token: pk, body: {} })).status, 405);
  });

  it('refuses a confirm for a browser card payment without browser info, and changes nothing', async () => {
    const session = await openSession();
    const r = await call('POST', `/sessions/${session.id}/confirm`, { token: session.client_secret, body: { payment_method: 'pm_card_visa' } });
    assert.equal(r.status, 400);
    assert.equal(parses(errorBody, r.body).error.param, 'browser_info');
    const after = parses(paymentSession, (await call('GET', `/sessions/${session.id}`, { token: session.client_secret })).body);
    assert.equal(after.attempts, 0);
    assert.equal(after.status, 'open');
  });

  it('never takes an amount from a browser: a quote ignores it, a session from items needs the secret key', async () => {
    const services = parses(serviceList, (await call('GET', '/catalog/services', { token: pk })).body).data;
    const service = services.find((s) => s.fee.type === 'fixed' && s.inputs.length === 0);
    const q = parses(quote, (await call('POST', '/quotes', { token: pk, body: { service: service?.id, amount: 1, total: 1 } })).body);
    assert.equal(q.total, (service!.fee as { amount: number }).amount + service!.knowledge_fee + service!.innovation_fee);
    const s = parses(paymentSession, (await call('POST', '/sessions', { token: pk, body: { quote_id: q.id, amount: 1 } })).body);
    assert.equal(s.amount, q.total);
  });
});
