import assert from 'node:assert/strict';
import { createSandbox, type Sandbox, type SandboxOptions } from '@dubai-pay/sandbox';

// What the agency-server tests share: a sandbox in this process, calls with the secret key, and
// payments made the way an agency's phone line (MOTO) or a bank approval makes them.

export const SECRET = 'sk_test_demo';
export const PAGE = 'https://agency.example';

export interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

export function agencySandbox(options: SandboxOptions = {}) {
  const sandbox = createSandbox({ allowedOrigins: [PAGE], ...options });
  let keys = 0;
  async function api(method: string, path: string, body?: unknown, options: { token?: string; key?: string } = {}): Promise<Answer> {
    const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? SECRET}`, 'content-type': 'application/json' };
    if (method === 'POST') headers['idempotency-key'] = options.key ?? `agency-test-${++keys}-${Math.random()}`;
    const response = await sandbox.fetch(new Request(`${sandbox.origins.gateway}/v1${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }));
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: response.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : text };
  }

  /** A session for the phone (the agency's server pays it by card, MOTO), from items or from a quote. */
  async function openSession(
    from: { items?: { kind?: string; unit_amount: number; quantity?: number }[]; quote?: { service: string; inputs: Record<string, string> } },
    reference?: string,
  ) {
    let source: Record<string, unknown>;
    if (from.quote) {
      const quote = await api('POST', '/quotes', from.quote);
      assert.equal(quote.status, 200, JSON.stringify(quote.body));
      source = { quote_id: quote.body.id };
    } else {
      source = { items: (from.items ?? []).map((item) => ({ description: { en: 'Fee', ar: 'رسم' }, ...item })) };
    }
    const session = await api('POST', '/sessions', { ...source, channel: 'ivr', ...(reference === undefined ? {} : { reference }) });
    assert.equal(session.status, 200, JSON.stringify(session.body));
    return session.body;
  }

  async function payByCard(sessionId: string, token = 'pm_card_visa') {
    const paid = await api('POST', `/sessions/${sessionId}/confirm`, { payment_method: token });
    return paid.body;
  }

  /** Pays a new session by direct debit, approved at the bank's page. */
  async function payByBank(items: { kind?: string; unit_amount: number }[], bank = 'dib') {
    const session = await api('POST', '/sessions', { items: items.map((item) => ({ description: { en: 'Fee', ar: 'رسم' }, ...item })) });
    const pending = await api('POST', `/sessions/${session.body.id}/confirm`, { direct_debit: { bank }, return_url: `${PAGE}/paid` }, { token: session.body.client_secret });
    const approveUrl = new URL(pending.body.next_action.bank_redirect.url);
    const page = await (await sandbox.bankFetch(new Request(approveUrl))).text();
    const pageToken = /name="page_token" value="([^"]+)"/.exec(page)?.[1] ?? '';
    await sandbox.bankFetch(
      new Request(`${sandbox.origins.bank}/banks/${bank}/decide`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ session: session.body.id, decision: 'approve', page_token: pageToken }),
      }),
    );
    const paid = await api('GET', `/sessions/${session.body.id}`);
    assert.equal(paid.body.status, 'succeeded');
    return paid.body;
  }

  async function advance(ms: number): Promise<void> {
    const response = await sandbox.fetch(
      new Request(`${sandbox.origins.gateway}/_sandbox/clock`, {
        method: 'POST',
        headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
        body: JSON.stringify({ advance_ms: ms }),
      }),
    );
    assert.equal(response.status, 200);
  }

  return { sandbox, api, openSession, payByCard, payByBank, advance };
}

export type AgencySandbox = ReturnType<typeof agencySandbox> & { sandbox: Sandbox };
