import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSandbox } from '@dubai-pay/sandbox';

// The banks' approval pages (their own origin) and what each answer does to the session.
const sandbox = createSandbox({ allowedOrigins: ['https://agency.example'] });
const gateway = `${sandbox.origins.gateway}/v1`;
let keyCounter = 0;

async function api(method: string, path: string, token: string, body?: unknown) {
  const response = await sandbox.fetch(
    new Request(`${gateway}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `bank-test-${++keyCounter}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  return (await response.json()) as Record<string, any>;
}

async function atTheBank(bank: string) {
  const session = await api('POST', '/sessions', 'sk_test_demo', { items: [{ description: { en: 'Permit', ar: 'تصريح' }, unit_amount: 123456 }] });
  const pending = await api('POST', `/sessions/${session.id}/confirm`, session.client_secret, { direct_debit: { bank }, return_url: 'https://agency.example/paid?x=1' });
  assert.equal(pending.status, 'requires_action');
  const approveUrl = new URL(pending.next_action.bank_redirect.url);
  assert.equal(approveUrl.origin, sandbox.origins.bank);
  // The bank's page carries a token its forms send back: answers without it are refused.
  const page = await (await sandbox.bankFetch(new Request(approveUrl))).text();
  const pageToken = /name="page_token" value="([^"]+)"/.exec(page)?.[1] ?? '';
  assert.ok(pageToken, 'the bank page carries a page token');
  return { session, approveUrl, pageToken };
}

const decide = (bank: string, sessionId: string, decision: string, pageToken?: string) =>
  sandbox.bankFetch(
    new Request(`${sandbox.origins.bank}/banks/${bank}/decide`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ session: sessionId, decision, ...(pageToken === undefined ? {} : { page_token: pageToken }) }),
    }),
  );

async function charges(id: string): Promise<{ charges: number }> {
  const response = await sandbox.fetch(new Request(`${sandbox.origins.gateway}/_sandbox/sessions/${id}/charges`, { headers: { authorization: 'Bearer sk_test_demo' } }));
  return (await response.json()) as { charges: number };
}

describe('sandbox: bank approval pages', () => {
  for (const bank of ['cbd', 'dib', 'adcb', 'adib', 'unb']) {
    it(`${bank}: shows the payment in English and Arabic, and an approval pays once`, async () => {
      const { session, approveUrl, pageToken } = await atTheBank(bank);
      const english = await sandbox.bankFetch(new Request(approveUrl));
      assert.equal(english.status, 200);
      assert.match(english.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
      const html = await english.text();
      assert.match(html, /AED\s?1,234\.56/);
      approveUrl.searchParams.set('lang', 'ar');
      const arabic = await (await sandbox.bankFetch(new Request(approveUrl))).text();
      assert.match(arabic, /dir="rtl"/);
      assert.match(arabic, /الموافقة على الدفع/);
      const answer = await decide(bank, session.id, 'approve', pageToken);
      assert.equal(answer.status, 303);
      assert.equal(answer.headers.get('location'), `https://agency.example/paid?x=1&dubai_pay_session=${session.id}`);
      const after = await api('GET', `/sessions/${session.id}`, session.client_secret);
      assert.equal(after.status, 'succeeded');
      assert.deepEqual(after.receipt.payment_method, { type: 'direct_debit', bank });
      assert.equal((await decide(bank, session.id, 'approve', pageToken)).status, 410, 'a second answer changes nothing');
      assert.equal((await charges(session.id)).charges, 1);
    });
  }

  it('a rejection or an abandon leaves the session open for another method, with the reason', async () => {
    for (const [decision, code] of [
      ['reject', 'bank_rejected'],
      ['abandon', 'bank_abandoned'],
    ] as const) {
      const { session, pageToken } = await atTheBank('dib');
      assert.equal((await decide('dib', session.id, decision, pageToken)).status, 303);
      const after = await api('GET', `/sessions/${session.id}`, session.client_secret);
      assert.equal(after.status, 'open');
      assert.equal(after.last_error.code, code);
      assert.equal(after.next_action, null);
      assert.equal((await charges(session.id)).charges, 0);
    }
  });

  it('answers only for the bank the customer chose, and refuses unknown banks and decisions', async () => {
    const { session, approveUrl, pageToken } = await atTheBank('adcb');
    assert.equal((await decide('cbd', session.id, 'approve', pageToken)).status, 410);
    assert.equal((await decide('adcb', session.id, 'maybe', pageToken)).status, 400);
    assert.equal((await sandbox.bankFetch(new Request(`${sandbox.origins.bank}/banks/hsbc/approve?session=${session.id}`))).status, 404);
    assert.equal((await sandbox.bankFetch(new Request(approveUrl.href.replace('/adcb/', '/cbd/')))).status, 410);
    assert.equal((await charges(session.id)).charges, 0);
  });

  it('attack: an answer with the session id but not the bank page’s token (a form on another site, a bot) is refused and changes nothing', async () => {
    const { session, pageToken } = await atTheBank('cbd');
    // One character changed (to another: a token may itself end in x).
    for (const token of [undefined, '', `${pageToken.slice(0, -1)}${pageToken.endsWith('x') ? 'y' : 'x'}`]) {
      assert.equal((await decide('cbd', session.id, 'approve', token)).status, 403, String(token));
    }
    const still = await api('GET', `/sessions/${session.id}`, session.client_secret);
    assert.equal(still.status, 'requires_action');
    assert.equal((await charges(session.id)).charges, 0);
  });
});
