import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_AMOUNT } from '@dubai-pay/contract';
import { createSandbox, type Sandbox } from '@dubai-pay/sandbox';
import { framePage, openTestSession, STUB_FRAME_ASSETS } from '@dubai-pay/sandbox/testing';

// The gateway's rules written as the attacks they stop (SECURITY.md): a script on the agency
// page, another site in the customer's browser, a bot with the publishable key, another agency.
// The sandbox app is called directly, as the HTTP server would call it, so a test can say which
// client a request comes from (the server writes that header itself; a client cannot).

const PAGE = 'https://agency.example';
const EVIL = 'https://evil.example';
const browserInfo = { language: 'en', color_depth: 24, screen_height: 1, screen_width: 1, time_zone_offset: 0, user_agent: 'bot', java_enabled: false, javascript_enabled: true };
const card = (number = '4242424242424242', cvc = '123') => ({ type: 'card', card: { number, exp_month: 12, exp_year: 2034, cvc } });
const edirham = (pin: string, number = '7840000000000009') => ({ type: 'edirham', edirham: { number, pin } });

function sandboxWithTwoAgencies(): Sandbox {
  return createSandbox({
    allowedOrigins: [PAGE],
    frameAssets: STUB_FRAME_ASSETS,
    agencies: [{ id: 'agency_b', name: 'Agency B', publishableKey: 'pk_test_b', secretKey: 'sk_test_b', allowedOrigins: [PAGE], moto: false }],
  });
}

interface CallOptions {
  token: string;
  body?: unknown;
  origin?: string;
  client?: string;
  headers?: Record<string, string>;
}

async function call(sandbox: Sandbox, method: string, path: string, options: CallOptions) {
  const headers: Record<string, string> = {
    authorization: `Bearer ${options.token}`,
    'content-type': 'application/json',
    'x-sandbox-client': options.client ?? '203.0.113.7',
    ...options.headers,
  };
  if (options.origin) headers.origin = options.origin;
  if (method === 'POST') headers['idempotency-key'] = crypto.randomUUID();
  const response = await sandbox.fetch(
    new Request(`${sandbox.origins.gateway}/v1${path}`, { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) }),
  );
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : {}) as Record<string, any> };
}

/** Card details sent as the hosted fields page sends them: from the gateway's origin, with the page's proof. */
async function tokenizeInFrame(sandbox: Sandbox, payment: string, details: unknown, options: { key?: string; client?: string } = {}) {
  const { proof } = await framePage(sandbox, payment, PAGE);
  return call(sandbox, 'POST', '/payment_methods', {
    token: options.key ?? 'pk_test_demo',
    origin: sandbox.origins.gateway,
    body: details,
    headers: { 'x-dubai-pay-frame-proof': proof! },
    ...(options.client ? { client: options.client } : {}),
  });
}

const confirm = (sandbox: Sandbox, session: { id: string; client_secret: string }, paymentMethod: string, client?: string) =>
  call(sandbox, 'POST', `/sessions/${session.id}/confirm`, {
    token: session.client_secret,
    origin: PAGE,
    body: { payment_method: paymentMethod, browser_info: browserInfo },
    ...(client ? { client } : {}),
  });

describe('attacks on the gateway contract, and the rules that stop them', () => {
  it('1. a script on the agency page gets a token from the card frame and pays its own session with it: refused, the token pays only the payment the frame was opened for', async () => {
    const sandbox = sandboxWithTwoAgencies();
    const customers = await openTestSession(sandbox);
    const attackers = await openTestSession(sandbox);
    const token = await tokenizeInFrame(sandbox, customers.id, card());
    assert.equal(token.status, 200);
    const stolen = await confirm(sandbox, attackers, token.body.id);
    assert.equal(stolen.status, 403);
    assert.equal(stolen.body.error.code, 'payment_method_mismatch');
    assert.equal((await confirm(sandbox, customers, token.body.id)).body.status, 'succeeded');
  });

  it('1. five submits through one frame give five tokens, but only the last can pay: each new one revokes the one before', async () => {
    const sandbox = sandboxWithTwoAgencies();
    const session = await openTestSession(sandbox);
    const { proof } = await framePage(sandbox, session.id, PAGE);
    const tokens: string[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await call(sandbox, 'POST', '/payment_methods', {
        token: 'pk_test_demo',
        origin: sandbox.origins.gateway,
        body: card(),
        headers: { 'x-dubai-pay-frame-proof': proof! },
      });
      tokens.push(answer.body.id);
    }
    assert.equal((await confirm(sandbox, session, tokens[0]!)).body.error.code, 'payment_method_used');
    assert.equal((await confirm(sandbox, session, tokens[4]!)).body.status, 'succeeded');
  });

  it('1, 2. card details from a script with a forged Origin header (no page proof) are refused', async () => {
    const sandbox = sandboxWithTwoAgencies();
    for (const headers of [{}, { 'x-dubai-pay-frame-proof': 'fp_madeup000000000000000000' }] as Record<string, string>[]) {
      const answer = await call(sandbox, 'POST', '/payment_methods', { token: 'pk_test_demo', origin: sandbox.origins.gateway, body: card(), headers });
      assert.equal(answer.status, 403);
      assert.equal(answer.body.error.code, 'origin_not_allowed');
    }
  });

  it('2. guessing an e-Dirham PIN over fresh sessions: the third wrong PIN blocks the card, whatever the session, even for the right PIN', async () => {
    const sandbox = sandboxWithTwoAgencies();
    const codes: string[] = [];
    for (const pin of ['0000', '1111', '2222', '1234']) {
      const session = await openTestSession(sandbox);
      const token = await tokenizeInFrame(sandbox, session.id, edirham(pin));
      codes.push((await confirm(sandbox, session, token.body.id)).body.last_error?.code ?? 'paid');
    }
    assert.deepEqual(codes, ['incorrect_pin', 'incorrect_pin', 'pin_blocked', 'pin_blocked']);
    // Another card is not blocked.
    const session = await openTestSession(sandbox);
    const other = await tokenizeInFrame(sandbox, session.id, edirham('1234', '7840000000009992'));
    assert.equal((await confirm(sandbox, session, other.body.id)).body.last_error?.code, 'insufficient_funds');
  });

  it('3. card testing, 160 cards from one client: 429 with Retry-After well before the end; another client is not limited', async () => {
    const sandbox = sandboxWithTwoAgencies();
    const session = await openTestSession(sandbox);
    const { proof } = await framePage(sandbox, session.id, PAGE);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 160; i++) {
      const number = luhnComplete(`4000000000${String(100000 + i).slice(1)}`);
      const answer = await call(sandbox, 'POST', '/payment_methods', {
        token: 'pk_test_demo',
        origin: sandbox.origins.gateway,
        body: card(number),
        headers: { 'x-dubai-pay-frame-proof': proof! },
        client: '198.51.100.9',
      });
      statuses.push(answer.status);
      if (answer.status === 429) {
        retryAfter ??= answer.headers.get('retry-after');
        assert.equal(answer.body.error.code, 'rate_limited');
      }
    }
    assert.ok(statuses.indexOf(429) > 0 && statuses.indexOf(429) <= 40, `first 429 at ${statuses.indexOf(429)}`);
    assert.ok(Number(retryAfter) > 0);
    const elsewhere = await call(sandbox, 'POST', '/payment_methods', {
      token: 'pk_test_demo',
      origin: sandbox.origins.gateway,
      body: card(),
      headers: { 'x-dubai-pay-frame-proof': proof! },
      client: '198.51.100.10',
    });
    assert.equal(elsewhere.status, 200);
  });

  it('3. a card tester cannot lift its own limit: the limits reset is the secret key’s alone (publishable key, client secret, no key, another site: refused, still limited)', async () => {
    const sandbox = sandboxWithTwoAgencies();
    const session = await openTestSession(sandbox);
    const tokenize = () => tokenizeInFrame(sandbox, session.id, card(), { client: '198.51.100.20' });
    let status = 200;
    for (let i = 0; i < 40 && status !== 429; i++) status = (await tokenize()).status;
    assert.equal(status, 429);
    const reset = (headers: Record<string, string>) =>
      sandbox.fetch(new Request(`${sandbox.origins.gateway}/_sandbox/limits/reset`, { method: 'POST', headers: { 'x-sandbox-client': '198.51.100.20', ...headers } }));
    const refused: Record<string, string>[] = [
      { authorization: 'Bearer pk_test_demo' },
      { authorization: `Bearer ${session.client_secret}` },
      {},
      { authorization: 'Bearer pk_test_demo', origin: EVIL },
    ];
    for (const headers of refused) {
      const answer = await reset(headers);
      assert.equal(answer.status, 401, JSON.stringify(headers));
      assert.equal(((await answer.json()) as { error: { code: string } }).error.code, 'unauthorized');
      assert.equal((await tokenize()).status, 429, `still limited after a reset with ${JSON.stringify(headers)}`);
    }
    assert.equal((await reset({ authorization: 'Bearer sk_test_demo' })).status, 200);
    assert.equal((await tokenize()).status, 200);
  });

  it('3. declines that help a card tester (lost, stolen) reach only the agency’s server; the browser sees a plain decline', async () => {
    const sandbox = sandboxWithTwoAgencies();
    const session = await openTestSession(sandbox);
    const seen = await confirm(sandbox, session, 'pm_card_lost');
    assert.equal(seen.body.last_error.code, 'card_declined');
    const server = await call(sandbox, 'GET', `/sessions/${session.id}`, { token: 'sk_test_demo' });
    assert.equal(server.body.last_error.code, 'lost_card');
  });

  it('3. one card declined again and again is set aside for a while (429), other cards go on', async () => {
    const sandbox = sandboxWithTwoAgencies();
    const answers: number[] = [];
    for (let i = 0; i < 10; i++) {
      const session = await openTestSession(sandbox);
      const token = await tokenizeInFrame(sandbox, session.id, card('4000000000009995'), { client: `192.0.2.${i}` });
      answers.push((await confirm(sandbox, session, token.body.id, `192.0.2.${i}`)).status);
    }
    assert.deepEqual(answers, [200, 200, 200, 200, 200, 200, 200, 200, 429, 429]);
  });

  it('3. one card entered again and again, from many clients, is set aside (429); a published test card is not, so nobody can lock every developer out of 4242', async () => {
    const sandbox = sandboxWithTwoAgencies();
    const session = await openTestSession(sandbox);
    const someonesCard = luhnComplete('455673820000001');
    const statuses = { someonesCard: [] as number[], testCard: [] as number[] };
    for (let i = 0; i < 34; i++) {
      const client = `203.0.113.${i + 1}`;
      statuses.someonesCard.push((await tokenizeInFrame(sandbox, session.id, card(someonesCard), { client })).status);
      statuses.testCard.push((await tokenizeInFrame(sandbox, session.id, card('4242 4242 4242 4242'), { client })).status);
    }
    assert.deepEqual(statuses.someonesCard.slice(0, 30), Array(30).fill(200));
    assert.deepEqual(statuses.someonesCard.slice(30), [429, 429, 429, 429]);
    assert.deepEqual(statuses.testCard, Array(34).fill(200));
  });

  it('4. open redirect: a return URL off the key’s registered origins, or not a web page, is refused', async () => {
    const sandbox = sandboxWithTwoAgencies();
    for (const returnUrl of [
      `${EVIL}/steal`,
      'javascript:alert(1)',
      'http://agency.example/paid',
      'https://agency.example;script-src *@evil.example/',
      `${PAGE}.evil.example/`,
      'https://user:pw@agency.example/',
    ]) {
      const session = await openTestSession(sandbox);
      const answer = await call(sandbox, 'POST', `/sessions/${session.id}/confirm`, {
        token: session.client_secret,
        origin: PAGE,
        body: { direct_debit: { bank: 'dib' }, return_url: returnUrl },
      });
      assert.equal(answer.status, 400, returnUrl);
      assert.equal(answer.body.error.param, 'return_url');
    }
    const session = await openTestSession(sandbox);
    const fine = await call(sandbox, 'POST', `/sessions/${session.id}/confirm`, {
      token: session.client_secret,
      origin: PAGE,
      body: { direct_debit: { bank: 'dib' }, return_url: `${PAGE}/paid?x=1` },
    });
    assert.equal(fine.status, 200);
    const bankPage = await sandbox.bankFetch(new Request(fine.body.next_action.bank_redirect.url));
    assert.equal(bankPage.headers.get('content-security-policy')?.includes(`form-action 'self' ${PAGE};`), true);
  });

  it('5. wrong hand-off codes from one client lock only that client: the customer on another still redeems theirs', async () => {
    const sandbox = sandboxWithTwoAgencies();
    const session = await openTestSession(sandbox);
    const { body: handoff } = await call(sandbox, 'POST', `/sessions/${session.id}/handoff`, { token: session.client_secret, origin: PAGE });
    const typeCode = (code: string, client: string, page: string) =>
      sandbox.fetch(
        new Request(`${sandbox.origins.gateway}/pay/code`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-sandbox-client': client },
          body: new URLSearchParams({ code, page }),
        }),
      );
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await typeCode(String(10_000_000 + i), '203.0.113.66', `cp_attacker${i}`)).status);
    assert.equal(statuses.at(-1), 429);
    assert.equal((await typeCode(handoff.code, '203.0.113.66', 'cp_attacker_again')).status, 429, 'the attacker stays locked out');
    assert.equal((await typeCode(handoff.code, '198.51.100.20', 'cp_customer')).status, 303, 'the customer is not');
  });

  it('6. a token made under agency B’s key cannot pay agency A’s session', async () => {
    const sandbox = sandboxWithTwoAgencies();
    const session = await openTestSession(sandbox);
    const tokenOfB = await call(sandbox, 'POST', '/payment_methods', { token: 'sk_test_b', body: card() });
    assert.equal(tokenOfB.status, 200);
    const answer = await confirm(sandbox, session, tokenOfB.body.id);
    assert.equal(answer.status, 403);
    assert.equal(answer.body.error.code, 'payment_method_mismatch');
  });

  it('7. one quote, two sessions, both paid: the quote opens one payable session, then is spent', async () => {
    const sandbox = sandboxWithTwoAgencies();
    const first = await openTestSession(sandbox);
    const again = await call(sandbox, 'POST', '/sessions', { token: 'pk_test_demo', origin: PAGE, body: { quote_id: first.quote_id } });
    assert.equal(again.body.id, first.id, 'the same session again');
    await confirm(sandbox, first, 'pm_card_visa');
    const after = await call(sandbox, 'POST', '/sessions', { token: 'pk_test_demo', origin: PAGE, body: { quote_id: first.quote_id } });
    assert.equal(after.status, 409);
    assert.equal(after.body.error.code, 'quote_used');
  });

  it('9. amounts near MAX_SAFE_INTEGER × 1000, or a total over the maximum, are refused before anything is charged', async () => {
    const sandbox = sandboxWithTwoAgencies();
    const item = (unit_amount: number, quantity = 1) => ({ items: [{ description: { en: 'x', ar: 'س' }, unit_amount, quantity }] });
    for (const body of [item(Number.MAX_SAFE_INTEGER * 1000), item(MAX_AMOUNT + 1), item(MAX_AMOUNT, 2), { items: [item(MAX_AMOUNT).items[0], item(1).items[0]] }]) {
      const answer = await call(sandbox, 'POST', '/sessions', { token: 'sk_test_demo', body });
      assert.equal(answer.status, 400, JSON.stringify(body));
      assert.match(answer.body.error.code, /invalid_request|amount_too_large/);
    }
    assert.equal((await call(sandbox, 'POST', '/sessions', { token: 'sk_test_demo', body: item(MAX_AMOUNT) })).status, 200);
  });

  it('10. a secret key cannot skip 3-D Secure on a web session, a browser cannot choose the phone channel, and an agency without MOTO cannot take it', async () => {
    const sandbox = sandboxWithTwoAgencies();
    const web = await call(sandbox, 'POST', '/sessions', { token: 'sk_test_demo', body: { items: [{ description: { en: 'x', ar: 'س' }, unit_amount: 100 }] } });
    const skipped = await call(sandbox, 'POST', `/sessions/${web.body.id}/confirm`, { token: 'sk_test_demo', body: { payment_method: 'pm_card_visa' } });
    assert.equal(skipped.status, 403);
    assert.equal(skipped.body.error.code, 'three_ds_required');
    const quote = await call(sandbox, 'POST', '/quotes', {
      token: 'pk_test_demo',
      origin: PAGE,
      body: { service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } },
    });
    const ivrFromBrowser = await call(sandbox, 'POST', '/sessions', { token: 'pk_test_demo', origin: PAGE, body: { quote_id: quote.body.id, channel: 'ivr' } });
    assert.equal(ivrFromBrowser.status, 403);
    const ivrOfB = await call(sandbox, 'POST', '/sessions', { token: 'sk_test_b', body: { items: [{ description: { en: 'x', ar: 'س' }, unit_amount: 100 }], channel: 'ivr' } });
    const moto = await call(sandbox, 'POST', `/sessions/${ivrOfB.body.id}/confirm`, { token: 'sk_test_b', body: { payment_method: 'pm_card_visa' } });
    assert.equal(moto.status, 403);
    const ivr = await call(sandbox, 'POST', '/sessions', { token: 'sk_test_demo', body: { items: [{ description: { en: 'x', ar: 'س' }, unit_amount: 100 }], channel: 'ivr' } });
    assert.equal((await call(sandbox, 'POST', `/sessions/${ivr.body.id}/confirm`, { token: 'sk_test_demo', body: { payment_method: 'pm_card_visa' } })).body.status, 'succeeded');
  });
});

/** A number completed with its Luhn check digit. */
function luhnComplete(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let digit = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) digit *= 2;
    sum += digit > 9 ? digit - 9 : digit;
  }
  return `${partial}${(10 - (sum % 10)) % 10}`;
}
