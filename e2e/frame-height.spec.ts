import { expect, test, type Page } from '@playwright/test';
import { check, frame, openCheckout, payButton, press } from './support.ts';

// The hosted fields' frame is exactly as tall as what it shows, in every state: no blank band
// under the last field (it pushed Pay below the fold) and nothing cut off. Measured inside the
// frame (the bottom of its lowest visible element, and the room for that field's focus ring)
// against the iframe's height on the page.

/** The iframe's height less the bottom of the lowest visible thing in it: > 0 a blank band, < 0 cut off. */
async function slack(page: Page): Promise<number> {
  const iframe = page.locator('dubai-pay iframe[part="frame"]');
  const height = await iframe.evaluate((e) => e.getBoundingClientRect().height);
  const inside = await (await iframe.elementHandle())!.contentFrame();
  const bottom = await inside!.evaluate(() => {
    let lowest = 0;
    for (const element of document.body.querySelectorAll('*')) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const rect = element.getBoundingClientRect();
      if (rect.height > 0) lowest = Math.max(lowest, rect.bottom + window.scrollY);
    }
    // The body's padding is the room for the last field's focus ring (3 px outline, 1 px offset): part of what is shown.
    const ring = Number.parseFloat(getComputedStyle(document.body).paddingBlockEnd);
    return ring <= 5 ? lowest + ring : Number.NaN;
  });
  return Math.round((height - bottom) * 10) / 10;
}

/**
 * The frame as the customer sees it: a viewport capture with the frame scrolled to the middle. A
 * full-page capture paints a cross-origin frame only partly in Chromium (a false blank band).
 */
async function frameShot(page: Page, name: string): Promise<void> {
  await page.locator('dubai-pay iframe[part="frame"]').evaluate((iframe) => iframe.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: `e2e/screenshots/${test.info().project.name}-${name}.png`, fullPage: false });
}

async function expectFits(page: Page, state: string): Promise<void> {
  // The frame reports its height as it changes: wait for the page to have taken it.
  await expect.poll(() => slack(page), { message: `${state}: iframe height minus content bottom` }).toBeGreaterThanOrEqual(0);
  await expect.poll(() => slack(page), { message: `${state}: iframe height minus content bottom` }).toBeLessThanOrEqual(2);
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: the card and e-Dirham frames fit their content: empty, with errors, at 320 px`, async ({ page }) => {
    await openCheckout(page, lang);
    await expectFits(page, 'card, empty');
    // Pay with nothing typed: every field shows its error.
    await press(payButton(page));
    await expect(frame(page).locator('[role="alert"], .error, [aria-invalid="true"]').first()).toBeVisible();
    await expectFits(page, 'card, errors shown');
    await frameShot(page, `frame-height-${lang}-card-errors`);
    await check(page.locator('dubai-pay input[value="edirham"]'));
    await expect(frame(page).locator('input[type="password"]')).toBeVisible();
    await expectFits(page, 'e-Dirham, empty');
    await press(payButton(page));
    await expectFits(page, 'e-Dirham, errors shown');
    await page.setViewportSize({ width: 320, height: 640 });
    await expectFits(page, 'e-Dirham at 320 px, errors shown');
    await check(page.locator('dubai-pay input[value="card"]'));
    await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
    await expectFits(page, 'card at 320 px');
    await press(payButton(page));
    await expectFits(page, 'card at 320 px, errors shown');
    await frameShot(page, `frame-height-${lang}-320-card-errors`);
  });
}
