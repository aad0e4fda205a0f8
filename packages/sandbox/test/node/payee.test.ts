import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSandbox } from '@dubai-pay/sandbox';

// Who is paid, and for what, where the customer confirms a payment (the bank's and the ACS's
// pages): the entity by its name in the page's language, and the references the customer
// recognises (the agency's, the plate or file number typed), never the gateway's internal ids.
const sandbox = createSandbox({ allowedOrigins: ['https://agency.example'] });
let keyCounter = 0;
const browserInfo = {
  language: 'en-US',
  color_depth: 24,
  screen_height: 900,
  screen_width: 1440,
  time_zone_offset: -240,
  user_agent: 'test',
  java_enabled: false,
  javascript_enabled: true,
};

async function api(path: string, token: string, body: unknown) {
  const response = await sandbox.fetch(
    new Request(`${sandbox.origins.gateway}/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `payee-test-${++keyCounter}` },
      body: JSON.stringify(body),
    }),
  );
  const json = (await response.json()) as Record<string, any>;
  assert.equal(response.status, 200, JSON.stringify(json));
  return json;
}

/** A licence renewal at RTA, for traffic file 12345678, with the agency's own reference. */
async function rtaSession() {
  const quote = await api('/quotes', 'sk_test_demo', { service: 'rta-driving-licence-renewal', inputs: { traffic_file_number: '12345678' } });
  return api('/sessions', 'sk_test_demo', { quote_id: quote.id, reference: 'RTA-REN-2026-0042' });
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('sandbox: the payee and the references on the bank’s and the ACS’s pages', () => {
  for (const [lang, payee, fileLabel, reference] of [
    ['ar', 'هيئة الطرق والمواصلات', 'رقم الملف المروري', 'المرجع'],
    ['en', 'Roads and Transport Authority', 'Traffic file number', 'Reference'],
  ] as const) {
    it(`the bank page (${lang}): the entity, the agency's reference and the file number, not the session id`, async () => {
      const session = await rtaSession();
      const pending = await api(`/sessions/${session.id}/confirm`, session.client_secret, { direct_debit: { bank: 'adcb' }, locale: lang });
      const page = text(await (await sandbox.bankFetch(new Request(pending.next_action.bank_redirect.url))).text());
      assert.ok(page.includes(payee), page);
      assert.ok(!page.includes('Demo agency'), 'the agency’s internal name is not the payee');
      assert.ok(page.includes(`${reference} RTA-REN-2026-0042`), page);
      assert.ok(page.includes(`${fileLabel} 12345678`), page);
      assert.ok(!page.includes(session.id), 'no internal id');
    });

    it(`the ACS challenge page (${lang}): the entity by its ${lang} name`, async () => {
      const session = await rtaSession();
      const after = await api(`/sessions/${session.id}/confirm`, session.client_secret, { payment_method: 'pm_card_challenge_no_method', browser_info: browserInfo, locale: lang });
      const c = after.next_action.three_ds_challenge;
      const creq = Buffer.from(
        JSON.stringify({
          threeDSServerTransID: c.three_ds_server_trans_id,
          acsTransID: c.acs_trans_id,
          messageType: 'CReq',
          messageVersion: c.message_version,
          challengeWindowSize: '02',
        }),
      ).toString('base64url');
      const response = await sandbox.acsFetch(
        new Request(`${sandbox.origins.acs}/3ds/challenge`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ creq }),
        }),
      );
      const page = text(await response.text());
      assert.ok(page.includes(payee), page);
      assert.ok(!page.includes('Demo agency'));
    });
  }

  it('a session made from items names the agency, in the page’s language', async () => {
    const session = await api('/sessions', 'sk_test_demo', { items: [{ description: { en: 'Permit', ar: 'تصريح' }, unit_amount: 5000 }] });
    const pending = await api(`/sessions/${session.id}/confirm`, session.client_secret, { direct_debit: { bank: 'dib' }, locale: 'ar' });
    const page = text(await (await sandbox.bankFetch(new Request(pending.next_action.bank_redirect.url))).text());
    assert.ok(page.includes('الجهة التجريبية'), page);
    assert.ok(!page.includes(session.id));
  });
});
