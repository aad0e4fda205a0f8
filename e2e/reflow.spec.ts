import { expect, test, type Page } from '@playwright/test';
import { BANK_ORIGIN } from './playwright.config.ts';
import { check, openCheckout, pay, payButton, press, typeCard } from './support.ts';

// WCAG 1.4.10 Reflow: at 320 CSS px wide nothing scrolls sideways, in the page nor in any of its
// frames (the hosted fields, the 3-D Secure container, the bank's own page), in both languages.
// 320x640 is a phone; 320x200 is a 1280x800 window zoomed to 400%.

const SIZES = [
  { width: 320, height: 640 },
  { width: 320, height: 200 },
];

/** Every document on the screen that is wider than its window (hidden, zero-sized frames aside). */
async function sidewaysScrolling(page: Page): Promise<string[]> {
  const wide: string[] = [];
  for (const target of page.frames()) {
    const { scrollWidth, width } = await target.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth }));
    if (width > 0 && scrollWidth > width) wide.push(`${target.url()}: ${scrollWidth} > ${width}`);
  }
  return wide;
}

async function expectReflow(page: Page, lang: 'en' | 'ar'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  expect(await sidewaysScrolling(page)).toEqual([]);
}

for (const size of SIZES) {
  test.describe(`${size.width}x${size.height}`, () => {
    test.use({ viewport: size });
    test.beforeEach(() => test.skip(test.info().project.name !== 'desktop', 'sets its own viewport'));

    for (const lang of ['en', 'ar'] as const) {
      test(`the agency checkout page (${lang})`, async ({ page }) => {
        await openCheckout(page, lang);
        await expectReflow(page, lang);
      });

      test(`the kiosk page (${lang})`, async ({ page }) => {
        await page.goto(`/kiosk/${lang === 'ar' ? '?lang=ar' : ''}`);
        await expect(page.locator('dubai-pay-services button[part="entity"]').first()).toBeVisible();
        await expectReflow(page, lang);
      });

      test(`the bank's approval page, with its references (${lang})`, async ({ page }) => {
        await openCheckout(page, lang);
        await check(page.locator('dubai-pay input[value="direct_debit"]'));
        await check(page.locator('dubai-pay input[name="bank"][value="adcb"]'));
        await press(payButton(page));
        // The checkout passes its language on to the bank.
        await page.waitForURL((url) => url.origin === BANK_ORIGIN && url.pathname === '/banks/adcb/approve');
        await expect(page.locator('dd bdi').last()).toHaveText('12345678'); // the traffic file number, not the internal id
        await expectReflow(page, lang);
      });

      test(`the 3-D Secure challenge, the bank's page in the checkout's dialog (${lang})`, async ({ page }) => {
        await openCheckout(page, lang);
        await typeCard(page, '4000000000003063');
        await pay(page);
        await expect(page.frameLocator('dubai-pay iframe[part="three-ds-frame"]').frameLocator('iframe').locator('#code')).toBeVisible();
        await expectReflow(page, lang);
        const acsFrame = page.frames().find((f) => f.url().endsWith('/3ds/challenge'));
        expect(await acsFrame?.evaluate(() => document.documentElement.lang)).toBe(lang);
      });
    }
  });
}
