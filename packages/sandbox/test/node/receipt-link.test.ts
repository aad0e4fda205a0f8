import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSandbox } from '@dubai-pay/sandbox';

// "Send to my phone": a paid session's receipt on the gateway, by a short-lived read-only link.
// Tried as an attacker would: unpaid sessions, another session's secret, wrong, replaced, expired
// and hand-off tokens; and what the page shows must be that receipt and nothing of the session.
const sandbox = createSandbox({ allowedOrigins: ['https://agency.example'] });
const gateway = sandbox.origins.gateway;
let keyCounter = 0;

async function api(path: string, token: string, body: unknown = {}) {
  const response = await sandbox.fetch(
    new Request(`${gateway}/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `receipt-link-${++keyCounter}-test` },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function session(reference: string) {
  const { body } = await api('/sessions', 'sk_test_demo', { items: [{ description: { en: 'Parking fine', ar: 'مخالفة وقوف' }, unit_amount: 25000 }], channel: 'ivr', reference });
  return body;
}

async function paid(reference: string) {
  const open = await session(reference);
  const { body } = await api(`/sessions/${open.id}/confirm`, 'sk_test_demo', { payment_method: 'pm_card_visa' });
  assert.equal(body.status, 'succeeded');
  return body;
}

const page = async (url: string) => {
  const response = await sandbox.fetch(new Request(url));
  return { status: response.status, text: await response.text(), headers: response.headers };
};

describe('sandbox: receipt links ("send to my phone")', () => {
  it('a paid session’s receipt, in the language asked, read-only: reloading it changes nothing', async () => {
    const s = await paid('PLATE-A-12345');
    const { status, body: link } = await api(`/sessions/${s.id}/receipt_link`, s.client_secret, { locale: 'ar' });
    assert.equal(status, 200);
    assert.equal(link.object, 'receipt_link');
    assert.equal(new URL(link.url).origin, gateway);
    assert.match(new URL(link.url).pathname, /^\/pay\/r\/rl_\w{40,}$/);
    assert.equal(new URL(link.url).searchParams.get('lang'), 'ar');
    const minutes = (Date.parse(link.expires_at) - Date.now()) / 60_000;
    assert.ok(minutes > 14.9 && minutes <= 15, `${minutes}`);
    const first = await page(link.url);
    assert.equal(first.status, 200);
    assert.match(first.text, /<html lang="ar" dir="rtl"/);
    assert.ok(first.text.includes(s.receipt.number) && first.text.includes(s.receipt.authorization_code), 'number and authorisation code');
    assert.ok(first.text.includes('PLATE-A-12345'), 'the payer’s reference');
    assert.ok(first.text.includes('بتوقيت الإمارات'), 'Dubai time, its zone said');
    assert.ok(first.text.includes('VISA •••• 4242'), 'the card masked');
    assert.equal(first.headers.get('cache-control'), 'no-store');
    assert.equal(first.headers.get('referrer-policy'), 'no-referrer');
    assert.equal((await page(link.url)).status, 200, 'not single use: a preview or a reload does not spend it');
    const english = await page(`${link.url.split('?')[0]}?lang=en`);
    assert.match(english.text, /<html lang="en" dir="ltr"/);
    assert.match(english.text, /Payment successful/);
    assert.match(english.text, /GST/);
  });

  it('reveals nothing but the receipt: no session id, no client secret, nothing that pays, no form', async () => {
    const s = await paid('REF-B');
    const { body: link } = await api(`/sessions/${s.id}/receipt_link`, s.client_secret);
    const { text } = await page(link.url);
    assert.ok(!text.includes(s.id), 'no session id');
    assert.ok(!text.includes(s.client_secret), 'no client secret');
    assert.ok(!/<form|\/pay\/s|\/pay\/h\/|<dubai-pay|<iframe/.test(text), 'nothing that opens or pays a session');
  });

  it('no link for a session that is not paid', async () => {
    const s = await session('REF-C');
    const { status, body } = await api(`/sessions/${s.id}/receipt_link`, s.client_secret);
    assert.equal(status, 409);
    assert.equal(body.error.code, 'session_not_paid');
  });

  it('one session’s secret cannot make a link to another session’s receipt', async () => {
    const mine = await paid('REF-MINE');
    const theirs = await paid('REF-THEIRS');
    const { status, body } = await api(`/sessions/${theirs.id}/receipt_link`, mine.client_secret);
    assert.ok(status === 401 || status === 403 || status === 404, `${status}`);
    assert.equal(body.link, undefined);
    // And a link made for mine shows mine only.
    const { body: link } = await api(`/sessions/${mine.id}/receipt_link`, mine.client_secret);
    const { text } = await page(link.url);
    assert.ok(text.includes('REF-MINE') && !text.includes('REF-THEIRS') && !text.includes(theirs.receipt.number));
  });

  it('wrong, altered, replaced and hand-off tokens get 410, saying nothing of any session', async () => {
    const s = await paid('REF-D');
    const { body: first } = await api(`/sessions/${s.id}/receipt_link`, s.client_secret);
    const { body: second } = await api(`/sessions/${s.id}/receipt_link`, s.client_secret);
    const replaced = await page(first.url);
    assert.equal(replaced.status, 410, 'a new link replaces the last');
    assert.ok(!replaced.text.includes(s.receipt.number));
    const token = new URL(second.url).pathname.split('/').pop()!;
    const altered = `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`;
    for (const path of [`/pay/r/${altered}`, '/pay/r/rl_', '/pay/r/%00', `/pay/r/${token}x`]) assert.equal((await page(`${gateway}${path}`)).status, 410, path);
    // A payment hand-off's token is not a receipt token, nor the other way round.
    const open = await session('REF-E');
    const { body: handoff } = await api(`/sessions/${open.id}/handoff`, open.client_secret);
    const handoffToken = new URL(handoff.url).pathname.split('/').pop()!;
    assert.equal((await page(`${gateway}/pay/r/${handoffToken}`)).status, 410);
    const asHandoff = await sandbox.fetch(new Request(`${gateway}/pay/h/${token}`, { method: 'POST' }));
    assert.equal(asHandoff.status, 410);
    assert.equal((await page(second.url)).status, 200, 'the good one still works');
  });

  it('expires after fifteen minutes', async () => {
    const s = await paid('REF-F');
    const { body: link } = await api(`/sessions/${s.id}/receipt_link`, s.client_secret, { locale: 'en' });
    const advance = async (ms: number) =>
      sandbox.fetch(
        new Request(`${gateway}/_sandbox/clock`, {
          method: 'POST',
          headers: { authorization: 'Bearer sk_test_demo', 'content-type': 'application/json' },
          body: JSON.stringify({ advance_ms: ms }),
        }),
      );
    await advance(14 * 60_000);
    assert.equal((await page(link.url)).status, 200);
    await advance(60_000 + 1);
    const expired = await page(link.url);
    assert.equal(expired.status, 410);
    assert.match(expired.text, /expired/);
    assert.ok(!expired.text.includes(s.receipt.number));
  });
});
