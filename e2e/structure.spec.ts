import { expect, test, type Locator, type Page } from '@playwright/test';
import { BANK_ORIGIN, GATEWAY_ORIGIN } from './playwright.config.ts';
import { axeViolations, check, frame, openCheckout, payButton, press, SECRET } from './support.ts';

// WCAG 2.2 AA, the pages' structure: one h1 on each page, in both languages (1.3.1, 2.4.6); the
// bank's pages, error pages too, say their language (3.1.1); the fee-lookup example's ARIA in
// its error state; a focus ring that stands out from what is around it (1.4.11).

// These run once, at the desktop size (the phone-sized hand-off page makes its own context).
test.beforeEach(() => test.skip(test.info().project.name !== 'desktop', 'runs once'));

/** Exactly one h1, shadow roots included, saying `name`. */
async function oneHeading(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(name);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.locator('h1').count()).toBe(1);
}

const HEADINGS = {
  agency: { en: 'Pay for an e-service', ar: 'الدفع مقابل خدمة إلكترونية' },
  kiosk: { en: 'Government services', ar: 'الخدمات الحكومية' },
  webview: { en: 'Pay', ar: 'الدفع' },
  handoff: { en: 'Finish a payment on this phone', ar: 'إتمام دفعة على هذا الهاتف' },
  feeLookup: { en: 'Pay a government fee', ar: 'دفع رسوم حكومية' },
};

for (const lang of ['en', 'ar'] as const) {
  const query = lang === 'ar' ? '?lang=ar' : '';

  test.describe(`one h1 on each page (${lang})`, () => {
    test('the agency page, at the payment step too', async ({ page }) => {
      await openCheckout(page, lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await oneHeading(page, HEADINGS.agency[lang]);
    });

    test('the kiosk', async ({ page }) => {
      await page.goto(`/kiosk/${query}`);
      await expect(page.locator('dubai-pay-services button[part="entity"]').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await oneHeading(page, HEADINGS.kiosk[lang]);
    });

    test('the webview page', async ({ page }) => {
      await page.goto(`/webview/${query}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
      await oneHeading(page, HEADINGS.webview[lang]);
    });

    test('the fee lookup', async ({ page }) => {
      await page.goto(`/fee-lookup/${query}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await oneHeading(page, HEADINGS.feeLookup[lang]);
    });

    test('the hand-off pages on the phone: the link, then the checkout', async ({ browser }) => {
      const session = (await (
        await fetch(`${GATEWAY_ORIGIN}/v1/sessions`, {
          method: 'POST',
          headers: { ...SECRET, 'idempotency-key': crypto.randomUUID() },
          body: JSON.stringify({ items: [{ description: { en: 'Traffic fine', ar: 'مخالفة مرورية' }, unit_amount: 60000 }], channel: 'kiosk' }),
        })
      ).json()) as { id: string };
      const made = await fetch(`${GATEWAY_ORIGIN}/v1/sessions/${session.id}/handoff`, { method: 'POST', headers: { ...SECRET, 'idempotency-key': crypto.randomUUID() } });
      const handoff = (await made.json()) as { url: string };
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await phone.newPage();
      await page.goto(`${handoff.url}${query}`);
      await oneHeading(page, HEADINGS.handoff[lang]);
      await press(page.getByRole('button'));
      await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
      expect(new URL(page.url()).pathname).toBe('/pay/s');
      await oneHeading(page, HEADINGS.handoff[lang]);
      await phone.close();
    });
  });
}

test.describe('axe', () => {
  // axe is injected as a script: lifted CSP for these checks only (see accessibility.spec.ts).
  test.use({ bypassCSP: true });

  for (const lang of ['en', 'ar'] as const) {
    test(`the bank's approval page and its error pages (${lang})`, async ({ page }) => {
      await openCheckout(page, lang);
      await check(page.locator('dubai-pay input[value="direct_debit"]'));
      await check(page.locator('dubai-pay input[name="bank"][value="dib"]'));
      await press(payButton(page));
      await page.waitForURL((url) => url.origin === BANK_ORIGIN);
      const approval = page.url();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      expect(await axeViolations(page)).toEqual([]);
      // Approved: the same address now says the request no longer waits (410).
      await press(page.locator('button.approve'));
      await page.waitForURL((url) => url.origin !== BANK_ORIGIN);
      expect((await page.goto(approval))?.status()).toBe(410);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      expect(await axeViolations(page)).toEqual([]);
      expect((await page.goto(`${BANK_ORIGIN}/banks/nobank/approve?lang=${lang}`))?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('the fee lookup with a field in error', async ({ page }) => {
    await page.goto('/fee-lookup/');
    await page.locator('#query').fill('traffic fines payment');
    await press(page.locator('#services button').first());
    await page.locator('#input-plate_number').fill('!!');
    await press(page.locator('#inputs button[type=submit]'));
    await expect(page.locator('#input-plate_number')).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(page)).toEqual([]);
  });
});

/** The contrast ratio of an element's focus ring against the colour behind it (the nearest opaque background outside it). */
async function focusRingContrast(target: Locator): Promise<number> {
  return target.evaluate((element) => {
    if (!element.matches(':focus-visible')) throw new Error('no focus ring: the element is not :focus-visible');
    const rgb = (color: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return { channels: [r, g, b], alpha: a };
    };
    // WCAG 2.x relative luminance and contrast ratio.
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r!, g!, b!].map((c) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    const style = getComputedStyle(element);
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) throw new Error(`no visible outline: ${style.outline}`);
    const ring = rgb(style.outlineColor);
    if (ring.alpha < 1) throw new Error(`a translucent ring: ${style.outlineColor}`);
    // The ring is drawn around the element, over its parents' background.
    let behind = { channels: [255, 255, 255], alpha: 1 };
    for (let node = element.parentElement; node; node = node.parentElement) {
      const background = rgb(getComputedStyle(node).backgroundColor);
      if (background.alpha === 1) {
        behind = background;
        break;
      }
    }
    const [lighter, darker] = [luminance(ring.channels), luminance(behind.channels)].sort((a, b) => b - a);
    return (lighter! + 0.05) / (darker! + 0.05);
  });
}

test('the fee lookup’s focus ring is at least 3:1 against what is around it, on the page and on the brand bar', async ({ page }) => {
  await page.goto('/fee-lookup/');
  await expect(page.locator('#services button').first()).toBeVisible();
  // Keyboard focus, as a person moves it: the language button on the bar, then the fields.
  await page.keyboard.press('Tab');
  await expect(page.locator('#language')).toBeFocused();
  expect(await focusRingContrast(page.locator('#language'))).toBeGreaterThanOrEqual(3);
  await page.locator('#query').focus();
  expect(await focusRingContrast(page.locator('#query'))).toBeGreaterThanOrEqual(3);
  await page.keyboard.press('Tab');
  await expect(page.locator('#services button').first()).toBeFocused();
  expect(await focusRingContrast(page.locator('#services button').first())).toBeGreaterThanOrEqual(3);
});
