import { expect, test, type Page } from '@playwright/test';
import { BANK_ORIGIN, GATEWAY_ORIGIN, PAGE_ORIGIN } from './playwright.config.ts';
import { charges, check, openCheckout, payButton, press, sessionIdOf, shot as shotAs, watchPage, expectReadyToPay } from './support.ts';

// Direct debit at the five banks (their approval pages on 127.0.0.1:4112), from the agency page
// (localhost:4100, strict CSP): by full-page redirect and back, and in a popup.

const shot = (page: Page, name: string) => shotAs(page, `bank-${name}`);
const errorBox = (page: Page) => page.locator('dubai-pay [part="error"]');

async function sessionStatus(id: string): Promise<{ status: string; last_error: { code: string } | null }> {
  return (await fetch(`${GATEWAY_ORIGIN}/v1/sessions/${id}`, { headers: { authorization: 'Bearer sk_test_demo' } })).json();
}

async function chooseBank(page: Page, bank: string, lang: 'en' | 'ar'): Promise<void> {
  await openCheckout(page, lang);
  await check(page.locator('dubai-pay input[value="direct_debit"]'));
  await check(page.locator(`dubai-pay input[name="bank"][value="${bank}"]`));
}

/** Pays by direct debit and lands on the bank's approval page (the banks' origin). */
async function toTheBank(page: Page, bank: string, lang: 'en' | 'ar' = 'en'): Promise<void> {
  await chooseBank(page, bank, lang);
  await press(payButton(page));
  await page.waitForURL((url) => url.pathname === `/banks/${bank}/approve`);
  expect(new URL(page.url()).origin).toBe(BANK_ORIGIN);
}

const BANKS = { cbd: 'Commercial Bank of Dubai', dib: 'Dubai Islamic Bank', adcb: 'Abu Dhabi Commercial Bank', adib: 'Abu Dhabi Islamic Bank', unb: 'Union National Bank' };
const DECISIONS = {
  approve: { en: 'Approve payment', ar: 'الموافقة على الدفع' },
  reject: { en: 'Reject', ar: 'رفض' },
  abandon: { en: 'Cancel and go back', ar: 'إلغاء والعودة' },
};

for (const [bank, name] of Object.entries(BANKS)) {
  test.describe(`${name} (${bank})`, () => {
    test('approved: back on the agency page with the receipt, charged once', async ({ page }) => {
      const problems = watchPage(page);
      await toTheBank(page, bank);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('h1')).toHaveText(name);
      // Who is paid and for what, as the customer knows them: the entity, the traffic file typed.
      await expect(page.locator('dl')).toContainText('PayeeRoads and Transport Authority');
      await expect(page.locator('dl')).toContainText('Traffic file number12345678');
      await expect(page.locator('dl')).not.toContainText('ps_');
      await expect(page.locator('dd bdi').first()).toContainText('AED 320.00');
      if (bank === 'dib') await shot(page, 'en-approval');
      await press(page.getByRole('button', { name: DECISIONS.approve.en }));
      await page.waitForURL((url) => url.origin === PAGE_ORIGIN);
      await expect(page.locator('dubai-pay [part="receipt"]')).toContainText(`Paid with${name}`); // the bank by its name, not its id
      expect(new URL(page.url()).searchParams.has('dubai_pay_session')).toBe(false);
      expect(await charges(await sessionIdOf(page))).toBe(1);
      expect(problems).toEqual([]);
    });

    test('rejected, in Arabic: the reason shown, the same bank still chosen, nothing charged', async ({ page }) => {
      const problems = watchPage(page);
      await toTheBank(page, bank, 'ar');
      // The checkout's language travelled (the confirm's locale), not the browser's (en-AE here).
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.getByRole('button', { name: DECISIONS.approve.ar })).toBeVisible();
      await expect(page.locator('dl')).toContainText('المستفيدهيئة الطرق والمواصلات');
      await expect(page.locator('dl')).toContainText('رقم الملف المروري12345678');
      if (bank === 'adcb') await shot(page, 'ar-approval');
      await press(page.getByRole('button', { name: DECISIONS.reject.ar }));
      await page.waitForURL((url) => url.origin === PAGE_ORIGIN);
      await expect(errorBox(page)).toContainText('لم يوافق البنك على الدفعة');
      await expect(page.locator(`dubai-pay input[name="bank"][value="${bank}"]`)).toBeChecked();
      const id = await sessionIdOf(page);
      expect(await charges(id)).toBe(0);
      expect(await sessionStatus(id)).toMatchObject({ status: 'open', last_error: { code: 'bank_rejected' } });
      expect(problems).toEqual([]);
    });

    test('abandoned: the reason shown, and paying again at the bank then works', async ({ page }) => {
      const problems = watchPage(page);
      await toTheBank(page, bank);
      await press(page.getByRole('button', { name: DECISIONS.abandon.en }));
      await page.waitForURL((url) => url.origin === PAGE_ORIGIN);
      await expect(errorBox(page)).toContainText('The bank approval was not completed');
      const id = await sessionIdOf(page);
      expect(await sessionStatus(id)).toMatchObject({ status: 'open', last_error: { code: 'bank_abandoned' } });
      await press(payButton(page));
      await page.waitForURL((url) => url.pathname === `/banks/${bank}/approve`);
      await press(page.getByRole('button', { name: DECISIONS.approve.en }));
      await page.waitForURL((url) => url.origin === PAGE_ORIGIN);
      await expect(page.locator('dubai-pay [part="receipt"]')).toBeVisible();
      expect(await charges(id)).toBe(1);
      expect(problems).toEqual([]);
    });
  });
}

test.describe('in a popup (bank-approval="popup")', () => {
  async function toTheBankInAPopup(page: Page, bank: string) {
    await chooseBank(page, bank, 'en');
    await page.locator('dubai-pay').evaluate((element) => element.setAttribute('bank-approval', 'popup'));
    const opened = page.waitForEvent('popup');
    await press(payButton(page));
    const popup = await opened;
    await popup.waitForURL((url) => url.pathname === `/banks/${bank}/approve`);
    expect(new URL(page.url()).origin).toBe(PAGE_ORIGIN); // the page itself stays
    return popup;
  }

  test('approved in the popup: it closes itself and the page shows the receipt, charged once', async ({ page }) => {
    const problems = watchPage(page);
    const popup = await toTheBankInAPopup(page, 'cbd');
    await expect(page.locator('dubai-pay [role="status"]').filter({ hasText: 'bank’s window' })).toBeVisible();
    const closed = popup.waitForEvent('close');
    await press(popup.getByRole('button', { name: DECISIONS.approve.en }));
    await closed;
    await expect(page.locator('dubai-pay [part="receipt"]')).toContainText('Commercial Bank of Dubai', { timeout: 10_000 });
    expect(await charges(await sessionIdOf(page))).toBe(1);
    expect(problems).toEqual([]);
  });

  test('the popup closed before answering: abandoned, nothing charged, the page ready again', async ({ page }) => {
    const problems = watchPage(page);
    const popup = await toTheBankInAPopup(page, 'unb');
    await popup.close();
    await expect(errorBox(page)).toContainText('The bank approval was not completed', { timeout: 10_000 });
    await expectReadyToPay(page);
    expect(await charges(await sessionIdOf(page))).toBe(0);
    expect(problems).toEqual([]);
  });
});
