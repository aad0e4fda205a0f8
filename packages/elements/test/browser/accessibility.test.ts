import { expect } from 'chai';
import type { DubaiPayElement } from '@dubai-pay/elements';
import { advanceClock, charges, collect, deepActive, frameReady, itTypes, mount, openSession, shadow, typeCard, unmountAll, until } from './support.ts';

// WCAG 2.2 AA beyond what axe sees: where focus goes, what is announced, what asks before it
// ends something, and time limits the customer can extend. Against the real sandbox.

const part = (element: DubaiPayElement, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);

/** Every text a live region of the checkout held, in order, from now on. */
function announcements(element: DubaiPayElement): string[] {
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    for (const region of shadow(element).querySelectorAll('[role=status], [role=alert]')) {
      const text = region.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (text && said.at(-1) !== text) said.push(text);
    }
  });
  observer.observe(shadow(element), { subtree: true, childList: true, characterData: true });
  return said;
}

async function challenged(attributes: Record<string, string> = {}): Promise<{ element: DubaiPayElement; session: { id: string } }> {
  const session = await openSession();
  const element = await mount({ 'client-secret': session.client_secret, ...attributes });
  await typeCard(element, { number: '4000000000003063' });
  await until(() => element.readyToPay);
  part(element, 'pay-button')!.click();
  await until(() => shadow(element).querySelector('iframe[part="three-ds-frame"]'));
  return { element, session };
}

afterEach(unmountAll);

describe('<dubai-pay> accessibility', () => {
  itTypes('2.4.3: a modal challenge leaves nothing behind it reachable (the card frame is inert); after "Yes, stop" focus is on the reason', async () => {
    const { element, session } = await challenged();
    const cardFrame = shadow(element).querySelector('iframe[part="frame"]')!;
    expect(cardFrame.closest('[inert]') !== null, 'the card fields behind the dialog are inert').to.equal(true);
    for (const control of shadow(element).querySelectorAll('button, input')) {
      if (!control.closest('dialog')) expect(control.closest('[inert]') ?? (control as HTMLButtonElement).disabled, `${control.outerHTML.slice(0, 60)} is out of reach`).to.be.ok;
    }
    part(element, 'challenge-cancel-button')!.click();
    (await until(() => part(element, 'challenge-stop-button'))).click();
    const error = await until(() => part(element, 'error'));
    await until(() => deepActive() === error);
    expect(cardFrame.closest('[inert]') === null, 'back in reach once the dialog is gone').to.equal(true);
    expect(await charges(session.id)).to.equal(0);
  });

  itTypes('2.2.1: a challenge about to be given up warns, and "More time" keeps it going', async () => {
    const { element } = await challenged({ 'challenge-timeout': '4' });
    const region = part(element, 'challenge-dialog')!.querySelector('[role=alert]')!;
    const warning = await until(() => part(element, 'challenge-timeout'), 5000);
    expect(warning.parentElement === region, 'said in the region that was there, empty, before').to.equal(true);
    expect(region.getAttribute('role'), 'in an alert region that was there before it (else it is not read)').to.equal('alert');
    expect(region.closest('dialog') !== null, 'inside the dialog: what is outside a modal dialog is silent').to.equal(true);
    // Shorter than 20 s: warned at once, with all of it left (WCAG 2.2.1 asks for at least 20 s).
    expect(warning.textContent).to.match(/4 seconds/);
    // "More time" two seconds in: the whole 4 s again from then, so it still goes on at 5 s.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const started = Date.now();
    part(element, 'challenge-more-time-button')!.click();
    // Focus goes back into the bank's page, not to nowhere (the button is gone).
    await until(() => deepActive() === shadow(element).querySelector('iframe[part="three-ds-frame"]'));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(shadow(element).querySelector('iframe[part="three-ds-frame"]') !== null, 'the challenge goes on').to.equal(true);
    expect(Date.now() - started).to.be.below(4000, 'checked before the extended time is up');
    // Unanswered again: it ends, and the reason takes focus.
    const error = await until(() => part(element, 'error'), 8000);
    expect(error.textContent).to.match(/too long|time/i);
    await until(() => deepActive() === error);
  });

  itTypes('4.1.3: "Paying…" is announced in a live region that was there before the payment', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    await typeCard(element, { number: '4242424242424242' });
    await until(() => element.readyToPay);
    const region = part(element, 'status')!;
    expect(region.getAttribute('role')).to.equal('status');
    const said = announcements(element);
    part(element, 'pay-button')!.click();
    await until(() => part(element, 'receipt'));
    expect(said).to.include('Paying…');
    expect(part(element, 'status') === region, 'the same region, not a new one').to.equal(true);
  });

  itTypes('3.3.1: Pay pressed with nothing typed pays nothing and takes the customer into the card fields', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    await frameReady(element);
    const pay = part(element, 'pay-button') as HTMLButtonElement;
    expect(pay.disabled, 'Pay is not disabled: pressed, it says what is missing').to.equal(false);
    pay.click();
    await until(() => deepActive() === shadow(element).querySelector('iframe[part="frame"]'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await charges(session.id)).to.equal(0);
  });

  it('3.3.1: direct debit with no bank chosen says so under the banks and takes focus there', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret, methods: 'direct_debit' }, 'ar');
    const pay = await until(() => part(element, 'pay-button'));
    pay.click();
    await element.updateComplete;
    const banks = part(element, 'banks')!;
    const message = shadow(element).getElementById(banks.getAttribute('aria-describedby')!)!;
    expect(message.textContent).to.include('اختر بنكك');
    await until(() => deepActive() === banks.querySelector('input'));
    expect(banks.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
    banks.querySelector('input')!.click();
    await element.updateComplete;
    expect(banks.hasAttribute('aria-describedby'), 'chosen: the message goes').to.equal(false);
  });

  it('3.3.4: cancel asks first; a quoted service can then start again, with what was typed kept', async () => {
    const element = await mount({ service: 'police-good-conduct', inputs: 'emirates_id=784199012345671' });
    const events = collect(element, 'dubai-pay-cancel');
    (await until(() => part(element, 'cancel-button'))).click();
    (await until(() => part(element, 'cancel-confirm-button'))).click();
    await until(() => events.length === 1);
    const canceled = await until(() => part(element, 'canceled'));
    expect(deepActive() === canceled, 'what happened is read first').to.equal(true);
    part(element, 'start-again-button')!.click();
    await until(() => part(element, 'pay-button'));
    expect(part(element, 'total')!.textContent).to.match(/\d/);
    expect(part(element, 'start-again-button') === null).to.equal(true);
  });

  itTypes('3.3.7: fees that expired before Pay are priced again without wiping the card details typed', async () => {
    const element = await mount({ service: 'police-good-conduct', inputs: 'emirates_id=784199012345671' });
    const events = collect(element, 'dubai-pay-success');
    await typeCard(element, { number: '4242424242424242' });
    await until(() => element.readyToPay);
    const cardFrame = shadow(element).querySelector('iframe[part="frame"]');
    await advanceClock(31 * 60 * 1000);
    part(element, 'pay-button')!.click();
    const error = await until(() => part(element, 'error'));
    expect(error.textContent).to.include('updated amount');
    expect(shadow(element).querySelector('iframe[part="frame"]'), 'the same frame, not a new one').to.equal(cardFrame);
    expect(element.readyToPay, 'the card details are still there').to.equal(true);
    part(element, 'pay-button')!.click();
    await until(() => events.length === 1);
  });

  it('2.4.3: a press on plain text in the checkout leaves focus where the customer put it (nothing is pulled back)', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret, methods: 'direct_debit' });
    (await until(() => part(element, 'pay-button'))).click();
    await until(() => deepActive() === part(element, 'banks')!.querySelector('input'));
    // The customer presses the total (text): the browser moves focus to nothing.
    const total = part(element, 'total')!;
    total.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    (deepActive() as HTMLElement).blur();
    element.requestUpdate();
    await element.updateComplete;
    expect(deepActive() === document.body, 'focus stays on nothing, as the press left it').to.equal(true);
  });

  it('3.3.4: an unanswered cancel question goes when the customer pays instead', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret, methods: 'direct_debit' });
    (await until(() => part(element, 'cancel-button'))).click();
    await until(() => part(element, 'cancel-confirm'));
    part(element, 'pay-button')!.click();
    await element.updateComplete;
    expect(part(element, 'cancel-confirm') === null).to.equal(true);
  });
});
