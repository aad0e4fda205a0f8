import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Wire } from '@dubai-pay/contract';
import { createSandbox, type Sandbox } from '@dubai-pay/sandbox';
import { framePage, STUB_FRAME_ASSETS } from '@dubai-pay/sandbox/testing';

// A re-quote (issue 15, WCAG 3.3.7): when a quote expires before Pay, the checkout prices it
// again with `replaces`, and the card details already typed in the frame opened for the old
// quote pay the new one. It never changes what is paid for, and opens nothing to a bot.

const PAGE = 'https://agency.example';
const SERVICE = 'police-good-conduct';
const INPUTS = { emirates_id: '784199012345671' };
const QUOTE_LIFETIME = 15 * 60_000;
const browserInfo = { language: 'en', color_depth: 24, screen_height: 1, screen_width: 1, time_zone_offset: 0, user_agent: 'test', java_enabled: false, javascript_enabled: true };
const card = { type: 'card', card: { number: '4242424242424242', exp_month: 12, exp_year: 2034, cvc: '123' } };

/** Two agencies, on a stopped clock: only the test moves time. */
function twoAgencies(): Sandbox {
  const start = Date.now();
  return createSandbox({
    allowedOrigins: [PAGE],
    frameAssets: STUB_FRAME_ASSETS,
    realNow: () => start,
    agencies: [{ id: 'agency_b', name: 'Agency B', publishableKey: 'pk_test_b', secretKey: 'sk_test_b', allowedOrigins: [PAGE], moto: false }],
  });
}

/** A call from the agency page (a server's, for a secret key). */
async function post(sandbox: Sandbox, path: string, body: unknown, options: { key?: string; headers?: Record<string, string> } = {}) {
  const key = options.key ?? 'pk_test_demo';
  const response = await sandbox.fetch(
    new Request(`${sandbox.origins.gateway}/v1${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
        ...(key.startsWith('sk_') ? {} : { origin: PAGE }),
        ...options.headers,
      },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const quote = async (sandbox: Sandbox, body: Record<string, unknown> = {}, key?: string) =>
  post(sandbox, '/quotes', { service: SERVICE, inputs: INPUTS, ...body }, key ? { key } : {});

/** A quote the test expects to get. */
async function newQuote(sandbox: Sandbox, body: Record<string, unknown> = {}, key?: string): Promise<Wire.Quote> {
  const answer = await quote(sandbox, body, key);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body as Wire.Quote;
}

/** Card details typed in a hosted fields frame, as the frame sends them with its page's proof. */
async function tokenWithProof(sandbox: Sandbox, proof: string): Promise<string> {
  const answer = await post(sandbox, '/payment_methods', card, { headers: { origin: sandbox.origins.gateway, 'x-dubai-pay-frame-proof': proof } });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body.id as string;
}

/** Card details typed in the hosted fields frame opened now for a payment of agency demo's. */
async function tokenInFrame(sandbox: Sandbox, payment: string): Promise<string> {
  const { proof } = await framePage(sandbox, payment, PAGE);
  assert.ok(proof, 'the frame page carries a proof');
  return tokenWithProof(sandbox, proof);
}

async function payQuote(sandbox: Sandbox, quoteId: string, token: string, key = 'pk_test_demo') {
  const session = await post(sandbox, '/sessions', { quote_id: quoteId }, { key });
  assert.equal(session.status, 200, JSON.stringify(session.body));
  return post(sandbox, `/sessions/${session.body.id}/confirm`, { payment_method: token, browser_info: browserInfo }, { key: session.body.client_secret });
}

describe('sandbox: re-quote (replaces)', () => {
  it('prices an expired quote again at the current fees, for the same service and inputs, with a fresh expiry', async () => {
    const sandbox = twoAgencies();
    const a = await newQuote(sandbox);
    assert.equal(a.replaces, null);
    sandbox.clock.advance(QUOTE_LIFETIME + 60_000);
    assert.equal((await post(sandbox, '/sessions', { quote_id: a.id })).body.error.code, 'quote_expired');
    // The entity has raised its fee meanwhile (a new service object: the seed is shared by other sandboxes).
    const service = sandbox.catalog.serviceById.get(SERVICE)!;
    (sandbox.catalog.serviceById as Map<string, Wire.Service>).set(SERVICE, { ...service, fee: { type: 'fixed', amount: 25_000 } });

    const b = await newQuote(sandbox, { replaces: a.id, inputs: undefined });
    assert.notEqual(b.id, a.id);
    assert.equal(b.replaces, a.id);
    assert.deepEqual([b.service_id, b.entity_id, b.inputs], [a.service_id, a.entity_id, a.inputs]);
    assert.ok(Date.parse(b.expires_at) > sandbox.clock.now(), 'a fresh expiry');
    assert.equal(b.total - a.total, 5_000, 'the current price');
    const session = await post(sandbox, '/sessions', { quote_id: b.id });
    assert.equal(session.body.amount, b.total);
    assert.equal(session.body.quote_id, b.id);

    // The same service and inputs sent again, as typed (normalized like any quote's: Arabic-Indic digits, spaces), are fine.
    const again = await quote(sandbox, { replaces: a.id, inputs: { emirates_id: ' ٧٨٤١٩٩٠١٢٣٤٥٦٧١ ' } });
    assert.equal(again.status, 200, JSON.stringify(again.body));
  });

  it('a token made in the frame opened for the expired quote pays the session of the quote that replaced it', async () => {
    const sandbox = twoAgencies();
    const a = await newQuote(sandbox);
    const { proof } = await framePage(sandbox, a.id, PAGE);
    sandbox.clock.advance(QUOTE_LIFETIME + 60_000);
    // Pay: the card is tokenized in the same frame (its page stays bound to A), A's session is refused, A is replaced.
    const token = await tokenWithProof(sandbox, proof!);
    assert.equal((await post(sandbox, '/sessions', { quote_id: a.id })).body.error.code, 'quote_expired');
    const b = await newQuote(sandbox, { replaces: a.id });
    const paid = await payQuote(sandbox, b.id, token);
    assert.equal(paid.status, 200, JSON.stringify(paid.body));
    assert.equal(paid.body.status, 'succeeded');
  });

  it('a chain of re-quotes A → B → C keeps the card details typed for A', async () => {
    const sandbox = twoAgencies();
    const a = await newQuote(sandbox);
    const { proof } = await framePage(sandbox, a.id, PAGE);
    sandbox.clock.advance(QUOTE_LIFETIME + 1);
    const b = await newQuote(sandbox, { replaces: a.id });
    sandbox.clock.advance(QUOTE_LIFETIME + 1);
    const c = await newQuote(sandbox, { replaces: b.id });
    assert.deepEqual([c.replaces, c.inputs], [b.id, a.inputs]);
    // Pay, half an hour after the frame was opened for A: the frame's proof is still live.
    const token = await tokenWithProof(sandbox, proof!);
    const paid = await payQuote(sandbox, c.id, token);
    assert.equal(paid.body.status, 'succeeded', JSON.stringify(paid.body));
  });

  it('refuses to replace another agency’s quote, exactly as an unknown one', async () => {
    const sandbox = twoAgencies();
    const a = await newQuote(sandbox);
    const byB = await quote(sandbox, { replaces: a.id }, 'pk_test_b');
    const unknown = await quote(sandbox, { replaces: 'qt_doesnotexist00' }, 'pk_test_b');
    assert.deepEqual([byB.status, byB.body.error.code, byB.body.error.param], [404, 'not_found', 'replaces']);
    assert.deepEqual([unknown.status, unknown.body.error.code, unknown.body.error.param], [404, 'not_found', 'replaces']);
    assert.equal(byB.body.error.message.replace(a.id, 'ID'), unknown.body.error.message.replace('qt_doesnotexist00', 'ID'), 'nothing tells the two apart');
  });

  it('refuses a re-quote for another service or other inputs: it never changes what is paid for', async () => {
    const sandbox = twoAgencies();
    const a = await newQuote(sandbox);
    for (const body of [
      { replaces: a.id, inputs: { emirates_id: '784199012345689' } },
      { replaces: a.id, inputs: {} },
      { replaces: a.id, service: 'police-lost-item-certificate' },
    ]) {
      const answer = await quote(sandbox, body);
      assert.equal(answer.status, 400, JSON.stringify(body));
      assert.equal(answer.body.error.code, 'invalid_request');
    }
    const otherInputs = await quote(sandbox, { replaces: a.id, inputs: { emirates_id: '784199012345689' } });
    assert.equal(otherInputs.body.error.param, 'replaces');
    // Nothing was quoted for them: A has no replacement to pay.
    assert.equal((await newQuote(sandbox, { replaces: a.id })).service_id, SERVICE);
  });

  it('refuses to replace a quote past the frame proof’s lifetime after it expired (quote_too_old)', async () => {
    const sandbox = twoAgencies();
    const a = await newQuote(sandbox);
    const b = await newQuote(sandbox);
    sandbox.clock.advance(QUOTE_LIFETIME + 2 * 60 * 60_000 - 60_000);
    assert.equal((await quote(sandbox, { replaces: a.id })).status, 200, 'still within the bound');
    sandbox.clock.advance(60_000);
    const late = await quote(sandbox, { replaces: b.id });
    assert.deepEqual([late.status, late.body.error.code, late.body.error.param], [410, 'quote_too_old', 'replaces']);
  });

  it('a token bound to A still cannot pay an unrelated quote’s session, nor one that replaced another quote, nor an older quote of the chain', async () => {
    const sandbox = twoAgencies();
    const a = await newQuote(sandbox);
    const token = await tokenInFrame(sandbox, a.id);
    // An unrelated quote for the very same service and inputs.
    const unrelated = await newQuote(sandbox);
    const refused = await payQuote(sandbox, unrelated.id, token);
    assert.deepEqual([refused.status, refused.body.error.code], [403, 'payment_method_mismatch']);
    // A re-quote of another quote.
    const replacesOther = await newQuote(sandbox, { replaces: unrelated.id });
    assert.equal((await payQuote(sandbox, replacesOther.id, token)).body.error.code, 'payment_method_mismatch');
    // Lineage runs one way: a token made for the re-quote does not pay the quote it replaced.
    const b = await newQuote(sandbox, { replaces: a.id });
    const tokenForB = await tokenInFrame(sandbox, b.id);
    assert.equal((await payQuote(sandbox, a.id, tokenForB)).body.error.code, 'payment_method_mismatch');
    // Another agency's token cannot pay agency demo's chain.
    const tokenOfB = (await post(sandbox, '/payment_methods', card, { key: 'sk_test_b' })).body.id as string;
    const c = await newQuote(sandbox, { replaces: b.id });
    assert.equal((await payQuote(sandbox, c.id, tokenOfB)).body.error.code, 'payment_method_mismatch');
    // And A's own token still pays the chain's newest quote.
    assert.equal((await payQuote(sandbox, c.id, token)).body.status, 'succeeded');
  });

  it('one fee, one payment across a chain: the newer price supersedes an untouched session, and a paid chain is spent', async () => {
    const sandbox = twoAgencies();
    const a = await newQuote(sandbox);
    const fromA = await post(sandbox, '/sessions', { quote_id: a.id });
    assert.equal(fromA.status, 200);
    const b = await newQuote(sandbox, { replaces: a.id });
    const fromB = await post(sandbox, '/sessions', { quote_id: b.id });
    assert.equal(fromB.status, 200);
    assert.notEqual(fromB.body.id, fromA.body.id);
    const read = await sandbox.fetch(new Request(`${sandbox.origins.gateway}/v1/sessions/${fromA.body.id}`, { headers: { authorization: 'Bearer sk_test_demo' } }));
    assert.equal(((await read.json()) as { status: string }).status, 'canceled', "the old price's session is superseded");
    // Paid through B: neither A (still within its life) nor another re-quote opens a second payment.
    const token = await tokenInFrame(sandbox, b.id);
    const paid = await post(sandbox, `/sessions/${fromB.body.id}/confirm`, { payment_method: token, browser_info: browserInfo }, { key: fromB.body.client_secret });
    assert.equal(paid.body.status, 'succeeded', JSON.stringify(paid.body));
    for (const again of [a.id, (await newQuote(sandbox, { replaces: b.id })).id]) {
      const answer = await post(sandbox, '/sessions', { quote_id: again });
      assert.equal(answer.status, 409, JSON.stringify(answer.body));
      assert.equal(answer.body.error.code, 'quote_used');
    }
  });

  it('a token typed under one amount never pays a re-quote at another (the frame showed the old amount)', async () => {
    const sandbox = twoAgencies();
    const a = await newQuote(sandbox);
    const token = await tokenInFrame(sandbox, a.id);
    const service = sandbox.catalog.serviceById.get(SERVICE)!;
    (sandbox.catalog.serviceById as Map<string, Wire.Service>).set(SERVICE, { ...service, fee: { type: 'fixed', amount: 25_000 } });
    const b = await newQuote(sandbox, { replaces: a.id });
    assert.notEqual(b.total, a.total);
    const refused = await payQuote(sandbox, b.id, token);
    assert.deepEqual([refused.status, refused.body.error.code], [403, 'payment_method_mismatch']);
  });

  it('an older quote of a chain does not cancel the session of a newer one', async () => {
    const sandbox = twoAgencies();
    const a = await newQuote(sandbox);
    const b = await newQuote(sandbox, { replaces: a.id });
    const fromB = await post(sandbox, '/sessions', { quote_id: b.id });
    assert.equal(fromB.status, 200);
    const fromA = await post(sandbox, '/sessions', { quote_id: a.id });
    assert.deepEqual([fromA.status, fromA.body.error.code], [409, 'session_busy']);
    const read = await sandbox.fetch(new Request(`${sandbox.origins.gateway}/v1/sessions/${fromB.body.id}`, { headers: { authorization: 'Bearer sk_test_demo' } }));
    assert.equal(((await read.json()) as { status: string }).status, 'open');
  });
});
