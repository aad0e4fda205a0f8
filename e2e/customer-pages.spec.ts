import { expect, test, type Locator, type Page } from '@playwright/test';
import { ACS_ORIGIN, BANK_ORIGIN, PAGE_ORIGIN } from './playwright.config.ts';
import { check, frame, openCheckout, pay, payButton, press, typeCard, valuesAwayFromLabels, watchPage } from './support.ts';

// The pages where the customer confirms and keeps a payment (the bank's approval page, the card
// bank's challenge page, the receipt), in both languages: who is paid, values beside their
// labels in Arabic as in English, and a screenshot of each (e2e/screenshots/issue18-*.png).

const LANGS = ['en', 'ar'] as const;

/** The first face of an element's font stack: an Arabic one for Arabic (system-ui first gave Firefox DejaVu Sans). */
const firstFace = (target: Locator) => target.evaluate((element) => getComputedStyle(element).fontFamily.split(',')[0]!.trim().replace(/["']/g, ''));
const FACE = { ar: 'Noto Sans Arabic', en: 'system-ui' };

/** The whole page; or, for a modal dialog (`fullPage: false`), the viewport it fills and dims: a full-page capture left the page above the fold undimmed. */
async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/issue18-${name}.png`, fullPage });
  // As support's shot(): after a full-page capture, give every frame its geometry afresh, or the
  // pointer may not reach the ACS's nested frame again.
  const size = page.viewportSize();
  if (size) {
    await page.setViewportSize({ width: size.width + 1, height: size.height });
    await page.setViewportSize(size);
  }
}

const acs = (page: Page) => page.frameLocator('dubai-pay iframe[part="three-ds-frame"]').frameLocator('iframe');
const receipt = (page: Page) => page.locator('dubai-pay [part="receipt"]');

test.beforeEach(() => test.skip(test.info().project.name !== 'desktop', 'desktop screenshots'));
// A device set to UTC (the case: it showed 10:33 for a 14:33 Dubai payment).
test.use({ timezoneId: 'UTC' });

/** The receipt says Dubai's time with its zone (UTC+4 all year), the authorisation code and the traffic file typed. */
async function expectReceiptFacts(page: Page, lang: 'en' | 'ar'): Promise<void> {
  const rows = await receipt(page)
    .locator('dt')
    .evaluateAll((dts) => Object.fromEntries(dts.map((dt) => [dt.textContent?.trim(), dt.nextElementSibling?.textContent?.trim()])));
  const issued = new Date(await page.locator('dubai-pay').evaluate((el) => (el as unknown as { checkout: { receipt: { issuedAt: string } } }).checkout.receipt.issuedAt));
  const hour = (issued.getUTCHours() + 4) % 24;
  const clock = `${hour % 12 || 12}:${String(issued.getUTCMinutes()).padStart(2, '0')}`;
  const time = rows[lang === 'ar' ? 'التاريخ والوقت' : 'Date and time'] ?? '';
  expect(time).toContain(clock);
  expect(time.endsWith(lang === 'ar' ? ' بتوقيت الإمارات' : ' GST')).toBe(true);
  expect(rows[lang === 'ar' ? 'رمز التفويض' : 'Authorisation code']).toMatch(/^[A-Z2-9]{6}$/);
  expect(rows[lang === 'ar' ? 'رقم الملف المروري' : 'Traffic file number']).toBe('12345678');
}

for (const lang of LANGS) {
  test(`the bank's approval page and the receipt after it (${lang})`, async ({ page }) => {
    const problems = watchPage(page);
    await openCheckout(page, lang);
    await check(page.locator('dubai-pay input[value="direct_debit"]'));
    await check(page.locator('dubai-pay input[name="bank"][value="adcb"]'));
    await press(payButton(page));
    await page.waitForURL((url) => url.origin === BANK_ORIGIN);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('dl')).toContainText(lang === 'ar' ? 'هيئة الطرق والمواصلات' : 'Roads and Transport Authority');
    expect(await valuesAwayFromLabels(page.locator('dl'))).toEqual([]);
    expect(await firstFace(page.locator('h1'))).toBe(FACE[lang]);
    await screenshot(page, `bank-${lang}`);
    await press(page.getByRole('button', { name: lang === 'ar' ? 'الموافقة على الدفع' : 'Approve payment' }));
    await page.waitForURL((url) => url.origin === PAGE_ORIGIN);
    await expect(receipt(page)).toBeVisible();
    // The bank by its name in the receipt's language, never its id.
    await expect(receipt(page)).toContainText(lang === 'ar' ? 'بنك أبوظبي التجاري' : 'Abu Dhabi Commercial Bank');
    await expect(receipt(page).locator('dd')).not.toContainText(['adcb']);
    expect(await valuesAwayFromLabels(receipt(page).locator('dl'))).toEqual([]);
    await expectReceiptFacts(page, lang);
    await screenshot(page, `receipt-bank-${lang}`);
    expect(problems).toEqual([]);
  });

  test(`the card bank's challenge page and the receipt after it (${lang})`, async ({ page }) => {
    const problems = watchPage(page);
    await openCheckout(page, lang);
    expect(await firstFace(frame(page).locator('input[autocomplete="cc-number"]'))).toBe(FACE[lang]);
    await typeCard(page, '4000 0000 0000 3063');
    await pay(page);
    await expect(acs(page).locator('#code')).toBeVisible();
    await expect(acs(page).locator('html')).toHaveAttribute('lang', lang);
    await expect(acs(page).locator('dl')).toContainText(lang === 'ar' ? 'هيئة الطرق والمواصلات' : 'Roads and Transport Authority');
    expect(await valuesAwayFromLabels(acs(page).locator('dl'))).toEqual([]);
    expect(await firstFace(acs(page).locator('h1'))).toBe(FACE[lang]);
    await screenshot(page, `acs-${lang}`, false);
    const answered = page.waitForEvent('framenavigated', { predicate: (f) => f.url().startsWith(`${ACS_ORIGIN}/3ds/challenge/answer`), timeout: 20_000 });
    await acs(page).locator('#code').fill('123456');
    await press(acs(page).getByRole('button', { name: lang === 'ar' ? 'تحقّق' : 'Verify' }));
    await answered;
    await expect(receipt(page)).toBeVisible({ timeout: 20_000 });
    expect(await valuesAwayFromLabels(receipt(page).locator('dl'))).toEqual([]);
    await expectReceiptFacts(page, lang);
    await screenshot(page, `receipt-card-${lang}`);
    expect(problems).toEqual([]);
  });
}
