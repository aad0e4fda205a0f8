import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { paymentSession } from '@dubai-pay/contract';
import { createSandbox, TEST_CARDS } from '@dubai-pay/sandbox';
import { startSandboxServer } from '@dubai-pay/sandbox/server';
import { DOCUMENT_ACCEPT, framePage, openTestSession, STUB_FRAME_ASSETS } from '../../src/testing/frame-proof.ts';
import * as z from 'zod/mini';

// Every 3-D Secure outcome the test cards give, driven as a browser drives it (3DS Method, CReq,
// the ACS's page, the CRes or Erro posted back), and what the session then says.
const ORIGIN = 'https://agency.example';
const strict = { id: 'agency_strict', name: 'Strict agency', publishableKey: 'pk_test_strict', secretKey: 'sk_test_strict', allowedOrigins: [ORIGIN], moto: false };
const sandbox = createSandbox({ allowedOrigins: [ORIGIN], agencies: [{ ...strict, threeDsPolicy: { attempted: 'decline', unavailable: 'decline' } }] });
const gateway = `${sandbox.origins.gateway}/v1`;
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
let keyCounter = 0;

const browserInfo = (language: string) => ({
  language,
  color_depth: 24,
  screen_height: 900,
  screen_width: 1440,
  time_zone_offset: -240,
  user_agent: 'Mozilla/5.0 (test)',
  java_enabled: false,
  javascript_enabled: true,
});

/** Counts what one payment costs: requests to the gateway (API and notification URLs) and to the ACS. */
interface Counts {
  gateway: number;
  acs: number;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function client(counts: Counts) {
  const api = async (method: string, path: string, token: string, body?: unknown) => {
    counts.gateway++;
    const response = await sandbox.fetch(
      new Request(`${gateway}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: BROWSER_ACCEPT, 'idempotency-key': `three-ds-${++keyCounter}` },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    return (await response.json()) as Record<string, any>;
  };
  const form = async (to: 'gateway' | 'acs', url: string, fields: Record<string, string>) => {
    counts[to]++;
    const request = new Request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
    return (to === 'acs' ? sandbox.acsFetch(request) : sandbox.fetch(request)).then((r) => r.text());
  };
  return { api, form };
}

/** The auto-post form of an ACS page (the CRes or the Erro, or the timeout), as the browser would submit it. */
function autoPost(html: string): { action: string; fields: Record<string, string> } | null {
  const match = /<form method="post" action="([^"]+)" data-autopost[^>]*>(.*?)<\/form>/s.exec(html);
  if (!match) return null;
  const fields = Object.fromEntries([...match[2]!.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&#38;/g, '&')]));
  return { action: match[1]!.replace(/&#38;/g, '&'), fields };
}

interface PaidOptions {
  agency?: { publishable: string; secret: string };
  policy?: { attempted?: 'proceed' | 'decline'; unavailable?: 'proceed' | 'decline' };
  language?: string;
}

/** Pays with a test token as the checkout would, to the end; the session as the gateway then has it. */
async function payLikeABrowser(token: string, options: PaidOptions = {}) {
  const counts: Counts = { gateway: 0, acs: 0 };
  const { api, form } = client(counts);
  const keys = options.agency ?? { publishable: 'pk_test_demo', secret: 'sk_test_demo' };
  const created = await api('POST', '/sessions', keys.secret, { items: [{ description: { en: 'Permit', ar: 'تصريح' }, unit_amount: 5000 }] });
  counts.gateway = 0; // the agency's server made the session; count the browser's part only
  let session = await api('POST', `/sessions/${created.id}/confirm`, created.client_secret, {
    payment_method: token,
    browser_info: browserInfo(options.language ?? 'en-GB'),
    ...(options.policy ? { three_ds_policy: options.policy } : {}),
  });
  let creqSent: Record<string, unknown> | null = null;
  for (let step = 0; session.status === 'requires_action' && step < 6; step++) {
    const action = session.next_action;
    if (action.type === 'three_ds_method') {
      const page = await form('acs', action.three_ds_method.method_url, { threeDSMethodData: action.three_ds_method.method_data });
      const notify = autoPost(page);
      if (notify) await form('gateway', notify.action, notify.fields);
      session = await api('POST', `/sessions/${created.id}/three_ds_method`, created.client_secret, { completion_indicator: notify ? 'Y' : 'N' });
      continue;
    }
    const c = action.three_ds_challenge;
    creqSent = { threeDSServerTransID: c.three_ds_server_trans_id, acsTransID: c.acs_trans_id, messageType: 'CReq', messageVersion: c.message_version, challengeWindowSize: '05' };
    let page = await form('acs', c.acs_url, { creq: b64(creqSent) });
    const token = /name="page_token" value="([^"]+)"/.exec(page)?.[1];
    if (token) {
      const timesOut = autoPost(page)?.fields['action'] === 'timeout';
      const answer: Record<string, string> = timesOut ? { action: 'timeout' } : { action: 'submit', code: '123456' };
      page = await form('acs', `${sandbox.origins.acs}/3ds/challenge/answer`, { acs_trans_id: c.acs_trans_id, page_token: token, lang: 'en', ...answer });
    }
    const back = autoPost(page);
    if (back) await form('gateway', back.action, back.fields);
    else await api('POST', `/sessions/${created.id}/abandon_action`, created.client_secret, { reason: 'timed_out' }); // the client's own timeout
    session = await api('GET', `/sessions/${created.id}`, created.client_secret);
  }
  const browserView = session;
  // The agency's view: the browser's hides the issuer's reason code.
  session = await api('GET', `/sessions/${created.id}`, keys.secret);
  const log = await sandbox.fetch(
    new Request(`${sandbox.origins.gateway}/_sandbox/sessions/${created.id}/three_ds_messages`, { headers: { authorization: `Bearer ${keys.secret}` } }),
  );
  const charges = await sandbox.fetch(new Request(`${sandbox.origins.gateway}/_sandbox/sessions/${created.id}/charges`, { headers: { authorization: `Bearer ${keys.secret}` } }));
  return {
    session,
    browserView,
    counts,
    creqSent,
    messages: ((await log.json()) as { messages: { message: string; fields: Record<string, any> }[] }).messages,
    charges: ((await charges.json()) as { charges: number }).charges,
  };
}

/** What each test card must end with: the session's status and error, and its `three_d_secure`. */
const EXPECTED: Record<
  string,
  {
    status: string;
    code?: string;
    ares: string;
    rreq?: string;
    final: string | null;
    eci: string | null;
    shift: boolean;
    version: string;
    method: string;
    reason?: string;
    info?: true;
    erro?: string;
    exemption?: true;
  }
> = {
  pm_card_visa: { status: 'succeeded', ares: 'Y', final: 'Y', eci: '05', shift: true, version: '2.2.0', method: 'U' },
  pm_card_mastercard: { status: 'succeeded', ares: 'Y', final: 'Y', eci: '02', shift: true, version: '2.2.0', method: 'Y' },
  pm_card_amex: { status: 'succeeded', ares: 'Y', final: 'Y', eci: '05', shift: true, version: '2.2.0', method: 'U' },
  pm_card_challenge: { status: 'succeeded', ares: 'C', rreq: 'Y', final: 'Y', eci: '05', shift: true, version: '2.2.0', method: 'Y' },
  pm_card_challenge_no_method: { status: 'succeeded', ares: 'C', rreq: 'Y', final: 'Y', eci: '05', shift: true, version: '2.2.0', method: 'U' },
  pm_card_method_timeout: { status: 'succeeded', ares: 'Y', final: 'Y', eci: '05', shift: true, version: '2.2.0', method: 'N' },
  pm_card_challenge_silent: { status: 'open', code: 'authentication_timed_out', ares: 'C', final: null, eci: null, shift: false, version: '2.2.0', method: 'U' },
  pm_card_attempted: { status: 'succeeded', ares: 'A', final: 'A', eci: '06', shift: true, version: '2.2.0', method: 'U' },
  pm_card_attempted_mastercard: { status: 'succeeded', ares: 'A', final: 'A', eci: '01', shift: true, version: '2.2.0', method: 'U' },
  pm_card_not_authenticated: {
    status: 'open',
    code: 'authentication_failed',
    ares: 'N',
    final: 'N',
    eci: null,
    shift: false,
    version: '2.2.0',
    method: 'U',
    reason: '01',
    info: true,
  },
  pm_card_rejected: { status: 'open', code: 'authentication_rejected', ares: 'R', final: 'R', eci: null, shift: false, version: '2.2.0', method: 'U', reason: '11', info: true },
  pm_card_unavailable: { status: 'succeeded', ares: 'U', final: 'U', eci: '07', shift: false, version: '2.2.0', method: 'U', reason: '22' },
  pm_card_exempted: { status: 'succeeded', ares: 'I', final: 'I', eci: '07', shift: false, version: '2.2.0', method: 'U', exemption: true },
  pm_card_challenge_attempted: { status: 'succeeded', ares: 'C', rreq: 'A', final: 'A', eci: '06', shift: true, version: '2.2.0', method: 'U' },
  pm_card_challenge_unavailable: { status: 'succeeded', ares: 'C', rreq: 'U', final: 'U', eci: '07', shift: false, version: '2.2.0', method: 'U', reason: '22' },
  pm_card_challenge_rejected: {
    status: 'open',
    code: 'authentication_rejected',
    ares: 'C',
    rreq: 'R',
    final: 'R',
    eci: null,
    shift: false,
    version: '2.2.0',
    method: 'U',
    reason: '11',
  },
  pm_card_acs_erro_creq: { status: 'open', code: 'authentication_error', ares: 'C', final: null, eci: null, shift: false, version: '2.2.0', method: 'U', erro: '203' },
  pm_card_acs_erro_timeout: {
    status: 'open',
    code: 'authentication_timed_out',
    ares: 'C',
    rreq: 'N',
    final: 'N',
    eci: null,
    shift: false,
    version: '2.2.0',
    method: 'U',
    reason: '14',
    erro: '402',
  },
  pm_card_acs_erro_internal: { status: 'open', code: 'authentication_error', ares: 'C', final: null, eci: null, shift: false, version: '2.2.0', method: 'U', erro: '403' },
  pm_card_challenge_v210: { status: 'succeeded', ares: 'C', rreq: 'Y', final: 'Y', eci: '05', shift: true, version: '2.1.0', method: 'U' },
  pm_card_challenge_v231: { status: 'succeeded', ares: 'C', rreq: 'Y', final: 'Y', eci: '05', shift: true, version: '2.3.1', method: 'U' },
  pm_card_declined: { status: 'open', code: 'card_declined', ares: 'Y', final: 'Y', eci: '05', shift: true, version: '2.2.0', method: 'U' },
  pm_card_insufficient_funds: { status: 'open', code: 'insufficient_funds', ares: 'Y', final: 'Y', eci: '05', shift: true, version: '2.2.0', method: 'U' },
  pm_card_lost: { status: 'open', code: 'lost_card', ares: 'Y', final: 'Y', eci: '05', shift: true, version: '2.2.0', method: 'U' },
  pm_card_stolen: { status: 'open', code: 'stolen_card', ares: 'Y', final: 'Y', eci: '05', shift: true, version: '2.2.0', method: 'U' },
  pm_card_expired: { status: 'open', code: 'expired_card', ares: 'Y', final: 'Y', eci: '05', shift: true, version: '2.2.0', method: 'U' },
  pm_card_incorrect_cvc: { status: 'open', code: 'incorrect_cvc', ares: 'Y', final: 'Y', eci: '05', shift: true, version: '2.2.0', method: 'U' },
  pm_card_processing_error: { status: 'open', code: 'processing_error', ares: 'Y', final: 'Y', eci: '05', shift: true, version: '2.2.0', method: 'U' },
};

describe('3-D Secure: every test card’s outcome, as the session records it', () => {
  const rows: string[] = [];

  it('every documented test card has an expected outcome here', () => {
    assert.deepEqual(TEST_CARDS.map((c) => c.token).sort(), Object.keys(EXPECTED).sort());
  });

  for (const [token, expected] of Object.entries(EXPECTED)) {
    it(`${token}: ARes ${expected.ares}${expected.rreq ? `, RReq ${expected.rreq}` : ''}${expected.erro ? `, Erro ${expected.erro}` : ''} → ${expected.status}${expected.code ? ` (${expected.code})` : ''}`, async () => {
      const { session, browserView, counts, messages, charges, creqSent } = await payLikeABrowser(token);
      assert.equal(session.status, expected.status);
      assert.equal(session.last_error?.code, expected.code);
      assert.equal(charges, expected.status === 'succeeded' ? 1 : 0, 'charged once exactly when paid');
      const tds = session.three_d_secure;
      assert.ok(z.safeParse(paymentSession, session).success, 'the session matches the contract');
      assert.equal(tds.trans_status, expected.final);
      assert.equal(tds.eci, expected.eci);
      assert.equal(tds.liability_shift, expected.shift);
      assert.equal(tds.authentication_value_present, expected.final === 'Y' || expected.final === 'A');
      assert.equal(tds.version, expected.version);
      assert.equal(tds.method_completion, expected.method);
      assert.equal(tds.flow, expected.ares === 'C' ? 'challenge' : 'frictionless');
      assert.equal(tds.trans_status_reason, expected.reason ?? null);
      assert.equal(browserView.three_d_secure?.trans_status_reason ?? null, null, 'a browser never sees the issuer’s reason');
      assert.equal(tds.exemption, expected.exemption ? 'transaction_risk_analysis' : null);
      assert.equal(tds.error?.code, expected.erro);
      assert.equal(tds.cardholder_info !== null, expected.info === true);
      assert.match(tds.ds_trans_id, /^[0-9a-f-]{36}$/);
      if (creqSent) assert.equal(creqSent['messageVersion'], expected.version, 'the CReq carries the version agreed');
      // The gateway's log: one AReq with the method indicator and the browser data, the ARes, then the RReq and the CRes or Erro.
      const areq = messages.find((m) => m.message === 'AReq')!;
      assert.equal(areq.fields['threeDSCompInd'], expected.method);
      assert.equal(areq.fields['messageVersion'], expected.version);
      assert.equal(messages.find((m) => m.message === 'ARes')?.fields['transStatus'], expected.ares);
      assert.equal(messages.find((m) => m.message === 'RReq')?.fields['transStatus'], expected.rreq);
      if (expected.erro) assert.equal(messages.find((m) => m.message === 'Erro')?.fields['errorCode'], expected.erro);
      rows.push(
        `| ${TEST_CARDS.find((c) => c.token === token)!.number} | ${expected.ares}${expected.rreq ? ` → RReq ${expected.rreq}` : ''}${expected.erro ? ` → Erro ${expected.erro}` : ''} | ${session.status}${expected.code ? ` (${expected.code})` : ''} | ${tds.trans_status ?? 'null'} / ECI ${tds.eci ?? '–'} / shift ${tds.liability_shift} | ${charges ? 'charged' : 'not charged'} | ${counts.gateway} / ${counts.acs} |`,
      );
    });
  }

  it('writes the outcome table (THREE_DS_TABLE=path)', () => {
    if (process.env['THREE_DS_TABLE']) writeFileSync(process.env['THREE_DS_TABLE'], `${rows.join('\n')}\n`);
  });
});

describe('3-D Secure: policy, browser data, versions', () => {
  it('the agency’s policy decides A and U; a browser may make it stricter, never looser', async () => {
    // The demo agency proceeds; the browser asks to decline.
    const attempted = await payLikeABrowser('pm_card_attempted', { policy: { attempted: 'decline' } });
    assert.equal(attempted.session.last_error.code, 'authentication_attempted');
    assert.equal(attempted.charges, 0);
    const unavailable = await payLikeABrowser('pm_card_challenge_unavailable', { policy: { unavailable: 'decline' } });
    assert.equal(unavailable.session.last_error.code, 'authentication_unavailable');
    assert.equal(unavailable.session.three_d_secure.trans_status, 'U');
    // The strict agency declines both; a browser asking to proceed changes nothing.
    const agency = { publishable: 'pk_test_strict', secret: 'sk_test_strict' };
    for (const token of ['pm_card_attempted', 'pm_card_unavailable', 'pm_card_challenge_attempted']) {
      const paid = await payLikeABrowser(token, { agency, policy: { attempted: 'proceed', unavailable: 'proceed' } });
      assert.equal(paid.session.status, 'open', token);
      assert.match(paid.session.last_error.code, /^authentication_(attempted|unavailable)$/);
      assert.equal(paid.charges, 0);
    }
    // Y and I are not A or U: the strict agency takes them.
    assert.equal((await payLikeABrowser('pm_card_exempted', { agency })).session.status, 'succeeded');
  });

  it('a policy value outside the contract is refused before anything happens', async () => {
    const counts = { gateway: 0, acs: 0 };
    const { api } = client(counts);
    const created = await api('POST', '/sessions', 'sk_test_demo', { items: [{ description: { en: 'Permit', ar: 'تصريح' }, unit_amount: 5000 }] });
    const refused = await api('POST', `/sessions/${created.id}/confirm`, created.client_secret, {
      payment_method: 'pm_card_attempted',
      browser_info: browserInfo('en'),
      three_ds_policy: { attempted: 'always' },
    });
    assert.equal(refused.error.code, 'invalid_request');
    assert.equal((await api('GET', `/sessions/${created.id}`, created.client_secret)).attempts, 0);
  });

  it('the AReq carries the browser’s own Accept header, IP and language, not the checkout’s', async () => {
    const { messages } = await payLikeABrowser('pm_card_visa', { language: 'fr-FR' });
    const areq = messages.find((m) => m.message === 'AReq')!.fields;
    assert.equal(areq['browserAcceptHeader'], BROWSER_ACCEPT);
    assert.equal(areq['browserIP'], 'unknown', 'in-process requests have no socket (over HTTP: the next test)');
    assert.equal(areq['browserLanguage'], 'fr-FR');
    assert.equal(areq['browserTZ'], '-240');
    assert.equal(areq['deviceChannel'], '02');
  });

  it('card details typed in the hosted fields: the AReq’s Accept header is the one the browser sent for that page, not the API call’s', async () => {
    const withFrames = createSandbox({ allowedOrigins: [ORIGIN], frameAssets: STUB_FRAME_ASSETS });
    const session = await openTestSession(withFrames);
    const { proof } = await framePage(withFrames, session.id, ORIGIN);
    const post = async (path: string, token: string, body: unknown, headers: Record<string, string>) =>
      (await withFrames
        .fetch(
          new Request(`${withFrames.origins.gateway}/v1${path}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': crypto.randomUUID(), ...headers },
            body: JSON.stringify(body),
          }),
        )
        .then((r) => r.json())) as Record<string, any>;
    const token = await post(
      '/payment_methods',
      'pk_test_demo',
      { type: 'card', card: { number: '4242424242424242', exp_month: 12, exp_year: 2034, cvc: '123' } },
      {
        origin: withFrames.origins.gateway,
        'x-dubai-pay-frame-proof': proof!,
      },
    );
    const paid = await post(`/sessions/${session.id}/confirm`, session.client_secret, { payment_method: token.id, browser_info: browserInfo('ar-AE') }, { origin: ORIGIN });
    assert.equal(paid.status, 'succeeded', JSON.stringify(paid));
    const log = await withFrames.fetch(
      new Request(`${withFrames.origins.gateway}/_sandbox/sessions/${session.id}/three_ds_messages`, { headers: { authorization: 'Bearer sk_test_demo' } }),
    );
    const areq = ((await log.json()) as { messages: { message: string; fields: Record<string, unknown> }[] }).messages[0]!.fields;
    assert.equal(areq['browserAcceptHeader'], DOCUMENT_ACCEPT);
    assert.equal(areq['browserLanguage'], 'ar-AE');
  });

  it('over HTTP, the AReq’s browser IP is the address the server saw, whatever header the caller sent', async () => {
    const server = await startSandboxServer({ allowedOrigins: ['http://localhost:4000'] });
    try {
      const call = async (path: string, token: string, body?: unknown) =>
        (await fetch(`${server.url}${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          // A secret key never comes from a page: only the browser's calls carry an Origin.
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            ...(token.startsWith('sk_') ? {} : { origin: 'http://localhost:4000' }),
            'idempotency-key': `three-ds-http-${++keyCounter}`,
            'x-forwarded-for': '203.0.113.9',
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }).then((r) => r.json())) as Record<string, any>;
      const created = await call('/v1/sessions', 'sk_test_demo', { items: [{ description: { en: 'Permit', ar: 'تصريح' }, unit_amount: 5000 }] });
      const paid = await call(`/v1/sessions/${created.id}/confirm`, created.client_secret, { payment_method: 'pm_card_visa', browser_info: browserInfo('en') });
      assert.equal(paid.status, 'succeeded', JSON.stringify(paid));
      const { messages } = await call(`/_sandbox/sessions/${created.id}/three_ds_messages`, 'sk_test_demo');
      assert.match(messages[0].fields.browserIP, /^(::ffff:)?127\.0\.0\.1$|^::1$/);
    } finally {
      await server.close();
    }
  });

  it('cardholder info from the ACS comes in the cardholder’s language', async () => {
    const ar = await payLikeABrowser('pm_card_rejected', { language: 'ar-AE' });
    assert.match(ar.session.three_d_secure.cardholder_info, /[\u0600-\u06FF]/);
    const en = await payLikeABrowser('pm_card_rejected', { language: 'en-US' });
    assert.match(en.session.three_d_secure.cardholder_info, /Sandbox Issuer Bank/);
    assert.ok(en.session.three_d_secure.cardholder_info.length <= 128);
  });

  it('e-Dirham and server channels carry no three_d_secure; a new attempt clears the last one', async () => {
    assert.equal((await payLikeABrowser('pm_edirham')).session.three_d_secure, null);
    const counts = { gateway: 0, acs: 0 };
    const { api } = client(counts);
    const created = await api('POST', '/sessions', 'sk_test_demo', { items: [{ description: { en: 'Fine', ar: 'مخالفة' }, unit_amount: 5000 }] });
    const first = await api('POST', `/sessions/${created.id}/confirm`, created.client_secret, { payment_method: 'pm_card_rejected', browser_info: browserInfo('en') });
    assert.equal(first.three_d_secure.trans_status, 'R');
    const second = await api('POST', `/sessions/${created.id}/confirm`, created.client_secret, { payment_method: 'pm_edirham' });
    assert.equal(second.status, 'succeeded');
    assert.equal(second.three_d_secure, null);
  });

  it('the method completion indicator is what the gateway saw, not what a client claims', async () => {
    const counts = { gateway: 0, acs: 0 };
    const { api } = client(counts);
    for (const [token, claimed, expected] of [
      ['pm_card_method_timeout', 'Y', 'N'], // the method page never notified: a client saying Y is not believed
      ['pm_card_mastercard', 'U', 'N'], // nor one saying U for a range with a method URL, without the notification
    ] as const) {
      const created = await api('POST', '/sessions', 'sk_test_demo', { items: [{ description: { en: 'Permit', ar: 'تصريح' }, unit_amount: 5000 }] });
      const pending = await api('POST', `/sessions/${created.id}/confirm`, created.client_secret, { payment_method: token, browser_info: browserInfo('en') });
      assert.equal(pending.next_action.type, 'three_ds_method');
      const done = await api('POST', `/sessions/${created.id}/three_ds_method`, created.client_secret, { completion_indicator: claimed });
      assert.equal(done.three_d_secure.method_completion, expected, token);
    }
  });

  it('what is posted to the notification URL is logged by its known fields only, short, and a log has a limit', async () => {
    const { session } = await payLikeABrowser('pm_card_challenge_no_method');
    const counts = { gateway: 0, acs: 0 };
    const { form } = client(counts);
    const tds = session.three_d_secure;
    // Nested 5,000 deep: JSON.parse reads it, JSON.stringify would overflow the stack.
    const deep = `${'['.repeat(5000)}0${']'.repeat(5000)}`;
    const cres = Buffer.from(
      `{"threeDSServerTransID":"${tds.three_ds_server_trans_id}","messageType":"Erro","errorCode":"<b>","errorDescription":"${'y'.repeat(5000)}","nested":${deep}}`,
    ).toString('base64url');
    for (let i = 0; i < 80; i++) {
      const page = await form('gateway', `${sandbox.origins.gateway}/3ds/challenge-notification`, { cres });
      assert.match(page, /data-step="challenge"/);
    }
    const log = await sandbox.fetch(
      new Request(`${sandbox.origins.gateway}/_sandbox/sessions/${session.id}/three_ds_messages`, { headers: { authorization: 'Bearer sk_test_demo' } }),
    );
    const { messages } = (await log.json()) as { messages: { message: string; fields: Record<string, unknown> }[] };
    assert.ok(messages.length <= 64);
    const erro = messages.find((m) => m.message === 'Erro')!;
    assert.deepEqual(Object.keys(erro.fields).sort(), ['errorCode', 'errorDescription', 'messageType', 'threeDSServerTransID']);
    assert.equal((erro.fields['errorDescription'] as string).length, 256);
  });

  it('a late Erro for a transaction that already ended is only logged', async () => {
    const { session } = await payLikeABrowser('pm_card_challenge_no_method');
    const counts = { gateway: 0, acs: 0 };
    const { form, api } = client(counts);
    const tds = session.three_d_secure;
    await form('gateway', `${sandbox.origins.gateway}/3ds/challenge-notification`, {
      cres: b64({
        threeDSServerTransID: tds.three_ds_server_trans_id,
        acsTransID: tds.acs_trans_id,
        messageType: 'Erro',
        messageVersion: '2.2.0',
        errorCode: '403',
        errorComponent: 'A',
        errorDescription: 'Transient System Failure',
      }),
    });
    const after = await api('GET', `/sessions/${session.id}`, 'sk_test_demo');
    assert.equal(after.status, 'succeeded');
    assert.deepEqual(after.three_d_secure, session.three_d_secure, 'a final record is not rewritten by what anyone posts');
    const log = await sandbox.fetch(
      new Request(`${sandbox.origins.gateway}/_sandbox/sessions/${session.id}/three_ds_messages`, { headers: { authorization: 'Bearer sk_test_demo' } }),
    );
    const erro = ((await log.json()) as { messages: { message: string; fields: Record<string, unknown> }[] }).messages.find((m) => m.message === 'Erro');
    assert.equal(erro?.fields['errorCode'], '403', 'it is logged');
  });
});
