import { expect, test, type Page } from '@playwright/test';
import { GATEWAY_ORIGIN } from './playwright.config.ts';
import { openCheckout, pay, press, shot, typeCard, watchPage } from './support.ts';

// The receipt a citizen keeps: printed or saved as a PDF (the print layout: the receipt alone, no
// controls, A4, in the checkout's language and direction), or sent to their phone by a
// short-lived, read-only receipt link (a QR code and a link) that opens the gateway's receipt page.

const receipt = (page: Page) => page.locator('dubai-pay [part="receipt"]');

async function paid(page: Page, lang: 'en' | 'ar'): Promise<string> {
  await openCheckout(page, lang);
  await typeCard(page, '4242424242424242');
  await pay(page);
  await expect(receipt(page)).toContainText('4242');
  return (await receipt(page).locator('bdi').first().textContent())!.trim();
}

/** Everything a customer could press or type in, in the page and in the checkout's shadow root, that is rendered. */
function visibleControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document, ...[...document.querySelectorAll('dubai-pay')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
    return roots.flatMap((root) =>
      [...root.querySelectorAll('button, a[href], input, select, textarea, iframe, summary')]
        .filter((e) => e.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        .map((e) => `${e.localName}:${(e.textContent ?? '').trim().slice(0, 30)}`),
    );
  });
}

/** The PDF's pages and the names of the fonts it embeds (Chromium writes both as plain PDF objects). */
function pdfFacts(pdf: Buffer): { pages: number; fonts: string[]; a4: boolean } {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  const fonts = [...new Set([...text.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[1]!))];
  const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  // A4 is 595 × 842 points.
  const a4 = box !== null && Math.abs(Number(box[1]) - 595) < 2 && Math.abs(Number(box[2]) - 842) < 2;
  return { pages, fonts, a4 };
}

/**
 * How the receipt's values lie at the width the page has now: the values that are one token each
 * (receipt number, masked card, authorisation code) that broke onto a second line, and every value
 * that reaches outside the receipt's list (or the list outside the receipt's box).
 */
function valueLayout(page: Page): Promise<{ broken: string[]; outside: string[] }> {
  return receipt(page).evaluate((section) => {
    const list = section.querySelector('dl')!.getBoundingClientRect();
    const box = section.getBoundingClientRect();
    const broken = [...section.querySelectorAll('dd bdi[dir="ltr"]')].filter((b) => b.getClientRects().length !== 1).map((b) => b.textContent ?? '');
    const outside = [...section.querySelectorAll('dd')]
      .filter((dd) => {
        const r = dd.getBoundingClientRect();
        return r.left < list.left - 0.5 || r.right > list.right + 0.5 || dd.scrollWidth > dd.clientWidth;
      })
      .map((dd) => dd.textContent ?? '');
    if (list.left < box.left || list.right > box.right || section.scrollWidth > section.clientWidth) outside.push('the list');
    return { broken, outside };
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: print and save as PDF: the receipt alone, no controls, one A4 page`, async ({ page }) => {
    const problems = watchPage(page);
    const number = await paid(page, lang);
    const print = receipt(page).locator('[part="print-button"]');
    await expect(print).toHaveText(lang === 'en' ? 'Print or save as PDF' : 'اطبع أو احفظ بصيغة PDF');
    await page.emulateMedia({ media: 'print' });
    await expect(receipt(page)).toBeVisible();
    for (const text of [number, lang === 'en' ? 'GST' : 'بتوقيت الإمارات', 'VISA •••• 4242', lang === 'en' ? 'Authorisation code' : 'رمز التفويض'])
      await expect(receipt(page)).toContainText(text);
    expect(await visibleControls(page), 'nothing to press in print').toEqual([]);
    await expect(page.locator('header.bar')).toBeHidden();
    await expect(page.locator('.test-cards')).toBeHidden();
    await expect(page.locator('dubai-pay [part="base"]')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    // A4's width less 2 × 15 mm margins is 180 mm = 680 CSS px.
    expect(await receipt(page).evaluate((e) => e.getBoundingClientRect().width)).toBeLessThanOrEqual(681);
    if (lang === 'ar') {
      // RTL: the labels on the right, their values to their left.
      const [label, value] = await receipt(page).evaluate((e) =>
        [e.querySelector('dt')!.getBoundingClientRect(), e.querySelector('dd')!.getBoundingClientRect()].map((r) => ({ left: r.left, right: r.right })),
      );
      expect(value!.right).toBeLessThanOrEqual(label!.left + 1);
    }
    await shot(page, `receipt-${lang}-print`);
    const pdf = pdfFacts(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    expect(pdf.pages, 'one page').toBe(1);
    expect(pdf.a4, 'an A4 sheet').toBe(true);
    if (lang === 'ar')
      expect(
        pdf.fonts.some((font) => /Arabic/i.test(font)),
        `an Arabic face embedded: ${pdf.fonts.join(', ')}`,
      ).toBe(true);
    expect(problems).toEqual([]);
  });

  test(`${lang}: at 320 px a value is never cut inside (receipt number, card) and nothing overflows`, async ({ page }) => {
    test.skip(test.info().project.name !== 'desktop', 'sets its own viewport');
    const number = await paid(page, lang);
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      const { broken, outside } = await valueLayout(page);
      expect(broken, `values cut across lines at ${width} px`).toEqual([]);
      expect(outside, `values outside the receipt at ${width} px`).toEqual([]);
      // Heading, list and items stand apart (on screen they touched: 0 px).
      const gaps = await receipt(page).evaluate((e) => {
        const [h3, dl, ul] = ['h3', 'dl', 'ul'].map((s) => e.querySelector(s)!.getBoundingClientRect());
        return [dl!.top - h3!.bottom, ul!.top - dl!.bottom];
      });
      for (const gap of gaps) expect(gap, `the receipt's parts apart at ${width} px`).toBeGreaterThanOrEqual(8);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The one-token values each on one line: as tall as a line of text.
    const heights = await receipt(page).evaluate((e) =>
      [...e.querySelectorAll('dd bdi[dir="ltr"]')].map((b) => b.getBoundingClientRect().height / parseFloat(getComputedStyle(b).lineHeight)),
    );
    for (const lines of heights) expect(lines).toBeLessThan(1.5);
    await expect(receipt(page)).toContainText(number);
    await shot(page, `receipt-${lang}-320`);
  });

  test(`${lang}: send to my phone: a QR code and link to a read-only receipt page in the same language`, async ({ page, context }) => {
    const problems = watchPage(page);
    const number = await paid(page, lang);
    const linkMade = page.waitForResponse((r) => r.url().endsWith('/receipt_link') && r.request().method() === 'POST');
    await press(receipt(page).locator('[part="send-to-phone-button"]'));
    const made = await linkMade;
    expect(made.status()).toBe(200);
    const { expires_at: expiresAt } = (await made.json()) as { expires_at: string };
    // Until when, as the gateway said (not the device's clock), in Dubai time.
    const until = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-AE-u-nu-latn' : 'en-AE', { timeStyle: 'short', timeZone: 'Asia/Dubai' }).format(new Date(expiresAt));
    const qr = page.locator('dubai-pay [part="send-to-phone-qr"]');
    await expect(qr).toBeVisible();
    await expect(qr).toHaveAttribute('aria-label', lang === 'en' ? 'QR code of the receipt link' : 'رمز QR لرابط الإيصال');
    await expect(page.locator('dubai-pay [part="send-to-phone"]')).toContainText(until);
    await shot(page, `receipt-${lang}-send-to-phone`);
    const url = (await page.locator('dubai-pay [part="send-to-phone-link"]').getAttribute('href'))!;
    expect(new URL(url).origin).toBe(GATEWAY_ORIGIN);
    expect(new URL(url).searchParams.get('lang')).toBe(lang);
    // In print the link and its QR code are not part of the receipt.
    await page.emulateMedia({ media: 'print' });
    await expect(qr).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // The citizen's phone.
    const phone = await context.newPage();
    const phoneProblems = watchPage(phone);
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(url);
    await expect(phone.locator('html')).toHaveAttribute('lang', lang);
    await expect(phone.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(phone.locator('article')).toContainText(number);
    await expect(phone.locator('article')).toContainText(lang === 'en' ? 'Driving licence' : 'رخصة القيادة');
    await expect(phone.locator('[data-print]')).toBeVisible();
    expect(await phone.locator('form, iframe, dubai-pay, input').count(), 'nothing to pay with').toBe(0);
    await shot(phone, `receipt-phone-${lang}`);
    // Switched to the other language, the same receipt.
    await expect(phone.locator('nav a')).toHaveText(lang === 'en' ? 'العربية' : 'English');
    await phone.locator('nav a').click();
    await expect(phone.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'ar' : 'en');
    await expect(phone.locator('article')).toContainText(number);
    // Printed from the phone: the receipt alone.
    await phone.emulateMedia({ media: 'print' });
    await expect(phone.locator('[data-print]')).toBeHidden();
    await expect(phone.locator('nav')).toBeHidden();
    expect(phoneProblems).toEqual([]);
    expect(problems).toEqual([]);
  });
}
