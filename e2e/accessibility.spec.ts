import { expect, test, type Frame, type Page } from '@playwright/test';
import { axeViolations, pay, press } from './support.ts';

// WCAG 2.2 AA, checked with axe-core in the page and inside the hosted fields frame (another
// origin: axe is injected into it by the test driver), in both languages; and a whole payment
// made with the keyboard alone.

function hostedFields(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/frame/fields'));
  if (!frame) throw new Error('no hosted fields frame');
  return frame;
}

test.describe('axe', () => {
  // axe is injected as a script: the pages' CSP (Trusted Types) rightly refuses it, so the test
  // driver lifts CSP for these checks only. Every other spec runs under the CSP.
  test.use({ bypassCSP: true });

  for (const lang of ['en', 'ar'] as const) {
    test(`no axe violations on the checkout page and in the hosted fields (${lang})`, async ({ page }) => {
      await page.goto(`/agency-web/${lang === 'ar' ? '?lang=ar' : ''}`);
      await page.locator('dubai-pay #input-traffic_file_number').fill('12345678');
      await press(page.locator('dubai-pay [part="submit-button"]'));
      await expect(page.frameLocator('dubai-pay iframe[part="frame"]').locator('input[autocomplete="cc-number"]')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(await axeViolations(hostedFields(page))).toEqual([]);
      // With the fields' own error messages showing.
      await page.frameLocator('dubai-pay iframe[part="frame"]').locator('input[autocomplete="cc-number"]').pressSequentially('4242424242424241');
      await page.frameLocator('dubai-pay iframe[part="frame"]').locator('input[autocomplete="cc-exp"]').focus();
      expect(await axeViolations(hostedFields(page))).toEqual([]);
    });

    test(`no axe violations with the 3-D Secure dialog open, page and bank page (${lang})`, async ({ page }) => {
      await page.goto(`/agency-web/${lang === 'ar' ? '?lang=ar' : ''}`);
      await page.locator('dubai-pay #input-traffic_file_number').fill('12345678');
      await press(page.locator('dubai-pay [part="submit-button"]'));
      const fields = page.frameLocator('dubai-pay iframe[part="frame"]');
      await fields.locator('input[autocomplete="cc-number"]').pressSequentially('4000000000003063');
      await fields.locator('input[autocomplete="cc-exp"]').pressSequentially('1234');
      await fields.locator('input[autocomplete="cc-csc"]').pressSequentially('123');
      await pay(page);
      const acs = page.frameLocator('dubai-pay iframe[part="three-ds-frame"]').frameLocator('iframe');
      await expect(acs.locator('#code')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      const acsFrame = page.frames().find((f) => f.url().endsWith('/3ds/challenge'));
      expect(await axeViolations(acsFrame!)).toEqual([]);
      // The question asked before stopping (Escape on our part of the dialog: in the bank's page, which has focus, keys are the bank's).
      await page.locator('dubai-pay [part="challenge-cancel-button"]').focus();
      await page.keyboard.press('Escape');
      await expect(page.locator('dubai-pay [part="challenge-confirm"]')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('a whole payment with the keyboard alone', async ({ page }) => {
  await page.goto('/agency-web/');
  const tabUntil = async (check: () => Promise<boolean>, limit = 30) => {
    for (let i = 0; i < limit; i++) {
      if (await check()) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('focus never got there');
  };
  await tabUntil(() =>
    page.locator('dubai-pay #input-traffic_file_number').evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el),
  );
  await page.keyboard.type('12345678');
  await page.keyboard.press('Enter'); // submits the inputs form
  const frame = page.frameLocator('dubai-pay iframe[part="frame"]');
  await expect(frame.locator('input[autocomplete="cc-number"]')).toBeVisible();
  // Into the frame with Tab, like any other field.
  await tabUntil(() => frame.locator('input[autocomplete="cc-number"]').evaluate((el) => document.activeElement === el));
  await page.keyboard.type('4242424242424242');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1234');
  await page.keyboard.press('Tab');
  await page.keyboard.type('123');
  // Out of the frame to Pay (past the optional name field).
  await tabUntil(() => page.locator('dubai-pay [part="pay-button"]').evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el));
  await page.keyboard.press('Enter');
  await expect(page.locator('dubai-pay [part="receipt"]')).toContainText('VISA •••• 4242');
  await expect(page.locator('dubai-pay #receipt-title')).toBeFocused();
});
