import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Wire } from '@dubai-pay/contract';
import { createSandbox, type Sandbox } from '@dubai-pay/sandbox';
import { framePage, openTestSession, STUB_FRAME_ASSETS } from '@dubai-pay/sandbox/testing';
import { fieldOfGatewayError, paymentMethodRequest, Tokenizer, type TokenizerOptions } from '@dubai-pay/frame';

const visa: Wire.PaymentMethodRequest = { type: 'card', card: { number: '4242424242424242', exp_month: 12, exp_year: 2034, cvc: '123' } };

interface Call {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The sandbox gateway as the frame sees it: same origin, so the browser sends the gateway as `Origin`. */
/** A sandbox with a session to pay, and the proof its hosted fields page carries (the frame sends it with the details). */
async function sandboxWithFrame(): Promise<{ sandbox: Sandbox; proof: string }> {
  const sandbox = createSandbox({ frameAssets: STUB_FRAME_ASSETS });
  const session = await openTestSession(sandbox);
  const { proof } = await framePage(sandbox, session.id);
  assert.ok(proof, 'the frame page carries a proof');
  return { sandbox, proof };
}

function gatewayFetch(sandbox: Sandbox, calls: Call[]): typeof fetch {
  return async (input, init) => {
    const headers = Object.fromEntries(new Headers(init?.headers));
    calls.push({ url: String(input), headers, body: String(init?.body) });
    const request = new Request(new URL(String(input), sandbox.origins.gateway), { ...init, headers: { ...headers, origin: sandbox.origins.gateway } });
    const response = await sandbox.fetch(request);
    // What the HTTP server does with a dropped response: the connection is cut.
    if (response.headers.has('x-sandbox-drop-response')) throw new TypeError('fetch failed');
    return response;
  };
}

async function injectFault(sandbox: Sandbox, fault: object): Promise<void> {
  const response = await sandbox.fetch(
    new Request(`${sandbox.origins.gateway}/_sandbox/faults`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_test_demo', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify(fault),
    }),
  );
  assert.equal(response.status < 300, true, await response.clone().text());
}

function scripted(answers: Array<() => Response | Promise<Response>>, calls: Call[]): typeof fetch {
  return async (input, init) => {
    calls.push({ url: String(input), headers: Object.fromEntries(new Headers(init?.headers)), body: String(init?.body) });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return next();
  };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
/** A deadline short enough to keep the tests quick; waits between retries come from the contract's retryDelay. */
const fast: Partial<TokenizerOptions> = { deadlineMs: 2000 };

describe('frame: tokenizing against the sandbox gateway', () => {
  it('sends the details with the key and an Idempotency-Key, and returns the token with its masked summary', async () => {
    const { sandbox, proof } = await sandboxWithFrame();
    const calls: Call[] = [];
    const tokenizer = new Tokenizer({ publishableKey: 'pk_test_demo', proof, fetch: gatewayFetch(sandbox, calls), ...fast });
    const outcome = await tokenizer.tokenize(visa);
    assert.ok(outcome.paymentMethod, JSON.stringify(outcome));
    assert.match(outcome.paymentMethod.id, /^pm_/);
    assert.deepEqual(outcome.paymentMethod.summary, { type: 'card', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2034 });
    assert.deepEqual(Object.keys(outcome.paymentMethod).sort(), ['id', 'summary']);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]?.url, '/v1/payment_methods');
    assert.equal(calls[0]?.headers.authorization, 'Bearer pk_test_demo');
    assert.equal(calls[0]?.headers['content-type'], 'application/json');
    assert.match(calls[0]?.headers['idempotency-key'] ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('tokenizes an e-Dirham card', async () => {
    const { sandbox, proof } = await sandboxWithFrame();
    const tokenizer = new Tokenizer({ publishableKey: 'pk_test_demo', proof, fetch: gatewayFetch(sandbox, []), ...fast });
    const outcome = await tokenizer.tokenize(paymentMethodRequest('edirham', { edirhamNumber: '7840000000000009', pin: '1234' }));
    assert.deepEqual(outcome.paymentMethod?.summary, { type: 'edirham', last4: '0009' });
  });

  it('returns the gateway’s code and param for refused details, and maps the param to the field', async () => {
    const { sandbox, proof } = await sandboxWithFrame();
    const tokenizer = new Tokenizer({ publishableKey: 'pk_test_demo', proof, fetch: gatewayFetch(sandbox, []), ...fast });
    const outcome = await tokenizer.tokenize({ type: 'card', card: { ...visa.card, cvc: '12' } } as Wire.PaymentMethodRequest);
    assert.deepEqual(outcome.error, { code: 'invalid_cvc', param: 'card.cvc' });
    assert.equal(fieldOfGatewayError('card', 'invalid_cvc', 'card.cvc'), 'cvc');
  });

  it('retries a dropped answer with the same Idempotency-Key and gets the same token', async () => {
    const { sandbox, proof } = await sandboxWithFrame();
    await injectFault(sandbox, { method: 'POST', path: '/v1/payment_methods', action: 'drop_response', times: 2 });
    const calls: Call[] = [];
    const tokenizer = new Tokenizer({ publishableKey: 'pk_test_demo', proof, fetch: gatewayFetch(sandbox, calls), ...fast });
    const outcome = await tokenizer.tokenize(visa);
    assert.ok(outcome.paymentMethod);
    assert.equal(calls.length, 3);
    assert.equal(new Set(calls.map((c) => c.headers['idempotency-key'])).size, 1);
  });

  it('retries a 503 with backoff until the deadline, with one key, then gives up', async () => {
    const { sandbox } = await sandboxWithFrame();
    await injectFault(sandbox, { method: 'POST', path: '/v1/payment_methods', action: 'unavailable', times: 50 });
    const calls: Call[] = [];
    const started = Date.now();
    const tokenizer = new Tokenizer({ publishableKey: 'pk_test_demo', fetch: gatewayFetch(sandbox, calls), deadlineMs: 1200 });
    const outcome = await tokenizer.tokenize(visa);
    assert.deepEqual(outcome, { error: { code: 'server_error' } });
    // How many attempts fit depends on how fast each answer comes (a loaded machine fits fewer);
    // that it retried, and stopped, does not.
    assert.ok(calls.length >= 2 && calls.length <= 5, `${calls.length} attempts`);
    // The deadline is kept; the slack is for timers a loaded machine fires late, far below one more backoff round.
    assert.ok(Date.now() - started < 1200 + 600, `within the deadline (${Date.now() - started} ms)`);
    assert.equal(new Set(calls.map((c) => c.headers['idempotency-key'])).size, 1);
  });

  it('obeys Retry-After on a 429', async () => {
    const calls: Call[] = [];
    const limited = () => new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'x' } }), { status: 429, headers: { 'retry-after': '1' } });
    const ok = () => json(200, { id: 'pm_1', object: 'payment_method', summary: { type: 'card', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2034 } });
    const started = Date.now();
    const tokenizer = new Tokenizer({ publishableKey: 'pk', fetch: scripted([limited, ok], calls), deadlineMs: 5000 });
    assert.equal((await tokenizer.tokenize(visa)).paymentMethod?.id, 'pm_1');
    assert.ok(Date.now() - started >= 1000, 'waited the second the gateway asked for');
  });
});

describe('frame: tokenizing, failures', () => {
  it('a network error, retried with the same key until the deadline, is network_error', async () => {
    const calls: Call[] = [];
    const fail = () => Promise.reject(new TypeError('fetch failed'));
    const tokenizer = new Tokenizer({ publishableKey: 'pk', fetch: scripted(Array(20).fill(fail), calls), deadlineMs: 700 });
    assert.deepEqual(await tokenizer.tokenize(visa), { error: { code: 'network_error' } });
    assert.ok(calls.length >= 2, `${calls.length} attempts`);
    assert.equal(new Set(calls.map((c) => c.headers['idempotency-key'])).size, 1);
  });

  it('submitting the same details again after an unknown outcome reuses the key; other details get a new one', async () => {
    const calls: Call[] = [];
    const fail = () => Promise.reject(new TypeError('fetch failed'));
    const ok = () =>
      json(200, {
        id: 'pm_1',
        object: 'payment_method',
        summary: { type: 'card', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2034 },
        created_at: '2026-01-01T00:00:00Z',
        expires_at: '2026-01-01T00:15:00Z',
      });
    const tokenizer = new Tokenizer({ publishableKey: 'pk', fetch: scripted([fail, ok, ok, ok], calls), deadlineMs: 100 });
    await tokenizer.tokenize(visa);
    await tokenizer.tokenize(visa);
    await tokenizer.tokenize(visa);
    const keys = calls.map((c) => c.headers['idempotency-key']);
    assert.equal(keys[0], keys[1], 'same details, outcome unknown: same key');
    assert.notEqual(keys[1], keys[2], 'answered: a new submit is a new request');
  });

  it('times out after the per-attempt timeout', async () => {
    const never: typeof fetch = (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const tokenizer = new Tokenizer({ publishableKey: 'pk', fetch: never, timeoutMs: 20, deadlineMs: 300 });
    assert.deepEqual(await tokenizer.tokenize(visa), { error: { code: 'timeout' } });
  });

  it('an answer that is not the contract’s is invalid_response', async () => {
    const calls: Call[] = [];
    const tokenizer = new Tokenizer({
      publishableKey: 'pk',
      fetch: scripted([() => json(200, { id: 'pm_1', summary: { type: 'card', number: '4242424242424242' } }), () => new Response('<html>', { status: 400 })], calls),
      ...fast,
    });
    assert.deepEqual(await tokenizer.tokenize(visa), { error: { code: 'invalid_response' } });
    assert.deepEqual(await tokenizer.tokenize(visa), { error: { code: 'invalid_response' } });
    assert.equal(calls.length, 2, 'a 4xx is not retried');
  });

  it('a second submit while one runs sends no second request and gets the same outcome', async () => {
    const calls: Call[] = [];
    let release: (response: Response) => void = () => undefined;
    const slow = () => new Promise<Response>((resolve) => (release = resolve));
    const tokenizer = new Tokenizer({ publishableKey: 'pk', fetch: scripted([slow], calls), ...fast });
    const first = tokenizer.tokenize(visa);
    const second = tokenizer.tokenize(visa);
    assert.equal(tokenizer.busy, true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    release(json(400, { error: { code: 'invalid_card_number', message: 'x', param: 'card.number' } }));
    assert.deepEqual(await first, await second);
    assert.equal(calls.length, 1);
    assert.equal(tokenizer.busy, false);
  });
});

describe('frame: gateway errors to fields', () => {
  const table: ['card' | 'edirham', string, string | undefined, string | undefined][] = [
    ['card', 'invalid_card_number', 'card.number', 'number'],
    ['card', 'invalid_expiry', 'card.exp_month', 'expiry'],
    ['card', 'invalid_expiry', 'card.exp_year', 'expiry'],
    ['card', 'invalid_cvc', 'card.cvc', 'cvc'],
    ['card', 'invalid_request', 'card.holder_name', 'name'],
    ['card', 'invalid_expiry', undefined, 'expiry'],
    ['edirham', 'invalid_card_number', 'edirham.number', 'edirhamNumber'],
    ['edirham', 'invalid_pin', 'edirham.pin', 'pin'],
    ['edirham', 'invalid_card_number', undefined, 'edirhamNumber'],
    ['card', 'invalid_pin', undefined, undefined],
    ['card', 'unauthorized', undefined, undefined],
    ['card', 'origin_not_allowed', undefined, undefined],
  ];
  for (const [method, code, param, field] of table) {
    it(`${method} ${code} ${param ?? ''} → ${field ?? 'no field'}`, () => assert.equal(fieldOfGatewayError(method, code, param), field));
  }
});
