import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSandbox } from '@dubai-pay/sandbox';

// The ACS simulator (its own origin), the gateway's notification pages and the 3DS container,
// and what each answer does to the session.
const sandbox = createSandbox({ allowedOrigins: ['https://agency.example'] });
const gateway = `${sandbox.origins.gateway}/v1`;
let keyCounter = 0;
const browserInfo = {
  language: 'ar-AE',
  color_depth: 24,
  screen_height: 900,
  screen_width: 1440,
  time_zone_offset: -240,
  user_agent: 'test',
  java_enabled: false,
  javascript_enabled: true,
};

async function api(method: string, path: string, token: string, body?: unknown) {
  const response = await sandbox.fetch(
    new Request(`${gateway}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `acs-test-${++keyCounter}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  return (await response.json()) as Record<string, any>;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unb64 = (text: string) => JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
const post = (fetcher: (r: Request) => Promise<Response>, url: string, fields: Record<string, string>) =>
  fetcher(new Request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) }));
const acs = (path: string, fields: Record<string, string>) => post((r) => sandbox.acsFetch(r), `${sandbox.origins.acs}${path}`, fields);

/** A session confirmed with a test token, as a browser does (browser_info sent). */
async function confirmed(token: string) {
  const session = await api('POST', '/sessions', 'sk_test_demo', { items: [{ description: { en: 'Permit', ar: 'تصريح' }, unit_amount: 5000 }] });
  const after = await api('POST', `/sessions/${session.id}/confirm`, session.client_secret, { payment_method: token, browser_info: browserInfo });
  return { session, after };
}

function creqFor(action: any, overrides: Record<string, unknown> = {}) {
  const c = action.three_ds_challenge;
  return b64({
    threeDSServerTransID: c.three_ds_server_trans_id,
    acsTransID: c.acs_trans_id,
    messageType: 'CReq',
    messageVersion: c.message_version,
    challengeWindowSize: '02',
    ...overrides,
  });
}

/** Opens the challenge page (as the browser does with the CReq) and returns the token its form carries. */
async function challengePage(after: any): Promise<string> {
  const html = await (await acs('/3ds/challenge', { creq: creqFor(after.next_action) })).text();
  const token = /name="page_token" value="([^"]+)"/.exec(html)?.[1];
  assert.ok(token, 'the challenge form carries a page token');
  return token;
}

/** The CRes the ACS's result page posts to the gateway. */
function cresOf(html: string): { action: string; cres: string } {
  const match = /<form method="post" action="([^"]+)" data-autopost><input type="hidden" name="cres" value="([^"]+)">/.exec(html);
  assert.ok(match, 'the result page posts a CRes');
  return { action: match[1]!.replace(/&#38;/g, '&'), cres: match[2]! };
}

async function charges(id: string): Promise<number> {
  const response = await sandbox.fetch(new Request(`${sandbox.origins.gateway}/_sandbox/sessions/${id}/charges`, { headers: { authorization: 'Bearer sk_test_demo' } }));
  return ((await response.json()) as { charges: number }).charges;
}

describe('sandbox: ACS simulator and 3DS notifications', () => {
  it('3DS Method: the method page posts threeDSMethodData back to the gateway notification page', async () => {
    const { after } = await confirmed('pm_card_mastercard');
    const method = after.next_action.three_ds_method;
    assert.equal(new URL(method.method_url).origin, sandbox.origins.acs);
    const page = await acs('/3ds/method', { threeDSMethodData: method.method_data });
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.ok(html.includes(`action="${method.notification_url}"`));
    assert.ok(html.includes(`value="${method.method_data}"`));
    const notification = await post((r) => sandbox.fetch(r), method.notification_url, { threeDSMethodData: method.method_data });
    assert.equal(notification.status, 200);
    assert.match(await notification.text(), /data-step="method"/);
    assert.equal(notification.headers.get('content-security-policy')?.includes("frame-ancestors 'self' https://agency.example"), true);
  });

  it('3DS Method: a silent card never notifies; invalid method data is refused', async () => {
    const { after } = await confirmed('pm_card_method_timeout');
    const html = await (await acs('/3ds/method', { threeDSMethodData: after.next_action.three_ds_method.method_data })).text();
    assert.doesNotMatch(html, /<form/);
    assert.equal((await acs('/3ds/method', { threeDSMethodData: 'not-base64-json' })).status, 400);
    // Posting elsewhere than the registered notification URL is refused (no open redirect).
    const data = unb64(after.next_action.three_ds_method.method_data);
    assert.equal((await acs('/3ds/method', { threeDSMethodData: b64({ ...data, threeDSMethodNotificationURL: 'https://evil.example/' }) })).status, 400);
  });

  it('challenge: the right code authenticates, pays once, and the CRes reaches the gateway', async () => {
    const { session, after } = await confirmed('pm_card_challenge_no_method');
    assert.equal(after.next_action.type, 'three_ds_challenge');
    const page = await acs('/3ds/challenge', { creq: creqFor(after.next_action) });
    assert.equal(page.status, 200);
    const html = await page.text();
    const pageToken = /name="page_token" value="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(html, /dir="rtl"/, 'the ACS speaks the browser language (ar-AE)');
    assert.match(html, /تحقّق من دفعتك/);
    const acsTransId = after.next_action.three_ds_challenge.acs_trans_id;
    const result = await (await acs('/3ds/challenge/answer', { acs_trans_id: acsTransId, page_token: pageToken, lang: 'ar', action: 'submit', code: '١٢٣٤٥٦' })).text();
    const { action, cres } = cresOf(result);
    assert.equal(action, `${sandbox.origins.gateway}/3ds/challenge-notification`);
    const decoded = unb64(cres);
    assert.equal(decoded.messageType, 'CRes');
    assert.equal(decoded.transStatus, 'Y');
    assert.doesNotMatch(cres, /=/, 'base64url without padding');
    // The RReq leg decided it already: the session is paid before the CRes arrives.
    assert.equal((await api('GET', `/sessions/${session.id}`, session.client_secret)).status, 'succeeded');
    const notification = await post((r) => sandbox.fetch(r), action, { cres });
    assert.equal(notification.status, 200);
    assert.match(await notification.text(), /data-step="challenge"/);
    assert.equal(await charges(session.id), 1);
    // A replayed answer changes nothing.
    assert.equal((await acs('/3ds/challenge/answer', { acs_trans_id: acsTransId, page_token: pageToken, lang: 'en', action: 'submit', code: '123456' })).status, 410);
    assert.equal(await charges(session.id), 1);
  });

  it('challenge: a wrong code may be retried; three wrong codes fail the attempt, the session stays open', async () => {
    const { session, after } = await confirmed('pm_card_challenge_no_method');
    const page_token = await challengePage(after);
    const id = after.next_action.three_ds_challenge.acs_trans_id;
    const first = await (await acs('/3ds/challenge/answer', { acs_trans_id: id, page_token, lang: 'en', action: 'submit', code: '000000' })).text();
    assert.match(first, /2 attempts left/);
    const second = await (await acs('/3ds/challenge/answer', { acs_trans_id: id, page_token, lang: 'en', action: 'submit', code: '111111' })).text();
    assert.match(second, /1 attempt left/);
    const third = await (await acs('/3ds/challenge/answer', { acs_trans_id: id, page_token, lang: 'en', action: 'submit', code: '222222' })).text();
    assert.equal(unb64(cresOf(third).cres).transStatus, 'N');
    const failed = await api('GET', `/sessions/${session.id}`, session.client_secret);
    assert.equal(failed.status, 'open');
    assert.equal(failed.last_error.code, 'authentication_failed');
    assert.equal(await charges(session.id), 0);
  });

  it('challenge: cancel sends transStatus N with challengeCancel 01', async () => {
    const { session, after } = await confirmed('pm_card_challenge_no_method');
    const page_token = await challengePage(after);
    const id = after.next_action.three_ds_challenge.acs_trans_id;
    const html = await (await acs('/3ds/challenge/answer', { acs_trans_id: id, page_token, lang: 'en', action: 'cancel' })).text();
    const cres = unb64(cresOf(html).cres);
    assert.equal(cres.challengeCancel, '01');
    assert.equal((await api('GET', `/sessions/${session.id}`, session.client_secret)).last_error.code, 'authentication_canceled');
  });

  it('challenge: a CReq wrong for its transaction gets an Erro through the browser, one naming no transaction an error page', async () => {
    const { session, after } = await confirmed('pm_card_challenge_no_method');
    const expected: [Record<string, unknown>, string][] = [
      [{ messageType: 'AReq' }, '101'],
      [{ threeDSServerTransID: crypto.randomUUID() }, '301'],
      [{ messageVersion: '1.0.2' }, '102'],
      [{ messageVersion: undefined }, '201'],
      [{ challengeWindowSize: '09' }, '203'],
    ];
    let lastErro = '';
    for (const [overrides, code] of expected) {
      const page = await acs('/3ds/challenge', { creq: creqFor(after.next_action, overrides) });
      assert.equal(page.status, 200, JSON.stringify(overrides));
      const { action, cres } = cresOf(await page.text());
      assert.equal(action, `${sandbox.origins.gateway}/3ds/challenge-notification`);
      const erro = unb64(cres);
      assert.deepEqual([erro.messageType, erro.errorCode, erro.errorComponent, erro.errorMessageType], ['Erro', code, 'A', 'CReq'], JSON.stringify(overrides));
      assert.equal(erro.threeDSServerTransID, after.next_action.three_ds_challenge.three_ds_server_trans_id, 'named by the transaction the ACS knows');
      lastErro = cres;
    }
    // The ACS only answers through the browser: the attempt ends when the gateway receives the Erro.
    assert.equal((await api('GET', `/sessions/${session.id}`, session.client_secret)).status, 'requires_action');
    const notified = await post((r) => sandbox.fetch(r), `${sandbox.origins.gateway}/3ds/challenge-notification`, { cres: lastErro });
    assert.equal(notified.status, 200);
    assert.match(await notified.text(), /data-step="challenge"/, 'the container is told at once');
    const ended = await api('GET', `/sessions/${session.id}`, session.client_secret);
    assert.equal(ended.status, 'open');
    assert.equal(ended.last_error.code, 'authentication_error');
    assert.deepEqual(ended.three_d_secure.error, { code: '203', component: 'A', description: 'Format of one or more Data Elements is Invalid according to the Specification' });
    assert.equal(ended.three_d_secure.trans_status, null);
    for (const creq of [creqFor(after.next_action, { acsTransID: crypto.randomUUID() }), 'e30', undefined]) {
      const page = await acs('/3ds/challenge', creq === undefined ? {} : { creq });
      assert.equal(page.status, 400);
      assert.doesNotMatch(await page.text(), /<form/);
    }
    assert.equal(await charges(session.id), 0);
  });

  it('challenge: a silent card never answers; the client abandons it (timed out) and the ACS forgets it', async () => {
    const { session, after } = await confirmed('pm_card_challenge_silent');
    const html = await (await acs('/3ds/challenge', { creq: creqFor(after.next_action) })).text();
    assert.doesNotMatch(html, /<form/);
    const abandoned = await api('POST', `/sessions/${session.id}/abandon_action`, session.client_secret, { reason: 'timed_out' });
    assert.equal(abandoned.status, 'open');
    assert.equal(abandoned.last_error.code, 'authentication_timed_out');
    assert.equal((await acs('/3ds/challenge', { creq: creqFor(after.next_action) })).status, 400);
  });

  it('attack: an answer posted with the transaction id but not the challenge page’s token (another site’s form, a bot) is refused and changes nothing', async () => {
    const { session, after } = await confirmed('pm_card_challenge_no_method');
    const real = await challengePage(after);
    const id = after.next_action.three_ds_challenge.acs_trans_id;
    // One character changed (to another: a token may itself end in x).
    const altered = `${real.slice(0, -1)}${real.endsWith('x') ? 'y' : 'x'}`;
    for (const page_token of [undefined, '', altered, 'pt_000000000000000000000000']) {
      const answer = await acs('/3ds/challenge/answer', { acs_trans_id: id, ...(page_token === undefined ? {} : { page_token }), lang: 'en', action: 'submit', code: '123456' });
      assert.equal(answer.status, 403, String(page_token));
    }
    const still = await api('GET', `/sessions/${session.id}`, session.client_secret);
    assert.equal(still.status, 'requires_action');
    assert.equal(await charges(session.id), 0);
  });

  it('abandon after the outcome changes nothing: the payment stands', async () => {
    const { session, after } = await confirmed('pm_card_challenge_no_method');
    const page_token = await challengePage(after);
    await acs('/3ds/challenge/answer', { acs_trans_id: after.next_action.three_ds_challenge.acs_trans_id, page_token, lang: 'en', action: 'submit', code: '123456' });
    const late = await api('POST', `/sessions/${session.id}/abandon_action`, session.client_secret, { reason: 'canceled' });
    assert.equal(late.status, 'succeeded');
    assert.equal(await charges(session.id), 1);
  });

  it('the gateway refuses a CRes naming no transaction of its own; a mismatched one ends the challenge unpaid; a forged Y never pays', async () => {
    const { after } = await confirmed('pm_card_challenge_no_method');
    const c = after.next_action.three_ds_challenge;
    const url = c.notification_url;
    const good = { threeDSServerTransID: c.three_ds_server_trans_id, acsTransID: c.acs_trans_id, messageType: 'CRes', messageVersion: '2.2.0', transStatus: 'Y' };
    for (const cres of [b64({ ...good, threeDSServerTransID: crypto.randomUUID() }), b64({ ...good, threeDSServerTransID: 7 }), '%%%', b64('text')]) {
      assert.equal((await post((r) => sandbox.fetch(r), url, { cres })).status, 400, cres);
    }
    // A forged "Y" never pays: only the ACS's own result (the RReq leg) does.
    const forged = await post((r) => sandbox.fetch(r), url, { cres: b64(good) });
    assert.equal(forged.status, 200);
    assert.equal((await api('GET', `/sessions/${after.id}`, 'sk_test_demo')).status, 'requires_action');
    // What the 3DS Server cannot accept ends the challenge at once, with its own Erro (component S).
    for (const [bad, code] of [
      [{ ...good, acsTransID: crypto.randomUUID() }, '301'],
      [{ ...good, messageType: 'CReq' }, '101'],
      [{ ...good, transStatus: 'X' }, '203'],
    ] as const) {
      const { session, after: next } = await confirmed('pm_card_challenge_no_method');
      const n = next.next_action.three_ds_challenge;
      const cres = b64({ ...bad, threeDSServerTransID: n.three_ds_server_trans_id, ...(bad.acsTransID === c.acs_trans_id ? { acsTransID: n.acs_trans_id } : {}) });
      assert.equal((await post((r) => sandbox.fetch(r), url, { cres })).status, 200);
      const ended = await api('GET', `/sessions/${session.id}`, 'sk_test_demo');
      assert.equal(ended.last_error?.code, 'authentication_error', JSON.stringify(bad));
      assert.deepEqual([ended.three_d_secure.error.code, ended.three_d_secure.error.component], [code, 'S']);
      // The ACS's late answer finds the transaction ended: nothing is charged.
      const page_token = await challengePage(next).catch(() => 'none');
      assert.equal(page_token, 'none', 'the ACS no longer offers the challenge');
      assert.equal(await charges(session.id), 0);
    }
    assert.equal((await api('GET', `/sessions/${after.id}`, 'sk_test_demo')).status, 'requires_action', 'other sessions are untouched');
  });

  it('the container frame: only a registered key and origin, framed by that origin only, ACS allowed inside', async () => {
    const frame = (query: Record<string, string>) => sandbox.fetch(new Request(`${sandbox.origins.gateway}/frame/3ds?${new URLSearchParams(query)}`));
    const good = await frame({ key: 'pk_test_demo', origin: 'https://agency.example', channel: 'channel-123456' });
    assert.equal(good.status, 200);
    const csp = good.headers.get('content-security-policy') ?? '';
    assert.match(csp, /frame-ancestors https:\/\/agency\.example(;|$)/);
    assert.ok(csp.includes(`frame-src 'self' ${sandbox.origins.acs}`));
    assert.ok(csp.includes(`form-action ${sandbox.origins.acs}`));
    assert.doesNotMatch(csp, /unsafe/);
    assert.equal((await frame({ key: 'pk_test_demo', origin: 'https://evil.example', channel: 'channel-123456' })).status, 403);
    assert.equal((await frame({ key: 'sk_test_demo', origin: 'https://agency.example', channel: 'channel-123456' })).status, 403);
    assert.equal((await frame({ key: 'pk_test_demo', origin: 'https://agency.example' })).status, 400);
  });
});
