import { createRequire } from 'node:module';
import { expect, test, type ElementHandle, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { GATEWAY_ORIGIN } from './playwright.config.ts';

// Shared by the end-to-end specs: the agency example page, the hosted fields, the sandbox's counters.

export const SECRET = { authorization: 'Bearer sk_test_demo', 'content-type': 'application/json' };

/**
 * Forgets the sandbox's abuse-limit counts. Every browser of a run is one client (127.0.0.1) to
 * them, so a spec that pays and declines many cards would otherwise spend the next tests' share
 * (tokenizations per minute, declines per card): a run on a fast machine crossed 30 a minute.
 */
export async function resetSandboxLimits(): Promise<void> {
  const response = await fetch(`${GATEWAY_ORIGIN}/_sandbox/limits/reset`, { method: 'POST', headers: SECRET });
  if (!response.ok) throw new Error(`the sandbox's limits could not be reset: ${response.status}`);
}

export async function charges(sessionId: string): Promise<number> {
  const response = await fetch(`${GATEWAY_ORIGIN}/_sandbox/sessions/${sessionId}/charges`, { headers: SECRET });
  return ((await response.json()) as { charges: number }).charges;
}

/** The 3DS Method completion indicator the gateway got for a session (Y, N or U). */
export async function methodCompletion(sessionId: string): Promise<string | null> {
  const response = await fetch(`${GATEWAY_ORIGIN}/_sandbox/sessions/${sessionId}/charges`, { headers: SECRET });
  return ((await response.json()) as { three_ds_method_completion: string | null }).three_ds_method_completion;
}

export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content.Security.Policy|Trusted Type|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return problems;
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${test.info().project.name}-${name}.png`, fullPage: true });
  // A full-page capture lays the page out at its whole height for a moment. Afterwards Chromium
  // may keep routing input to a nested cross-origin frame (the ACS inside the gateway's 3-D Secure
  // container) by that moment's geometry: the pointer never reached the ACS's button again (1 run
  // in 8). Setting the viewport again gives every frame its geometry afresh.
  const size = page.viewportSize();
  if (size) {
    await page.setViewportSize({ width: size.width + 1, height: size.height });
    await page.setViewportSize(size);
  }
}

/** The hosted fields in use: the checkout's own frame, or the one the agency's server rendered for it to take over. */
export const frame = (page: Page): FrameLocator => page.frameLocator('dubai-pay iframe[part="frame"], dubai-pay > iframe[slot="fields"]');
export const payButton = (page: Page) => page.locator('dubai-pay [part="pay-button"]');

/**
 * Brings the mouse pointer over an element and waits until the browser delivers it there.
 *
 * Why: the driver scrolls a target into view just before it presses it, and right after such a
 * scroll Chromium may still route input by the previous layout of an out-of-process (cross-origin)
 * frame, for a moment, on a loaded machine. A press sent then lands in the hosted fields' frame
 * where the button was before the scroll (seen: the Pay click arriving in the frame as a click on
 * the card number input, at the button's old place). A person's pointer is over a button before
 * they press it; so is the tests'. Moving a pointer does nothing a press could; once it arrives,
 * the press goes where the page says the element is.
 */
export async function pointTo(target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  await target.scrollIntoViewIfNeeded();
  const mouse = target.page().mouse;
  for (let attempt = 0; attempt < 60; attempt++) {
    await target.evaluate((element) => {
      const marked = element as Element & { dubaiPayPointerArrived?: boolean };
      marked.dubaiPayPointerArrived = false;
      const seen = (event: Event) => {
        if (!event.composedPath().includes(element)) return;
        marked.dubaiPayPointerArrived = true;
        for (const type of ['pointermove', 'pointerover']) removeEventListener(type, seen, true);
      };
      for (const type of ['pointermove', 'pointerover']) addEventListener(type, seen, true);
    });
    const box = await target.boundingBox();
    if (!box) throw new Error('pointTo: the element has no box');
    // From just outside the element onto its middle: a real movement, even when the pointer was
    // left on that very spot by the last press (a move to where it already is is not delivered).
    await mouse.move(Math.max(0, box.x - 4), Math.max(0, box.y - 4));
    await mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
    const arrived = await target.evaluate(
      (element) =>
        new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve((element as Element & { dubaiPayPointerArrived?: boolean }).dubaiPayPointerArrived === true))),
    );
    if (arrived) return;
    // The browser is still catching up with a layout (a loaded machine): give it a moment more each time.
    await target.page().waitForTimeout(Math.min(50 * (attempt + 1), 500));
  }
  throw new Error('pointTo: the browser never delivered the pointer to the element');
}

/**
 * Clicks an element once the pointer is over it (see `pointTo`), and makes sure the click itself
 * reached that element. Why: under load, a nested cross-origin frame (the ACS inside the gateway's
 * 3-D Secure container) may take the pointer and still lose the press that follows (seen once in
 * five loaded runs). The click is sent again only when that very element never saw it: if its
 * document went away (a form posted), the click arrived; no element is ever clicked twice.
 */
export async function press(target: Locator, options: { double?: boolean } = {}): Promise<void> {
  await deliverClick(target, () => (options.double ? target.dblclick() : target.click()));
}

/** Taps an element on a touch screen, once the browser delivers input at its place (see `pointTo`, `press`). */
export async function tap(target: Locator): Promise<void> {
  await deliverClick(target, () => target.tap());
}

type Watched = Element & { dubaiPayClicked?: boolean };

async function deliverClick(target: Locator, click: () => Promise<void>): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await pointTo(target);
    // The element itself, not the locator: after a navigation the locator finds the next page's twin.
    const element = await target.elementHandle();
    if (!element) throw new Error('press: the element is gone');
    await element.evaluate((node) => {
      const watched = node as Watched;
      watched.dubaiPayClicked = false;
      const seen = (event: Event) => {
        if (event.composedPath().includes(node)) watched.dubaiPayClicked = true;
      };
      addEventListener('click', seen, true);
    });
    await click();
    if (await clickArrived(element)) return;
  }
  throw new Error('press: the browser never delivered the click to the element');
}

async function clickArrived(element: ElementHandle): Promise<boolean> {
  try {
    return await element.evaluate(
      (node) => new Promise<boolean>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve((node as Watched).dubaiPayClicked === true)))),
    );
  } catch (error) {
    // The element's document was replaced (a submit navigated): only the click can have done it.
    if (/context was destroyed|disposed|detached|Target .*closed|frame was detached/i.test(String(error))) return true;
    throw error;
  }
}

/** Checks a radio or checkbox by clicking it, once the pointer is over it (see `pointTo`). */
export async function check(target: Locator): Promise<void> {
  await pointTo(target);
  await target.check();
}

/** Presses Pay (a click, or a tap on touch screens) and waits until the hosted fields ask the gateway for a token. */
/** Waits until the checkout has all it needs (Pay is never disabled: pressed early, it says what is missing). */
export async function expectReadyToPay(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page
        .locator('dubai-pay, dubai-pay-kiosk')
        .first()
        .evaluate((element) => (element as HTMLElement & { readyToPay: boolean }).readyToPay),
    )
    .toBe(true);
}

export async function pay(page: Page, how: 'click' | 'tap' = 'click'): Promise<void> {
  const tokenRequested = page.waitForRequest((r) => r.url().endsWith('/v1/payment_methods'), { timeout: 20_000 });
  await (how === 'tap' ? tap(payButton(page)) : press(payButton(page)));
  await tokenRequested;
}

/** Opens the agency page on the driving licence renewal and gets to the payment step. */
export async function openCheckout(page: Page, lang: 'en' | 'ar' = 'en'): Promise<void> {
  await page.goto(`/agency-web/${lang === 'ar' ? '?lang=ar' : ''}`);
  await page.locator('dubai-pay #input-traffic_file_number').fill('12345678');
  await press(page.locator('dubai-pay [part="submit-button"]'));
  await expect(page.locator('dubai-pay [part="total"]')).toBeVisible();
  await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
}

export async function typeCard(page: Page, number: string, expiry = '12/34', cvc = '123'): Promise<void> {
  const number$ = frame(page).locator('input[autocomplete="cc-number"]');
  await number$.fill('');
  await number$.pressSequentially(number);
  await frame(page).locator('input[autocomplete="cc-exp"]').fill('');
  await frame(page).locator('input[autocomplete="cc-exp"]').pressSequentially(expiry);
  await frame(page).locator('input[autocomplete="cc-csc"]').fill('');
  await frame(page).locator('input[autocomplete="cc-csc"]').pressSequentially(cvc);
  await expectReadyToPay(page);
}

/** A call to the gateway's API at this path (calls with the publishable key carry it in the query). */
export function gatewayCall(url: string, path: string): boolean {
  const { origin, pathname } = new URL(url);
  return origin === GATEWAY_ORIGIN && pathname === path;
}

/** The session the checkout opened (it is created when the customer pays). */
export async function sessionCreated(page: Page, action: () => Promise<void>): Promise<{ id: string }> {
  const [response] = await Promise.all([page.waitForResponse((r) => gatewayCall(r.url(), '/v1/sessions') && r.request().method() === 'POST'), action()]);
  return response.json();
}

/** The session the checkout on this page is paying (read from its controller). */
export async function sessionIdOf(page: Page): Promise<string> {
  return page.locator('dubai-pay').evaluate((element) => (element as unknown as { checkout: { session: { id: string } } }).checkout.session.id);
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.2 AA violations axe finds in the page or a frame (the test lifts CSP to inject axe). */
export async function axeViolations(target: Page | Frame): Promise<string[]> {
  await target.addScriptTag({ path: AXE });
  return target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/** Each `dd`'s distance from the side its label is on (0: the value starts where values start: right in Arabic, left in English). */
export function valuesAwayFromLabels(dl: Locator): Promise<string[]> {
  return dl.evaluate((list) => {
    const rtl = getComputedStyle(list).direction === 'rtl';
    return [...list.querySelectorAll('dd')].flatMap((dd) => {
      const range = document.createRange();
      range.selectNodeContents(dd);
      const value = range.getBoundingClientRect();
      const cell = dd.getBoundingClientRect();
      const away = Math.round(rtl ? cell.right - value.right : value.left - cell.left);
      return Math.abs(away) > 2 || getComputedStyle(dd).direction !== (rtl ? 'rtl' : 'ltr') ? [`${dd.textContent?.trim()}: ${away}px`] : [];
    });
  });
}
