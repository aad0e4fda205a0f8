import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSandbox } from '@dubai-pay/sandbox';

// WCAG 3.1.1: every HTML document the sandbox serves (gateway, ACS and bank pages, their error
// pages too) says its language and direction on <html>: the page's own where it is known.
const sandbox = createSandbox({ allowedOrigins: ['https://agency.example'] });
const { gateway, acs, bank } = sandbox.origins;
let keyCounter = 0;

async function api(method: string, path: string, token: string, body?: unknown) {
  const response = await sandbox.fetch(
    new Request(`${gateway}/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `html-lang-${++keyCounter}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  return (await response.json()) as Record<string, any>;
}

type Fetcher = (request: Request) => Promise<Response>;
const toGateway: Fetcher = (r) => sandbox.fetch(r);
const toAcs: Fetcher = (r) => sandbox.acsFetch(r);
const toBank: Fetcher = (r) => sandbox.bankFetch(r);
const get = (fetcher: Fetcher, url: string) => fetcher(new Request(url));
const post = (fetcher: Fetcher, url: string, fields: Record<string, string>) =>
  fetcher(new Request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) }));

/** Asserts the response is an HTML document whose <html> says `lang` and its direction; returns the HTML. */
async function speaks(response: Response | Promise<Response>, lang: 'en' | 'ar', status: number): Promise<string> {
  const answer = await response;
  const html = await answer.text();
  assert.equal(answer.status, status, html);
  assert.match(answer.headers.get('content-type') ?? '', /^text\/html/);
  const root = /^<!doctype html><html\b([^>]*)>/i.exec(html);
  assert.ok(root, `an <html> element: ${html.slice(0, 120)}`);
  assert.match(root[1]!, new RegExp(` lang="${lang}"`), `lang="${lang}": ${root[0]}`);
  assert.match(root[1]!, new RegExp(` dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`), root[0]);
  return html;
}

const browserInfo = (language: string) => ({
  language,
  color_depth: 24,
  screen_height: 900,
  screen_width: 1440,
  time_zone_offset: -240,
  user_agent: 'test',
  java_enabled: false,
  javascript_enabled: true,
});

async function session(body: Record<string, unknown> = {}) {
  return api('POST', '/sessions', 'sk_test_demo', { items: [{ description: { en: 'Permit', ar: 'تصريح' }, unit_amount: 5000 }], ...body });
}

/** A card payment waiting for 3-D Secure, from an Arabic browser. */
async function threeDs(token: string) {
  const opened = await session();
  return api('POST', `/sessions/${opened.id}/confirm`, opened.client_secret, { payment_method: token, browser_info: browserInfo('ar-AE') });
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
function creqFor(action: any) {
  const c = action.three_ds_challenge;
  return b64({ threeDSServerTransID: c.three_ds_server_trans_id, acsTransID: c.acs_trans_id, messageType: 'CReq', messageVersion: c.message_version, challengeWindowSize: '02' });
}
const field = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1]?.replace(/&#38;/g, '&') ?? '';

describe('sandbox: every HTML page says its language', () => {
  it('the gateway: the 3-D Secure container and notification pages, the hand-off pages, the return page', async () => {
    const container = `${gateway}/frame/3ds?key=pk_test_demo&origin=${encodeURIComponent('https://agency.example')}&channel=channel-1234`;
    await speaks(get(toGateway, container), 'en', 200);
    await speaks(get(toGateway, `${container}&lang=ar`), 'ar', 200);

    // The 3DS Method notification, while the gateway waits for it: the customer's language.
    const method = (await threeDs('pm_card_mastercard')).next_action.three_ds_method;
    const methodPage = await speaks(post(toAcs, `${acs}/3ds/method`, { threeDSMethodData: method.method_data }), 'ar', 200);
    assert.match(await speaks(post(toGateway, method.notification_url, { threeDSMethodData: field(methodPage, 'threeDSMethodData') }), 'ar', 200), /data-step="method"/);

    // The challenge, then its notification (the challenge has ended by then: English).
    const challenge = (await threeDs('pm_card_challenge_no_method')).next_action;
    const page = await speaks(post(toAcs, `${acs}/3ds/challenge`, { creq: creqFor(challenge) }), 'ar', 200);
    const answer = { acs_trans_id: challenge.three_ds_challenge.acs_trans_id, page_token: field(page, 'page_token') };
    await speaks(post(toAcs, `${acs}/3ds/challenge/answer`, { ...answer, lang: 'ar', action: 'language' }), 'en', 200);
    await speaks(post(toAcs, `${acs}/3ds/challenge/answer`, { ...answer, lang: 'en', action: 'submit', code: '000000' }), 'en', 200);
    const result = await speaks(post(toAcs, `${acs}/3ds/challenge/answer`, { ...answer, lang: 'ar', action: 'submit', code: '123456' }), 'ar', 200);
    assert.match(await speaks(post(toGateway, `${gateway}/3ds/challenge-notification`, { cres: field(result, 'cres') }), 'en', 200), /data-step="challenge"/);

    const opened = await session({ channel: 'kiosk' });
    const handoff = await api('POST', `/sessions/${opened.id}/handoff`, opened.client_secret);
    for (const lang of ['en', 'ar'] as const) {
      await speaks(get(toGateway, `${gateway}/pay/?lang=${lang}`), lang, 200);
      await speaks(post(toGateway, `${gateway}/pay/code?lang=${lang}`, { code: '1', page: 'p' }), lang, 400);
      await speaks(get(toGateway, `${handoff.url}?lang=${lang}`), lang, 200);
      await speaks(get(toGateway, `${gateway}/pay/h/ho_nothing?lang=${lang}`), lang, 410);
      await speaks(get(toGateway, `${gateway}/pay/s?key=pk_test_demo&lang=${lang}`), lang, 200);
    }
    await speaks(get(toGateway, `${gateway}/return`), 'en', 200);
  });

  it('the ACS: its pages for a silent card and an Erro, and its error pages', async () => {
    await speaks(post(toAcs, `${acs}/3ds/challenge`, { creq: creqFor((await threeDs('pm_card_challenge_silent')).next_action) }), 'ar', 200);
    await speaks(post(toAcs, `${acs}/3ds/challenge`, { creq: creqFor((await threeDs('pm_card_acs_erro_creq')).next_action) }), 'ar', 200);
    await speaks(post(toAcs, `${acs}/3ds/method`, { threeDSMethodData: 'nothing' }), 'en', 400);
    await speaks(post(toAcs, `${acs}/3ds/challenge`, { creq: 'e30' }), 'en', 400);
    await speaks(post(toAcs, `${acs}/3ds/challenge/answer`, { acs_trans_id: 'nothing', lang: 'ar', action: 'submit' }), 'ar', 410);
    const challenge = (await threeDs('pm_card_challenge_no_method')).next_action;
    const answer = { acs_trans_id: challenge.three_ds_challenge.acs_trans_id, page_token: 'not-the-page' };
    await speaks(post(toAcs, `${acs}/3ds/challenge/answer`, { ...answer, lang: 'ar', action: 'submit' }), 'ar', 403);
    await speaks(get(toAcs, `${acs}/nothing`), 'en', 404);
  });

  it('the banks: the approval page and every error page, in the page’s language', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const opened = await session();
      const pending = await api('POST', `/sessions/${opened.id}/confirm`, opened.client_secret, {
        direct_debit: { bank: 'dib' },
        return_url: 'https://agency.example/paid',
        locale: lang,
      });
      const approve = pending.next_action.bank_redirect.url;
      const page = await speaks(get(toBank, approve), lang, 200);
      const decide = `${bank}/banks/dib/decide`;
      const form = { session: opened.id, page_token: field(page, 'page_token'), lang: field(page, 'lang') };
      await speaks(post(toBank, decide, { ...form, decision: 'maybe' }), lang, 400);
      await speaks(post(toBank, decide, { ...form, page_token: 'not-the-page', decision: 'approve' }), lang, 403);
      assert.equal((await post(toBank, decide, { ...form, decision: 'approve' })).status, 303);
      await speaks(post(toBank, decide, { ...form, decision: 'approve' }), lang, 410);
      await speaks(get(toBank, approve), lang, 410);
      await speaks(get(toBank, `${bank}/banks/dib/decide?lang=${lang}`), lang, 405);
      await speaks(get(toBank, `${bank}/banks/nobank/approve?lang=${lang}`), lang, 404);
    }
    await speaks(get(toBank, `${bank}/nothing`), 'en', 404);
  });
});
