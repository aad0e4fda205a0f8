import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSandbox } from '@dubai-pay/sandbox';

// The customer's language travels with the payment as the contract's `locale`: the pages a
// payment leads to (bank, hand-off phone pages and the checkout there) open in it.
const sandbox = createSandbox({ allowedOrigins: ['https://agency.example'] });
const gateway = sandbox.origins.gateway;
let keyCounter = 0;

async function api(path: string, token: string, body: unknown = undefined) {
  const response = await sandbox.fetch(
    new Request(`${gateway}/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `language-${++keyCounter}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as Record<string, any>;
}

const newSession = () => api('/sessions', 'sk_test_demo', { items: [{ description: { en: 'Fine', ar: 'مخالفة' }, unit_amount: 50000 }], channel: 'kiosk' });
const htmlLang = (html: string) => /<html lang="(\w+)" dir="(\w+)"/.exec(html)?.slice(1);

describe('sandbox: the customer’s language travels with the payment (locale)', () => {
  for (const locale of ['ar', 'en'] as const) {
    it(`a hand-off asked in ${locale}: the link, its page and the checkout it opens are in ${locale}`, async () => {
      const session = await newSession();
      const handoff = await api(`/sessions/${session.id}/handoff`, session.client_secret, { locale });
      const link = new URL(handoff.url);
      assert.equal(link.searchParams.get('lang'), locale);
      const landing = await (await sandbox.fetch(new Request(link))).text();
      assert.deepEqual(htmlLang(landing), [locale, locale === 'ar' ? 'rtl' : 'ltr']);
      const other = locale === 'ar' ? 'en' : 'ar';
      assert.match(landing, new RegExp(`<nav><a href="\\?lang=${other}" lang="${other}">`), 'switchable there');
      // The landing page's form keeps the language, and so does the checkout it leads to.
      const action = /<form method="post" action="([^"]+)"/.exec(landing)?.[1] ?? '';
      const used = await sandbox.fetch(new Request(new URL(action.replaceAll('&#38;', '&'), gateway), { method: 'POST' }));
      assert.equal(used.status, 303);
      const checkout = new URL(used.headers.get('location')!, gateway);
      assert.equal(checkout.searchParams.get('lang'), locale);
      const page = await (await sandbox.fetch(new Request(checkout))).text();
      assert.deepEqual(htmlLang(page), [locale, locale === 'ar' ? 'rtl' : 'ltr']);
      assert.match(page, new RegExp(`<dubai-pay [^>]*locale="${locale}"`), 'the receipt there is in the same language');
      const switched = /<nav><a href="\?([^"]+)" lang="(\w+)">/.exec(page);
      assert.equal(switched?.[2], other);
      const query = new URLSearchParams(switched?.[1]?.replaceAll('&#38;', '&'));
      assert.deepEqual([query.get('lang'), query.get('key')], [other, 'pk_test_demo'], 'the switch keeps the page, in the other language');
    });

    it(`a direct debit confirmed in ${locale}: the bank's page opens in ${locale}, with a switch to the other`, async () => {
      const session = await newSession();
      const pending = await api(`/sessions/${session.id}/confirm`, session.client_secret, { direct_debit: { bank: 'dib' }, locale });
      const url = new URL(pending.next_action.bank_redirect.url);
      assert.equal(url.searchParams.get('lang'), locale);
      const page = await (await sandbox.bankFetch(new Request(url))).text();
      assert.deepEqual(htmlLang(page), [locale, locale === 'ar' ? 'rtl' : 'ltr']);
      const other = locale === 'ar' ? 'en' : 'ar';
      assert.match(page, new RegExp(`<nav><a href="[^"]*lang=${other}[^"]*" lang="${other}">`));
    });
  }

  it('without a locale, the hand-off link says no language (its pages are in English, switchable)', async () => {
    const session = await newSession();
    const handoff = await api(`/sessions/${session.id}/handoff`, session.client_secret);
    assert.equal(new URL(handoff.url).search, '');
    const landing = await (await sandbox.fetch(new Request(handoff.url))).text();
    assert.deepEqual(htmlLang(landing), ['en', 'ltr']);
  });

  it('a locale the contract does not know is refused, not guessed', async () => {
    const session = await newSession();
    const response = await sandbox.fetch(
      new Request(`${gateway}/v1/sessions/${session.id}/handoff`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.client_secret}`, 'content-type': 'application/json', 'idempotency-key': `language-${++keyCounter}` },
        body: JSON.stringify({ locale: 'fr' }),
      }),
    );
    assert.equal(response.status, 400);
  });
});
