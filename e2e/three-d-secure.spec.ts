import { expect, test, type Frame, type FrameLocator, type Page, type Request } from '@playwright/test';
import { ACS_ORIGIN, GATEWAY_ORIGIN, PAGE_ORIGIN } from './playwright.config.ts';
import { charges, methodCompletion, openCheckout, pay, payButton, press, sessionIdOf, shot as shotAs, typeCard, watchPage, expectReadyToPay } from './support.ts';

// 3-D Secure 2 end to end, four origins: the agency page (localhost:4100, strict CSP with
// `frame-src` the gateway only), the gateway and its container frame (127.0.0.1:4110), the ACS
// (127.0.0.1:4111) nested inside the container, and the banks (127.0.0.1:4112).

const CODE = '123456';

const shot = (page: Page, name: string) => shotAs(page, `3ds-${name}`);
const container = (page: Page) => page.locator('dubai-pay iframe[part="three-ds-frame"]');
/** The ACS's challenge page: nested in the gateway's container frame. */
const acs = (page: Page): FrameLocator => page.frameLocator('dubai-pay iframe[part="three-ds-frame"]').frameLocator('iframe');
const dialog = (page: Page) => page.locator('dubai-pay [part="challenge-dialog"]');
const errorBox = (page: Page) => page.locator('dubai-pay [part="error"]');

/** Every request the page makes to the gateway's API, in order (`POST /v1/sessions/…/confirm`). */
function gatewayCalls(page: Page): string[] {
  const calls: string[] = [];
  const record = (request: Request) => {
    const url = new URL(request.url());
    if (url.origin === GATEWAY_ORIGIN && url.pathname.startsWith('/v1/')) calls.push(`${request.method()} ${url.pathname.replace(/ps_\w+/, '{id}')}`);
  };
  page.on('request', record);
  return calls;
}

/** Card details typed into the hosted fields, then Pay. */
async function payWithCard(page: Page, number: string, lang: 'en' | 'ar' = 'en'): Promise<void> {
  await openCheckout(page, lang);
  await typeCard(page, number);
  await pay(page);
}

async function answerChallenge(page: Page, code: string, button: string | RegExp = 'Verify'): Promise<void> {
  const input = acs(page).locator('#code');
  await input.fill(code);
  // The ACS answers with a new page (the next try, or the result that posts back). Until it has
  // come, the old page still shows a code field: a next answer typed there would be lost.
  const answered = page.waitForEvent('framenavigated', { predicate: (f) => f.url().startsWith(`${ACS_ORIGIN}/3ds/challenge/answer`), timeout: 20_000 });
  await press(acs(page).getByRole('button', { name: button }));
  await answered;
}

async function expectReceiptPaidOnce(page: Page): Promise<void> {
  await expect(page.locator('dubai-pay [part="receipt"]')).toBeVisible({ timeout: 20_000 });
  expect(await charges(await sessionIdOf(page))).toBe(1);
}

test('frictionless after the 3DS Method: no challenge, paid once; the request count', async ({ page }) => {
  const problems = watchPage(page);
  await openCheckout(page);
  await typeCard(page, '5555 5555 5555 4444');
  const calls = gatewayCalls(page);
  const method = page.waitForRequest((r) => r.url() === `${ACS_ORIGIN}/3ds/method`);
  await pay(page);
  // The browser posted EMV 3DS's threeDSMethodData to the ACS: the transaction and where to tell the gateway.
  const methodData = new URLSearchParams((await method).postData() ?? '').get('threeDSMethodData') ?? '';
  const decoded = JSON.parse(Buffer.from(methodData, 'base64url').toString('utf8')) as Record<string, string>;
  expect(decoded['threeDSServerTransID']).toMatch(/^[0-9a-f-]{36}$/);
  expect(new URL(decoded['threeDSMethodNotificationURL'] ?? '').origin).toBe(GATEWAY_ORIGIN);
  await expectReceiptPaidOnce(page);
  await expect(dialog(page)).toHaveCount(0);
  expect(calls).toEqual(['POST /v1/payment_methods', 'POST /v1/sessions', 'POST /v1/sessions/{id}/confirm', 'POST /v1/sessions/{id}/three_ds_method']);
  console.log(`[3ds] frictionless card payment (with 3DS Method), gateway requests: ${calls.length}: ${calls.join(', ')}`);
  expect(problems).toEqual([]);
});

test('challenge passed in English: a modal dialog, the right window size, paid once; the request count', async ({ page }, info) => {
  const problems = watchPage(page);
  await openCheckout(page);
  await typeCard(page, '4000 0000 0000 3220');
  const calls = gatewayCalls(page);
  const creqPost = page.waitForRequest((r) => r.url() === `${ACS_ORIGIN}/3ds/challenge`);
  await pay(page);
  const creq = JSON.parse(Buffer.from(new URLSearchParams((await creqPost).postData() ?? '').get('creq') ?? '', 'base64url').toString());
  expect(creq).toMatchObject({ messageType: 'CReq', messageVersion: '2.2.0', challengeWindowSize: info.project.name === 'phone' ? '05' : '03' });
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page)).toContainText('Verify the payment with your bank');
  await expect(acs(page).locator('h1')).toHaveText('Verify your payment');
  // The ACS is nested in the gateway's container: the page itself frames only the gateway.
  expect(new URL((await container(page).getAttribute('src')) ?? '').origin).toBe(GATEWAY_ORIGIN);
  await shot(page, 'en-challenge');
  await answerChallenge(page, CODE);
  await expectReceiptPaidOnce(page);
  await expect(dialog(page)).toHaveCount(0);
  // Polls add a read of the session every 5 s spent in the challenge; read them apart from the fixed calls.
  const isRead = (c: string) => c.startsWith('GET') || c === 'POST /v1/sessions/{id}/view';
  const fixed = calls.filter((c) => !isRead(c));
  expect(fixed).toEqual(['POST /v1/payment_methods', 'POST /v1/sessions', 'POST /v1/sessions/{id}/confirm', 'POST /v1/sessions/{id}/three_ds_method']);
  expect(calls.filter(isRead).length).toBeGreaterThanOrEqual(1);
  console.log(`[3ds] challenged card payment, gateway requests: ${calls.length}: ${calls.join(', ')}`);
  expect(problems).toEqual([]);
});

test('a wrong code then the right one, in Arabic: the bank page and the dialog speak Arabic', async ({ page }) => {
  const problems = watchPage(page);
  await payWithCard(page, '4000 0000 0000 3063', 'ar');
  await expect(dialog(page)).toContainText('تحقّق من الدفعة مع البنك');
  // The checkout's Arabic travelled (the confirm's locale); the device here is en-AE.
  await expect(acs(page).locator('html')).toHaveAttribute('lang', 'ar');
  await expect(acs(page).locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(acs(page).locator('dl')).toContainText('المستفيدهيئة الطرق والمواصلات'); // the entity paid, in Arabic
  await answerChallenge(page, '000000', 'تحقّق');
  await expect(acs(page).locator('#wrong')).toContainText('بقيت محاولتان');
  await shot(page, 'ar-challenge-wrong-code');
  await answerChallenge(page, '١٢٣٤٥٦', 'تحقّق'); // typed in Arabic-Indic digits
  await expectReceiptPaidOnce(page);
  expect(problems).toEqual([]);
});

test.describe('on a device set to Arabic', () => {
  test.use({ locale: 'ar-AE' });

  test('an English checkout opens the bank page in English (the checkout’s language, not the device’s), switchable to Arabic there', async ({ page }) => {
    const problems = watchPage(page);
    expect(await page.evaluate(() => navigator.language)).toBe('ar-AE');
    await payWithCard(page, '4000 0000 0000 3063', 'en');
    await expect(acs(page).locator('html')).toHaveAttribute('lang', 'en');
    await expect(acs(page).locator('h1')).toHaveText('Verify your payment');
    await expect(acs(page).locator('dl')).toContainText('PayeeRoads and Transport Authority');
    // The page's own switch: the same challenge, in Arabic.
    const switched = page.waitForEvent('framenavigated', { predicate: (f) => f.url().startsWith(`${ACS_ORIGIN}/3ds/challenge/answer`), timeout: 20_000 });
    await press(acs(page).getByRole('button', { name: 'العربية' }));
    await switched;
    await expect(acs(page).locator('html')).toHaveAttribute('lang', 'ar');
    await answerChallenge(page, CODE, 'تحقّق');
    await expectReceiptPaidOnce(page);
    expect(problems).toEqual([]);
  });
});

test('three wrong codes fail the challenge: the reason is shown, the session stays open, nothing charged', async ({ page }) => {
  const problems = watchPage(page);
  await payWithCard(page, '4000 0000 0000 3063');
  for (const code of ['000000', '111111', '222222']) await answerChallenge(page, code);
  // The outcome crosses the ACS, the gateway and the container before it shows: as long as a receipt may take.
  await expect(errorBox(page)).toContainText('Your bank could not verify this payment', { timeout: 20_000 });
  await expect(dialog(page)).toHaveCount(0);
  await expectReadyToPay(page);
  const id = await sessionIdOf(page);
  expect(await charges(id)).toBe(0);
  const session = await (await fetch(`${GATEWAY_ORIGIN}/v1/sessions/${id}`, { headers: { authorization: 'Bearer sk_test_demo' } })).json();
  expect(session).toMatchObject({ status: 'open', last_error: { code: 'authentication_failed' } });
  expect(problems).toEqual([]);
});

/** The terminal events the checkout dispatches (success, error, cancel), recorded in the page. */
async function recordTerminalEvents(page: Page): Promise<() => Promise<string[]>> {
  await page.locator('dubai-pay').evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { terminal: string[] }).terminal = seen;
    for (const type of ['dubai-pay-success', 'dubai-pay-error', 'dubai-pay-cancel']) element.addEventListener(type, () => seen.push(type));
  });
  return () => page.evaluate(() => (window as unknown as { terminal: string[] }).terminal);
}

test('canceled at the bank page: authentication_canceled, then another card pays once; one terminal event', async ({ page }) => {
  const problems = watchPage(page);
  await openCheckout(page);
  const terminal = await recordTerminalEvents(page);
  await typeCard(page, '4000 0000 0000 3063');
  await pay(page);
  await press(acs(page).getByRole('button', { name: 'Cancel' }));
  await expect(errorBox(page)).toContainText('You canceled the verification', { timeout: 20_000 });
  expect(await terminal()).toEqual([]); // a canceled verification is not the end of the payment
  await typeCard(page, '4242 4242 4242 4242');
  await pay(page);
  await expectReceiptPaidOnce(page);
  expect(await terminal()).toEqual(['dubai-pay-success']);
  expect(problems).toEqual([]);
});

test('challenge-display="inline": the bank page in place of a dialog, then paid once', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'one layout is enough here; the phone takes the full-screen window in the modal tests');
  const problems = watchPage(page);
  await openCheckout(page);
  await page.locator('dubai-pay').evaluate((element) => element.setAttribute('challenge-display', 'inline'));
  await typeCard(page, '4000 0000 0000 3063');
  await pay(page);
  await expect(page.locator('dubai-pay [part="challenge"]')).toBeVisible();
  await expect(dialog(page)).toHaveCount(0);
  await expect(acs(page).locator('#code')).toBeVisible();
  await shot(page, 'en-challenge-inline');
  await answerChallenge(page, CODE);
  await expectReceiptPaidOnce(page);
  expect(problems).toEqual([]);
});

test('Escape in the dialog asks before stopping; "continue" keeps the challenge, "stop" ends it', async ({ page }) => {
  const problems = watchPage(page);
  await payWithCard(page, '4000 0000 0000 3063');
  await expect(acs(page).locator('#code')).toBeVisible();
  // Focus starts in the bank's page, another origin's document: a key pressed there is the bank's.
  // On our part of the dialog, Escape asks.
  await expect.poll(() => focusPath(page)).toEqual(IN_BANK_PAGE);
  await page.locator('dubai-pay [part="challenge-cancel-button"]').focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('dubai-pay [part="challenge-confirm"]')).toContainText('Stop verifying?');
  await expect(page.locator('dubai-pay [part="challenge-stop-button"]')).toBeFocused();
  await shot(page, 'en-challenge-stop-question');
  await press(page.locator('dubai-pay [part="challenge-keep-button"]'));
  await expect(page.locator('dubai-pay [part="challenge-confirm"]')).toHaveCount(0);
  await expect(dialog(page)).toBeVisible();
  // "Continue" puts the customer back in the bank's code field, not on the page's body.
  await expect.poll(() => focusPath(page)).toEqual(IN_BANK_PAGE);
  await press(page.locator('dubai-pay [part="challenge-cancel-button"]'));
  await press(page.locator('dubai-pay [part="challenge-stop-button"]'));
  await expect(errorBox(page)).toContainText('You canceled the verification');
  await expect(dialog(page)).toHaveCount(0);
  expect(await charges(await sessionIdOf(page))).toBe(0);
  expect(problems).toEqual([]);
});

test('the 3DS Method never answers: N is sent after 10 s and the payment completes', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = watchPage(page);
  await openCheckout(page);
  await typeCard(page, '4000 0000 0000 3238');
  const report = page.waitForRequest((r) => r.url().endsWith('/three_ds_method') && r.method() === 'POST', { timeout: 20_000 });
  const started = Date.now();
  await pay(page);
  await report;
  expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
  await expectReceiptPaidOnce(page);
  // What the gateway received and sends on in the AReq (read at the gateway, not from the page).
  expect(await methodCompletion(await sessionIdOf(page))).toBe('N');
  expect(problems).toEqual([]);
});

test('a challenge nobody answers times out (short timeout set by the test): authentication_timed_out', async ({ page }) => {
  const problems = watchPage(page);
  await openCheckout(page);
  await page.locator('dubai-pay').evaluate((element) => ((element as unknown as { challengeTimeout: number }).challengeTimeout = 3));
  await typeCard(page, '4000 0000 0000 3246');
  await pay(page);
  await expect(dialog(page)).toBeVisible();
  await expect(errorBox(page)).toContainText('The verification with your bank took too long', { timeout: 15_000 });
  const id = await sessionIdOf(page);
  const session = await (await fetch(`${GATEWAY_ORIGIN}/v1/sessions/${id}`, { headers: { authorization: 'Bearer sk_test_demo' } })).json();
  expect(session).toMatchObject({ status: 'open', last_error: { code: 'authentication_timed_out' } });
  expect(problems).toEqual([]);
});

test('a reload during the challenge resumes it from sessionStorage and pays once', async ({ page }) => {
  const problems = watchPage(page);
  await payWithCard(page, '4000 0000 0000 3063');
  await expect(acs(page).locator('#code')).toBeVisible();
  const id = await sessionIdOf(page);
  await page.reload();
  await expect(dialog(page)).toBeVisible();
  expect(await sessionIdOf(page)).toBe(id);
  await answerChallenge(page, CODE);
  await expectReceiptPaidOnce(page);
  // Done: nothing is left to resume.
  expect(await page.evaluate(() => sessionStorage.getItem('dubai-pay:payment-in-progress'))).toBeNull();
  await page.reload();
  await expect(page.locator('dubai-pay #input-traffic_file_number')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a double click on Pay with a challenge card confirms once and pays once', async ({ page }) => {
  await openCheckout(page);
  await typeCard(page, '4000 0000 0000 3063');
  const confirms: string[] = [];
  page.on('request', (r) => r.url().endsWith('/confirm') && confirms.push(r.url()));
  await press(payButton(page), { double: true });
  await expect(acs(page).locator('#code')).toBeVisible();
  await answerChallenge(page, CODE);
  await expectReceiptPaidOnce(page);
  expect(confirms).toHaveLength(1);
});

test('forged messages to the page during a challenge change nothing', async ({ page }) => {
  const problems = watchPage(page);
  await payWithCard(page, '4000 0000 0000 3063');
  await expect(acs(page).locator('#code')).toBeVisible();
  const gets: string[] = [];
  page.on('request', (r) => r.method() === 'GET' && r.url().includes('/v1/sessions/') && gets.push(r.url()));
  // Everything the checkout shows from now on, to see whether it ever starts "checking the result".
  await page.locator('dubai-pay').evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => seen.push(element.shadowRoot!.textContent ?? '')).observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
  });
  const channel = await page.evaluate(() =>
    new URL(document.querySelector('dubai-pay')!.shadowRoot!.querySelector<HTMLIFrameElement>('iframe[part="three-ds-frame"]')!.src).searchParams.get('channel'),
  );
  const forged = (nonce: string) => ({ type: 'dubai-pay:3ds-notified', channel, nonce, step: 'challenge' });
  // 1. From the page's own origin (a page script), with every field right but the nonce unknown.
  await page.evaluate((message) => window.postMessage(message, '*'), forged('a'.repeat(32)));
  // 2. The right origin (the gateway) but another window: a second gateway frame the page opens.
  await page.evaluate(
    ({ gateway, channel: c }) => {
      const other = document.createElement('iframe');
      other.src = `${gateway}/frame/3ds?key=pk_test_demo&origin=${encodeURIComponent(location.origin)}&channel=${c}`;
      document.body.append(other);
    },
    { gateway: GATEWAY_ORIGIN, channel },
  );
  await expect.poll(() => page.frames().filter((f) => f.url().startsWith(`${GATEWAY_ORIGIN}/frame/3ds`)).length).toBe(2);
  const gatewayFrames = page.frames().filter((f) => f.url().startsWith(`${GATEWAY_ORIGIN}/frame/3ds`));
  const real = gatewayFrames.find((f) => f.childFrames().length > 0)!;
  const other = gatewayFrames.find((f) => f !== real)!;
  await other.evaluate((message) => parent.postMessage(message, '*'), forged('b'.repeat(32)));
  // 3. The real container, but a wrong nonce; 4. the real container, malformed data.
  await real.evaluate((message) => parent.postMessage(message, '*'), forged('c'.repeat(32)));
  await real.evaluate((c) => {
    for (const data of [
      null,
      'dubai-pay:3ds-notified',
      { type: 'dubai-pay:3ds-notified', channel: c },
      { type: 'dubai-pay:3ds-notified', channel: c, nonce: 1, step: 'challenge' },
    ])
      parent.postMessage(data, '*');
  }, channel);
  // 5. To the container: a start message from the page's origin but another window (a same-origin frame).
  await page.evaluate(() => {
    const sibling = document.createElement('iframe');
    sibling.name = 'sibling';
    document.body.append(sibling);
  });
  const sibling = page.frames().find((f) => f.name() === 'sibling')!;
  await sibling.evaluate((c) => {
    const target = parent.document.querySelector('dubai-pay')!.shadowRoot!.querySelector<HTMLIFrameElement>('iframe[part="three-ds-frame"]')!.contentWindow!;
    target.postMessage({ type: 'dubai-pay:3ds-start', channel: c, nonce: 'd'.repeat(32), step: 'challenge', url: 'https://evil.example/', field: 'creq', value: 'x' }, '*');
  }, channel);
  await page.waitForTimeout(2500);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.some((text) => text.includes('Checking the result'))).toBe(false);
  expect(gets.length).toBeLessThanOrEqual(1); // at most the 5-second poll, not a read on each message
  await expect(acs(page).locator('#code')).toBeVisible(); // the bank's page was not replaced
  await answerChallenge(page, CODE);
  await expectReceiptPaidOnce(page);
  expect(problems).toEqual([]);
});

/**
 * Where focus is, frame by frame: the element that has it in the page (a part), in the gateway's
 * container, and in the ACS's page, each only while its document really has focus.
 */
async function focusPath(page: Page): Promise<string[]> {
  const inPage = await page.evaluate(() => (document.hasFocus() ? (document.querySelector('dubai-pay')?.shadowRoot?.activeElement?.getAttribute('part') ?? 'none') : 'no focus'));
  const container = page.frames().find((f) => f.url().startsWith(`${GATEWAY_ORIGIN}/frame/3ds`) && f.childFrames().length > 0);
  const acsFrame = container?.childFrames()[0];
  const inFrame = async (frame: Frame | undefined): Promise<string> =>
    frame ? frame.evaluate(() => (document.hasFocus() ? document.activeElement?.id || document.activeElement?.tagName || 'none' : 'no focus')).catch(() => 'gone') : 'none';
  return [inPage, await inFrame(container), await inFrame(acsFrame)];
}

/**
 * Focus in the bank's page: the page's 3-D Secure frame, the container's ACS frame, and in the
 * ACS's document its code field (the sandbox ACS's script focuses it once focus is in its frame).
 */
const IN_BANK_PAGE = ['three-ds-frame', 'IFRAME', 'code'];

/** The 3-D Secure frames' boxes in the page: the gateway's container and the ACS's frame nested in it. */
async function challengeBoxes(page: Page): Promise<{ container: Box; acs: Box; viewport: Box }> {
  const { width, height } = page.viewportSize()!;
  return {
    container: (await container(page).boundingBox())!,
    acs: (await container(page).contentFrame().locator('iframe').boundingBox())!,
    viewport: { x: 0, y: 0, width, height },
  };
}
type Box = { x: number; y: number; width: number; height: number };

/** The box fills the viewport's width and its height below a compact head (at most `head` px). */
function expectFillsViewport(box: Box, viewport: Box, head: number): void {
  expect(Math.abs(box.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(box.x + box.width - viewport.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(box.y + box.height - viewport.height)).toBeLessThanOrEqual(2);
  expect(box.y).toBeGreaterThan(0);
  expect(box.y).toBeLessThanOrEqual(head);
}

test('the challenge takes focus (page → container → the bank’s code field), again after a wrong code; a phone’s is the whole screen; focus comes back after', async ({
  page,
}, info) => {
  const problems = watchPage(page);
  const ar = info.project.name === 'phone';
  await payWithCard(page, '4000 0000 0000 3063', ar ? 'ar' : 'en');
  await expect(acs(page).locator('#code')).toBeVisible();
  await expect.poll(() => focusPath(page)).toEqual(IN_BANK_PAGE);
  if (ar) {
    // EMV window 05 (RTL here): the dialog is the viewport, the bank's page all of it below our head.
    await expect(dialog(page)).toHaveAttribute('data-size', '05');
    const { container: box, acs: acsBox, viewport } = await challengeBoxes(page);
    expect(await dialog(page).boundingBox()).toEqual(viewport);
    expectFillsViewport(box, viewport, 80);
    expect(acsBox).toEqual(box);
  }
  await answerChallenge(page, '000000', ar ? 'تحقّق' : 'Verify');
  await expect(acs(page).locator('#wrong')).toBeVisible();
  await expect.poll(() => focusPath(page)).toEqual(IN_BANK_PAGE);
  // Canceled at the bank: the frame goes, and focus goes to the reason, not to nowhere.
  await press(acs(page).getByRole('button', { name: ar ? 'إلغاء' : 'Cancel' }));
  await expect(errorBox(page)).toBeVisible({ timeout: 20_000 });
  await expect(errorBox(page)).toBeFocused();
  // Paid after a challenge: the receipt's heading has focus.
  await typeCard(page, '4000 0000 0000 3063');
  await pay(page);
  await expect.poll(() => focusPath(page)).toEqual(IN_BANK_PAGE);
  await answerChallenge(page, CODE, ar ? 'تحقّق' : 'Verify');
  await expectReceiptPaidOnce(page);
  await expect(page.locator('dubai-pay #receipt-title')).toBeFocused();
  expect(problems).toEqual([]);
});

test('the challenge dialog in Arabic, phone and desktop (screenshots)', async ({ page }) => {
  await payWithCard(page, '4000 0000 0000 3220', 'ar');
  await expect(acs(page).locator('#code')).toBeVisible();
  await shot(page, 'ar-challenge');
  expect(new URL(page.url()).origin).toBe(PAGE_ORIGIN);
});
