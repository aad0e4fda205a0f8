import { expect, test, type Page } from '@playwright/test';
import { GATEWAY_ORIGIN } from './playwright.config.ts';
import { frame, openCheckout, watchPage } from './support.ts';

// Fonts from the gateway's allowlist (issue 17): a page's appearance names a family; the card
// fields use it only if the gateway lists it, and a hosted family's files come from the gateway's
// own origin (its CSP: font-src 'self'), never from the page's say-so.

const fieldsFrame = (page: Page) => page.frames().find((f) => new URL(f.url()).pathname === '/frame/fields')!;

/** The family the card number input is drawn in, once the fonts the frame asked for have loaded. */
const cardNumberFont = (page: Page) =>
  fieldsFrame(page).evaluate(async () => {
    await document.fonts.ready;
    const input = document.querySelector('input[autocomplete="cc-number"]')!;
    const family = getComputedStyle(input).fontFamily;
    const loaded = [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family.replace(/["']/g, '')} ${face.weight}`);
    return { family, loaded, drawsArabic: document.fonts.check('16px Tajawal', 'دفع') };
  });

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: a hosted Arabic face named in the appearance is loaded from the gateway and draws the card fields`, async ({ page }) => {
    const problems = watchPage(page);
    const fontRequests: string[] = [];
    page.on('request', (r) => r.resourceType() === 'font' && fontRequests.push(r.url()));
    await openCheckout(page, lang);
    await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
    await page.locator('dubai-pay').evaluate((el) => {
      (el as HTMLElement & { appearance: unknown }).appearance = { variables: { fontFamily: 'Tajawal, sans-serif' } };
    });
    await expect.poll(async () => (await cardNumberFont(page)).family, { timeout: 10_000 }).toMatch(/Tajawal/i);
    await expect.poll(async () => (await cardNumberFont(page)).loaded.join(), { timeout: 10_000 }).toMatch(/Tajawal/);
    // Only the scripts on screen are fetched (unicode-range): Latin in English, Arabic (and Latin digits) in Arabic.
    expect((await cardNumberFont(page)).drawsArabic).toBe(lang === 'ar');
    expect(fontRequests.some((url) => url.includes(`-${lang === 'ar' ? 'arabic' : 'latin'}-`))).toBe(true);
    if (lang === 'en') expect(fontRequests.filter((url) => url.includes('-arabic-'))).toEqual([]);
    for (const url of fontRequests) expect(url.startsWith(`${GATEWAY_ORIGIN}/frame/fonts/files/tajawal-`), url).toBe(true);
    expect(problems).toEqual([]);
  });
}

test('a family off the list is left out, and a listed one that is not hosted loads no file', async ({ page }) => {
  const fontRequests: string[] = [];
  page.on('request', (r) => (r.resourceType() === 'font' || r.url().includes('/frame/fonts/')) && fontRequests.push(r.url()));
  await openCheckout(page);
  await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
  await page.locator('dubai-pay').evaluate((el) => {
    (el as HTMLElement & { appearance: unknown }).appearance = { variables: { fontFamily: 'Comic Sans MS, Roboto, serif' } };
  });
  await expect.poll(async () => (await cardNumberFont(page)).family, { timeout: 10_000 }).toMatch(/roboto/i);
  expect((await cardNumberFont(page)).family).not.toMatch(/comic/i);
  expect(fontRequests).toEqual([]);
});
