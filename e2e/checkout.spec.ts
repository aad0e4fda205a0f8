import { expect, test, type Page } from '@playwright/test';
import { GATEWAY_ORIGIN, PAGE_ORIGIN } from './playwright.config.ts';
import {
  charges,
  check,
  frame,
  openCheckout,
  pay,
  payButton,
  press,
  resetSandboxLimits,
  SECRET,
  sessionCreated,
  shot as shotAs,
  typeCard,
  watchPage,
  expectReadyToPay,
} from './support.ts';

const shot = (page: Page, name: string) => shotAs(page, `checkout-${name}`);

// <dubai-pay> on the agency example page (localhost) with the hosted fields from the gateway
// (127.0.0.1): two origins, a strict CSP, real key presses into the frame.

// Its decline tests tokenize some twenty cards in seconds: each test starts with the limits' counts forgotten.
test.beforeEach(resetSandboxLimits);

test('pays by card in English, focus on the receipt, charged once', async ({ page }) => {
  const problems = watchPage(page);
  await openCheckout(page);
  await shot(page, 'en-1-details');
  await typeCard(page, '4242424242424242');
  await expect(frame(page).locator('input[autocomplete="cc-number"]')).toHaveValue('4242 4242 4242 4242');
  const session = await sessionCreated(page, () => pay(page));
  await expect(page.locator('dubai-pay [part="receipt"]')).toContainText('VISA •••• 4242');
  await expect(page.locator('dubai-pay #receipt-title')).toBeFocused();
  await expect(page.locator('#outcome')).toContainText('Paid. Receipt DXB-');
  await shot(page, 'en-2-receipt');
  expect(await charges(session.id)).toBe(1);
  expect(problems).toEqual([]);
});

test('pays by e-Dirham in Arabic, right to left, digits left to right', async ({ page }) => {
  const problems = watchPage(page);
  await openCheckout(page, 'ar');
  await expect(page.locator('dubai-pay [part="base"]')).toHaveAttribute('dir', 'rtl');
  await check(page.locator('dubai-pay input[value="edirham"]'));
  const number = frame(page).locator('input[name="edirham-number"], input[inputmode="numeric"]').first();
  await expect(number).toBeVisible();
  await number.pressSequentially('٧٨٤٠٠٠٠٠٠٠٠٠٠٠٠٩'); // Arabic-Indic digits
  await frame(page).locator('input[type="password"]').pressSequentially('1234');
  await shot(page, 'ar-1-edirham');
  await expectReadyToPay(page);
  const session = await sessionCreated(page, () => pay(page));
  await expect(page.locator('dubai-pay [part="receipt"]')).toContainText('0009');
  await expect(page.locator('dubai-pay #receipt-title')).toHaveText('تمت عملية الدفع بنجاح');
  await shot(page, 'ar-2-receipt');
  expect(await charges(session.id)).toBe(1);
  expect(problems).toEqual([]);
});

// A session takes five attempts (then it fails for good), so the reasons come in two rounds,
// each on its own session and each ending in a payment. A lost or stolen card is a plain decline
// in the browser (that reason would help a card tester; the agency's server sees it).
const DECLINES = {
  en: [
    [
      ['4000000000000002', /Your card was declined/],
      ['4000000000009995', /insufficient funds/],
      ['4000000000009987', /Your card was declined. Try another card/],
      ['4000000000009979', /Your card was declined. Try another card/],
    ],
    [
      ['4000000000000069', /Your card has expired/],
      ['4000000000000127', /security code is incorrect/],
      ['4000000000000119', /could not process/],
    ],
  ],
  ar: [
    [
      ['4000000000000002', /رُفضت بطاقتك/],
      ['4000000000009995', /الرصيد غير كافٍ/],
      ['4000000000009987', /رُفضت بطاقتك. جرّب بطاقة/],
      ['4000000000009979', /رُفضت بطاقتك. جرّب بطاقة/],
    ],
    [
      ['4000000000000069', /انتهت صلاحية بطاقتك/],
      ['4000000000000127', /رمز الأمان غير صحيح/],
      ['4000000000000119', /تعذّر على البنك معالجة الدفعة/],
    ],
  ],
} satisfies Record<'en' | 'ar', [string, RegExp][][]>;

for (const lang of ['en', 'ar'] as const) {
  test(`shows each decline reason in ${lang === 'en' ? 'English' : 'Arabic'}, then pays with another card`, async ({ page }) => {
    const problems = watchPage(page);
    for (const [round, declines] of DECLINES[lang].entries()) {
      await openCheckout(page, lang);
      let session: { id: string } | undefined;
      for (const [index, [number, message]] of declines.entries()) {
        await typeCard(page, number);
        // The session is opened at the first attempt and kept for the next ones.
        if (index === 0) session = await sessionCreated(page, () => pay(page));
        else await pay(page);
        await expect(page.locator('dubai-pay [part="error"]')).toContainText(message);
        if (round === 0 && index === 0) {
          // What the customer sees: the reason brought into view by the checkout. A viewport capture
          // (Chromium's full-page one paints the hosted fields' frame only partly: a false blank band, the reason cut off).
          // (block: 'nearest': its bottom at the viewport's, to a fraction of a pixel.)
          await expect(page.locator('dubai-pay [part="error"]')).toBeInViewport({ ratio: 0.99 });
          await page.screenshot({ path: `e2e/screenshots/${test.info().project.name}-checkout-${lang}-declined.png` });
        }
      }
      await typeCard(page, '4242424242424242');
      await pay(page);
      await expect(page.locator('dubai-pay [part="receipt"]')).toBeVisible();
      expect(await charges(session!.id)).toBe(1);
    }
    expect(problems).toEqual([]);
  });
}

test('a double click on Pay pays once', async ({ page }) => {
  await openCheckout(page);
  await typeCard(page, '4242424242424242');
  const session = await sessionCreated(page, async () => {
    await press(payButton(page), { double: true });
  });
  await expect(page.locator('dubai-pay [part="receipt"]')).toBeVisible();
  expect(await charges(session.id)).toBe(1);
});

test('a session that expires before paying ends on a clear error, not a charge', async ({ page }) => {
  await page.goto('/server-session/');
  await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
  await fetch(`${GATEWAY_ORIGIN}/_sandbox/clock`, { method: 'POST', headers: SECRET, body: JSON.stringify({ advance_ms: 31 * 60 * 1000 }) });
  await typeCard(page, '4242424242424242');
  await pay(page);
  // The gateway said the session expired: only then may "not charged" be said.
  await expect(page.locator('dubai-pay [part="error"]')).toContainText('This payment has expired. Please start again. You have not been charged.');
  await shot(page, 'en-expired');
});

test('a session created by the agency server is paid with its client secret, and fulfilled on its verified webhook', async ({ page }) => {
  await page.goto('/server-session/?lang=ar');
  await expect(page.locator('dubai-pay [part="total"]')).toContainText('2,020.00');
  await typeCard(page, '378282246310005', '12/34', '1234'); // Amex: 4-digit CVC
  await pay(page);
  await expect(page.locator('dubai-pay [part="receipt"]')).toContainText('AMEX •••• 0005');
  // The permit is issued only on the agency server's word, after the gateway's signed webhook reached it.
  await expect(page.locator('#order-status')).toHaveAttribute('data-state', 'fulfilled', { timeout: 20_000 });
  await expect(page.locator('#order-status')).toContainText('أكّدت الجهة الدفع وأصدرت التصريح');
  await shot(page, 'ar-server-session-receipt');
});

// A card number that appears nowhere on the page (the demo page lists the common test cards).
test('a hostile script on the agency page captures no card number, CVC or PIN', async ({ page }) => {
  // Everything a script on the page can reach: keys, DOM and shadow roots, mutations, messages.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    for (const type of ['keydown', 'keypress', 'keyup', 'input', 'change', 'paste', 'beforeinput']) {
      window.addEventListener(type, (event) => seen.push(`${type}:${(event as KeyboardEvent).key ?? ''}:${(event.target as HTMLInputElement)?.value ?? ''}`), true);
    }
    window.addEventListener('message', (event) => seen.push(`message:${JSON.stringify(event.data)}`), true);
    const walk = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) seen.push(`text:${node.textContent}`);
        const element = node as HTMLElement;
        if (element.shadowRoot) walk(element.shadowRoot);
        if (element instanceof HTMLInputElement) seen.push(`value:${element.value}`);
        if (element instanceof HTMLIFrameElement) {
          try {
            seen.push(`frame:${element.contentWindow?.document.body.textContent}`);
          } catch (error) {
            seen.push(`frame-blocked:${(error as Error).name}`);
          }
        }
      }
    };
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) seen.push(`mutation:${r.target.textContent ?? ''}:${(r.target as Element).getAttribute?.(r.attributeName ?? '') ?? ''}`);
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      setInterval(() => walk(document), 50);
    });
  });
  await openCheckout(page);
  await typeCard(page, '4000056655665556', '11/33', '918');
  await check(page.locator('dubai-pay input[value="edirham"]'));
  await frame(page).locator('input[type="password"]').pressSequentially('9876');
  await check(page.locator('dubai-pay input[value="card"]'));
  await typeCard(page, '4000056655665556', '11/33', '918');
  await pay(page);
  await expect(page.locator('dubai-pay [part="receipt"]')).toBeVisible();
  await page.waitForTimeout(200);
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.join('\n'));
  const digits = seen.replace(/[\s\u2000-\u206f]/g, '');
  expect(seen.length).toBeGreaterThan(1000); // it did see the page
  expect(digits).not.toContain('4000056655665556');
  expect(seen).not.toContain('4000 0566 5566 5556');
  expect(seen).not.toContain('11/33');
  expect(seen).not.toMatch(/\b918\b/);
  expect(seen).not.toMatch(/keydown:[0-9]/); // no key typed in the frame reached the page
  expect(seen).not.toContain('9876');
  expect(seen).toContain('frame-blocked:SecurityError'); // reading the loaded frame's document throws
  expect(new URL(page.url()).origin).toBe(PAGE_ORIGIN);
});
