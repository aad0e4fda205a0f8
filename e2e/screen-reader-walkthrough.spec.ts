import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { ACS_ORIGIN } from './playwright.config.ts';
import { expectReadyToPay, frame, openCheckout, press, typeCard } from './support.ts';

// What a screen reader meets, step by step, through a card payment with a 3-D Secure challenge,
// in English and Arabic: at each step the accessibility tree of what is in reach (the checkout,
// or the dialog while it is modal, and the frame in use), where focus is, and what the live
// regions said since the step before. It is compared with the transcript committed in
// e2e/walkthrough/: a change that breaks the spoken flow fails here. After an intended change,
// `UPDATE_WALKTHROUGH=1` writes the transcripts again: read the diff before committing it.

const acs = (page: Page): FrameLocator => page.frameLocator('dubai-pay iframe[part="three-ds-frame"]').frameLocator('iframe');

/** Records, in the page, every text the checkout's live regions come to hold (status and alert). */
async function listen(page: Page): Promise<void> {
  await page.locator('dubai-pay').evaluate((element) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    const root = element.shadowRoot!;
    const last = new Map<Element, string>();
    const read = () => {
      for (const region of root.querySelectorAll('[role=status], [role=alert], [aria-live]')) {
        const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text && last.get(region) !== text) said.push(`${region.getAttribute('role') ?? 'live'}: ${text}`);
        last.set(region, text);
      }
    };
    read();
    new MutationObserver(read).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** What was announced since the last call. */
async function announced(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { said: string[] }).said.splice(0));
}

/** The focused element of this document, through shadow roots, as a screen reader names it. */
function describeFocus(): string {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body) return 'nothing';
  const role = active.getAttribute('role') ?? active.tagName.toLowerCase();
  const labelledBy = active.getAttribute('aria-labelledby');
  const scope = active.getRootNode() as Document | ShadowRoot;
  const label =
    active.getAttribute('aria-label') ??
    (labelledBy ? scope.getElementById(labelledBy)?.textContent : null) ??
    (active as HTMLInputElement).labels?.[0]?.textContent ??
    active.getAttribute('title') ??
    active.textContent;
  return `${role} "${(label ?? '').replace(/\s+/g, ' ').trim().slice(0, 80)}"`;
}

/** Where focus is: in the page, and on into the frame that has it (the card fields, the bank's page). */
async function focusedIn(page: Page): Promise<string> {
  const path = [await page.evaluate(describeFocus)];
  for (const inner of page.frames().slice(1)) {
    const here = await inner.evaluate(() => document.hasFocus() && document.activeElement?.tagName !== 'IFRAME').catch(() => false);
    if (here) path.push(await inner.evaluate(describeFocus));
  }
  return path.join(' > ');
}

/** What changes from run to run (receipt number, time, authorisation code) as a word. */
function stable(text: string): string {
  return text
    .replace(/(term: (?:Authorisation code|رمز التفويض)\n\s*- definition: )\S+/g, '$1CODE')
    .replace(/\b[A-Z]{2,4}-\d{4}-\d+\b/g, 'RECEIPT')
    .replace(/\d{1,2}:\d{2}(\s?([AP]M|[صم](?![\u0600-\u06ff])))?/g, 'TIME')
    .replace(/\d{1,2}\u200f?\/\d{1,2}\u200f?\/\d{4}/g, 'DATE')
    .replace(/[٠-٩]{1,2}:[٠-٩]{2}(\s?[صم])?/g, 'TIME')
    .replace(/\b\d{1,2} [A-Z][a-z]+ \d{4}\b/g, 'DATE');
}

test.describe('screen-reader walkthrough of a challenged card payment', () => {
  for (const lang of ['en', 'ar'] as const) {
    test(`the spoken flow (${lang})`, async ({ page }, info) => {
      test.skip(info.project.name !== 'desktop', 'one accessibility tree to compare: the desktop layout');
      const transcript: string[] = [];
      const step = async (name: string, tree: string) => {
        transcript.push(`## ${name}`, `focus: ${await focusedIn(page)}`, ...(await announced(page)).map((line) => `said: ${line}`), tree.trim(), '');
      };
      const checkoutTree = () => page.locator('dubai-pay').ariaSnapshot();

      await openCheckout(page, lang);
      // The card form says it is ready a moment after its inputs show (slower on a loaded machine):
      // the first step is the checkout once it has nothing left to say.
      await expect(page.locator('dubai-pay [part="status"]')).toHaveText('');
      await listen(page);
      await step('the payment step', await checkoutTree());

      await typeCard(page, '4000 0000 0000 3063');
      await expectReadyToPay(page);
      await step('card details typed', await frame(page).locator('body').ariaSnapshot());

      await press(page.locator('dubai-pay [part="pay-button"]'));
      await expect(acs(page).locator('#code')).toBeFocused({ timeout: 20_000 });
      await step('the bank asks for a code', `${await page.locator('dubai-pay [part="challenge-dialog"]').ariaSnapshot()}\n${await acs(page).locator('body').ariaSnapshot()}`);

      await acs(page).locator('#code').fill('000000');
      const wrong = page.waitForEvent('framenavigated', { predicate: (f) => f.url().startsWith(`${ACS_ORIGIN}/3ds/challenge/answer`) });
      await acs(page).locator('#code').press('Enter');
      await wrong;
      await expect(acs(page).locator('#wrong')).toBeVisible();
      await expect(acs(page).locator('#code')).toBeFocused();
      await step('a wrong code', await acs(page).locator('body').ariaSnapshot());

      await acs(page).locator('#code').fill('123456');
      await acs(page).locator('#code').press('Enter');
      await expect(page.locator('dubai-pay [part="receipt"]')).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('dubai-pay #receipt-title')).toBeFocused();
      await step('paid', await page.locator('dubai-pay [part="receipt"]').ariaSnapshot());

      const text = stable(transcript.join('\n'));
      const file = `e2e/walkthrough/challenged-card-${lang}.md`;
      if (process.env.UPDATE_WALKTHROUGH) await writeFile(file, text);
      expect(text).toBe(await readFile(file, 'utf8'));
    });
  }
});
