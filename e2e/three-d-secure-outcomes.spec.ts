import { appendFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { TEST_CARDS, TEST_CHALLENGE_CODE, type TestCard } from '../packages/sandbox/src/payments/test-cards.ts';
import { ACS_ORIGIN, GATEWAY_ORIGIN } from './playwright.config.ts';
import { charges, openCheckout, pay, press, sessionIdOf, typeCard, watchPage, expectReadyToPay } from './support.ts';

// Every test card through the checkout, in English and in Arabic: what the customer sees, what
// the session's `three_d_secure` says, and whether money moved. Four origins: the agency page, the
// gateway (and its 3-D Secure container), the ACS nested in it, the banks.

type Lang = 'en' | 'ar';

/** What the customer reads for each way an attempt ends unpaid, in both languages (the checkout's own words). */
const SEEN: Record<string, Record<Lang, string>> = {
  authentication_failed: { en: 'Your bank could not verify this payment', ar: 'تعذّر على البنك التحقق من هذه الدفعة' },
  authentication_rejected: { en: 'Your bank refused this payment', ar: 'رفض البنك هذه الدفعة' },
  authentication_unavailable: { en: 'Your bank could not verify your card right now', ar: 'تعذّر على البنك التحقق من بطاقتك الآن' },
  authentication_error: { en: 'The verification with your bank did not work', ar: 'لم ينجح التحقق مع البنك' },
  authentication_timed_out: { en: 'The verification with your bank took too long', ar: 'استغرق التحقق مع البنك وقتًا طويلًا' },
  card_declined: { en: 'Your card was declined', ar: 'رُفضت بطاقتك' },
  insufficient_funds: { en: 'Your card has insufficient funds', ar: 'الرصيد غير كافٍ في بطاقتك' },
  expired_card: { en: 'Your card has expired', ar: 'انتهت صلاحية بطاقتك' },
  incorrect_cvc: { en: 'The security code is incorrect', ar: 'رمز الأمان غير صحيح' },
  processing_error: { en: 'Your bank could not process the payment', ar: 'تعذّر على البنك معالجة الدفعة' },
};
const NOT_CHARGED: Record<Lang, string> = { en: 'You have not been charged.', ar: 'لم يُخصم أي مبلغ.' };
const ISSUER: Record<Lang, string> = { en: 'Your bank says: We could not verify this payment.', ar: 'رسالة البنك: لم نتمكن من التحقق من هذه الدفعة.' };

/** How each card ends with the demo agency's policy (A and U are paid): `paid`, or the code the customer is told. */
const ENDS: Record<string, string> = {
  pm_card_challenge_silent: 'authentication_timed_out',
  pm_card_not_authenticated: 'authentication_failed',
  pm_card_rejected: 'authentication_rejected',
  pm_card_challenge_rejected: 'authentication_rejected',
  pm_card_acs_erro_creq: 'authentication_error',
  pm_card_acs_erro_internal: 'authentication_error',
  pm_card_acs_erro_timeout: 'authentication_timed_out',
  pm_card_declined: 'card_declined',
  pm_card_insufficient_funds: 'insufficient_funds',
  pm_card_lost: 'card_declined',
  pm_card_stolen: 'card_declined',
  pm_card_expired: 'expired_card',
  pm_card_incorrect_cvc: 'incorrect_cvc',
  pm_card_processing_error: 'processing_error',
};

const acsFrame = (page: Page) => page.frameLocator('dubai-pay iframe[part="three-ds-frame"]').frameLocator('iframe');

/** The cardholder answers the ACS's code page (the cards whose ACS shows one and answers it). */
const answersCode = (card: TestCard) => card.authentication.ares === 'C' && ['code', 'A', 'U', 'R'].includes(card.authentication.challenge ?? 'code');

async function session(id: string): Promise<Record<string, any>> {
  return (await fetch(`${GATEWAY_ORIGIN}/v1/sessions/${id}`, { headers: { authorization: 'Bearer sk_test_demo' } })).json();
}

function gatewayRequests(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === GATEWAY_ORIGIN && !url.pathname.startsWith('/frame/')) calls.push(`${request.method()} ${url.pathname.replace(/ps_\w+/, '{id}')}`);
  });
  return calls;
}

for (const lang of ['en', 'ar'] as const) {
  for (const card of TEST_CARDS) {
    const ends = ENDS[card.token] ?? 'paid';
    test(`${lang}: ${card.number} (${card.description.en}) → ${ends}`, async ({ page }, info) => {
      test.skip(info.project.name !== 'desktop', 'every card once per language, on the desktop; the phone runs the 3-D Secure spec');
      const problems = watchPage(page);
      await openCheckout(page, lang);
      if (card.authentication.challenge === 'silent') {
        // The client's own limit (10 minutes by default) cut to 3 s: this ACS never answers.
        await page.locator('dubai-pay').evaluate((element) => ((element as unknown as { challengeTimeout: number }).challengeTimeout = 3));
      }
      await typeCard(page, card.number, '12/34', card.brand === 'amex' ? '1234' : '123');
      const calls = gatewayRequests(page);
      await pay(page);
      if (answersCode(card)) {
        await acsFrame(page).locator('#code').fill(TEST_CHALLENGE_CODE);
        await press(acsFrame(page).getByRole('button', { name: lang === 'ar' ? 'تحقّق' : 'Verify' }));
      }
      // The slowest honest ends: the 3DS Method's 10 s, the ACS's own 5 s timeout, the client's 3 s.
      const settled = { timeout: 30_000 };
      const error = page.locator('dubai-pay [part="error"]');
      if (ends === 'paid') await expect(page.locator('dubai-pay [part="receipt"]')).toBeVisible(settled);
      else await expect(error).toContainText(SEEN[ends]![lang], settled);
      const id = await sessionIdOf(page);
      if (ends === 'paid') {
        expect(await charges(id)).toBe(1);
      } else {
        await expect(error).toContainText(NOT_CHARGED[lang]);
        await expect(page.locator('dubai-pay [part="issuer-message"]')).toHaveCount(card.authentication.cardholderInfo ? 1 : 0);
        if (card.authentication.cardholderInfo) await expect(page.locator('dubai-pay [part="issuer-message"]')).toHaveText(new RegExp(`^${ISSUER[lang]}`));
        await expectReadyToPay(page);
        expect(await charges(id)).toBe(0);
      }
      await expect(page.locator('dubai-pay [part="challenge-dialog"]')).toHaveCount(0);
      const tds = (await session(id))['three_d_secure'];
      // The AReq carried the device's own data: its language (not the checkout's), and the Accept header of a document it loaded from the gateway (the card page).
      const messages = await (await fetch(`${GATEWAY_ORIGIN}/_sandbox/sessions/${id}/three_ds_messages`, { headers: { authorization: 'Bearer sk_test_demo' } })).json();
      const areq = messages.messages.find((m: { message: string }) => m.message === 'AReq').fields;
      expect(areq.browserLanguage).toBe(await page.evaluate(() => navigator.language));
      expect(areq.browserAcceptHeader).toMatch(/^text\/html,/);
      expect(areq.browserIP).toMatch(/127\.0\.0\.1|::1/);
      expect(tds.version).toBe(card.authentication.versions.includes('2.3.1') ? '2.3.1' : card.authentication.versions.includes('2.2.0') ? '2.2.0' : '2.1.0');
      expect(tds.flow).toBe(card.authentication.ares === 'C' ? 'challenge' : 'frictionless');
      if (card.authentication.cardholderInfo) {
        // The viewport as the customer sees it, scrolled to the message (a full-page capture re-lays the card frame out).
        await page.locator('dubai-pay [part="error"]').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `e2e/screenshots/${info.project.name}-3ds-outcome-${card.token}-${lang}.png` });
      }
      const line = `| ${lang} | ${card.number} | ${ends} | ${tds.trans_status ?? 'null'} | ${tds.eci ?? '–'} | ${tds.error?.code ?? ''} | ${calls.length}: ${calls.join(', ')} |`;
      console.log(`[3ds-outcome] ${line}`);
      if (process.env['THREE_DS_E2E_TABLE']) appendFileSync(process.env['THREE_DS_E2E_TABLE'], `${line}\n`);
      expect(problems).toEqual([]);
    });
  }
}

test('an agency page that declines U: `three-ds-decline="unavailable"` ends a U card unpaid, with the reason', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'desktop only');
  await openCheckout(page, 'ar');
  await page.locator('dubai-pay').evaluate((element) => element.setAttribute('three-ds-decline', 'unavailable'));
  await typeCard(page, '4000000000002735');
  await pay(page);
  await expect(page.locator('dubai-pay [part="error"]')).toContainText(SEEN['authentication_unavailable']!.ar, { timeout: 20_000 });
  const id = await sessionIdOf(page);
  expect(await charges(id)).toBe(0);
  expect((await session(id))['last_error'].code).toBe('authentication_unavailable');
});

test('an Erro posted to the notification URL ends the challenge at once, not after the 10-minute limit', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'desktop only');
  await openCheckout(page);
  await typeCard(page, '4000000000003063');
  await pay(page);
  const code = acsFrame(page).locator('#code');
  await expect(code).toBeVisible();
  // The ACS frame itself posts an Erro, as an ACS that fails mid-challenge would.
  const acs = page.frames().find((f) => f.url().startsWith(`${ACS_ORIGIN}/3ds/challenge`))!;
  const c = (await session(await sessionIdOf(page)))['next_action'].three_ds_challenge;
  await acs.evaluate(
    ({ url, erro }) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = url;
      const field = Object.assign(document.createElement('input'), { type: 'hidden', name: 'cres', value: erro });
      form.append(field);
      document.body.append(form);
      form.submit();
    },
    {
      url: c.notification_url,
      erro: Buffer.from(
        JSON.stringify({
          threeDSServerTransID: c.three_ds_server_trans_id,
          acsTransID: c.acs_trans_id,
          messageType: 'Erro',
          messageVersion: c.message_version,
          errorCode: '404',
          errorComponent: 'A',
          errorDescription: 'Permanent System Failure',
        }),
      ).toString('base64url'),
    },
  );
  await expect(page.locator('dubai-pay [part="error"]')).toContainText(SEEN['authentication_error']!.en, { timeout: 15_000 });
  const id = await sessionIdOf(page);
  expect(await session(id)).toMatchObject({ status: 'open', three_d_secure: { trans_status: null, error: { code: '404', component: 'A' } } });
  expect(await charges(id)).toBe(0);
});
