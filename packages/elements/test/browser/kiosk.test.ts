import { expect } from 'chai';
// The kiosk bundle's entry first: it defines <dubai-pay> as the kiosk element (support.ts's define then finds it taken).
import '../../src/kiosk/define-kiosk.ts';
import type { DubaiPayElement, DubaiPayServicesElement } from '@dubai-pay/elements';
import { deepActiveElement } from '../../src/kiosk/idle-warning.ts';
import { charges, collect, GATEWAY, mount, openSession, PUBLISHABLE_KEY, shadow, typeCard, unmountAll, until } from './support.ts';

const part = (element: HTMLElement, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const key = (element: HTMLElement, label: string) =>
  [...shadow(element).querySelectorAll<HTMLButtonElement>('[part="keypad-key"]')].find((k) => k.getAttribute('aria-label') === label)!;

async function kiosk(attributes: Record<string, string> = {}): Promise<{ element: DubaiPayElement; input: HTMLInputElement }> {
  const element = await mount({ mode: 'kiosk', service: 'police-good-conduct', ...attributes });
  const input = await until(() => shadow(element).querySelector<HTMLInputElement>('#input-emirates_id'));
  return { element, input };
}

/** The service browser in kiosk mode, its entities shown. */
async function kioskServices(attributes: Record<string, string> = {}): Promise<DubaiPayServicesElement> {
  const wrapper = document.createElement('div');
  wrapper.lang = 'en';
  const element = document.createElement('dubai-pay-services') as DubaiPayServicesElement;
  element.gateway = GATEWAY;
  element.publishableKey = PUBLISHABLE_KEY;
  for (const [name, value] of Object.entries({ mode: 'kiosk', ...attributes })) element.setAttribute(name, value);
  wrapper.append(element);
  document.body.append(wrapper);
  await until(() => part(element, 'entity'));
  return element;
}

/** A search typed into the service browser, its results shown. */
async function searchFor(element: DubaiPayServicesElement, query: string): Promise<HTMLInputElement> {
  const field = part(element, 'search') as HTMLInputElement;
  field.focus();
  field.value = query;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await until(() => part(element, 'service'));
  return field;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(unmountAll);

describe('<dubai-pay mode="kiosk">', () => {
  it('types with its keypad at the caret, never opening the system keyboard, in both languages', async () => {
    const { element, input } = await kiosk();
    expect(input.inputMode).to.equal('none');
    input.focus();
    for (const digit of ['7', '8', '4', '1']) key(element, digit).click();
    expect(input.value).to.equal('7841');
    key(element, 'Delete').click();
    expect([input.value, input.selectionStart]).to.deep.equal(['784', 3]);
    input.setSelectionRange(0, 0);
    key(element, '9').click();
    expect(input.value).to.equal('9784');
    expect(shadow(element).activeElement, 'the field keeps the focus').to.equal(input);
    // Switching the language: the event for the page, the keypad's labels in Arabic, the value kept.
    const switched = collect(element, 'dubai-pay-locale-change');
    part(element, 'language-button')!.click();
    await until(() => part(element, 'keypad')?.getAttribute('aria-label') === 'لوحة الأرقام');
    expect(switched.map((e) => e.detail.locale)).to.deep.equal(['ar']);
    key(element, 'مسح').click();
    expect(input.value).to.equal('');
  });

  it('3-D Secure: the challenge (EMV 05) is the whole screen below a compact head, has focus, and gives it back', async () => {
    const session = await openSession();
    const element = await mount({ mode: 'kiosk', 'client-secret': session.client_secret });
    await typeCard(element, { number: '4000000000003063' });
    const pay = await until(() => ((element as DubaiPayElement).readyToPay ? part(element, 'pay-button') : null));
    pay.click();
    const frame = await until(() => shadow(element).querySelector<HTMLIFrameElement>('iframe[part="three-ds-frame"]'));
    const dialog = part(element, 'challenge-dialog')!;
    expect(dialog.dataset.size).to.equal('05');
    // The viewport without any page scrollbar: what a modal dialog's insets are measured in.
    const { clientWidth: width, clientHeight: height } = document.documentElement;
    const round = (box: DOMRect) => [box.left, box.top, box.right, box.bottom].map(Math.round);
    expect(round(dialog.getBoundingClientRect())).to.deep.equal([0, 0, width, height]);
    await until(() => frame.getBoundingClientRect().height > 300);
    const [left, top, right, bottom] = round(frame.getBoundingClientRect());
    expect([left, right, bottom]).to.deep.equal([0, width, height]);
    expect(top).to.be.within(40, 180, 'a compact head (kiosk type) and the phone offer above the bank’s page');
    // The page gives the frame focus once the gateway's container is ready.
    await until(() => shadow(element).activeElement === frame);
    // Stopped: the frame goes; focus goes to the reason, not to nowhere.
    part(element, 'challenge-cancel-button')!.click();
    (await until(() => part(element, 'challenge-stop-button'))).click();
    const error = await until(() => part(element, 'error'));
    await until(() => shadow(element).activeElement === error);
    expect(part(element, 'challenge-dialog') === null).to.equal(true);
  });

  it('left idle: warns in an alert said once (the countdown is not live), then wipes what was typed and starts over', async () => {
    const { element, input } = await kiosk({ 'idle-timeout': '10' });
    const resets = collect(element, 'dubai-pay-idle-reset');
    // The alert is in the page, empty, before there is anything to say (what is inserted with its text may not be read).
    const alert = part(element, 'idle-alert')!;
    expect([alert.getAttribute('role'), alert.textContent!.trim()]).to.deep.equal(['alert', '']);
    const said: string[] = [];
    new MutationObserver(() => said.push(alert.textContent!.trim())).observe(alert, { childList: true, characterData: true, subtree: true });
    input.focus();
    for (const digit of ['7', '8', '4']) key(element, digit).click();
    const warning = await until(() => part(element, 'idle-warning'), 12_000);
    expect(warning.closest('[role="alert"], [role="status"], [aria-live]') === null, 'the countdown is in no live region').to.equal(true);
    const shown = new Set<string>();
    await until(() => {
      const text = part(element, 'idle-warning')?.querySelector('p')?.textContent;
      if (text) shown.add(text);
      return resets.length === 1;
    }, 8_000);
    expect(
      [...shown].every((text) => /^Are you still there\? Starting over in (1 second|\d+ seconds)\.$/.test(text)),
      [...shown].join(),
    ).to.equal(true);
    expect(shown.size, 'the visible countdown went by the second').to.be.greaterThan(1);
    // Said once when the warning appeared (a warning of under ten seconds has no "10 seconds left"), emptied at the reset.
    const changes = said.filter((text, i) => text !== said[i - 1]);
    expect(changes).to.have.length(2);
    expect(changes[0]).to.match(/^Are you still there\? Starting over in (1 second|\d seconds)\.$/);
    expect(changes[1]).to.equal('');
    const fresh = await until(() => shadow(element).querySelector<HTMLInputElement>('#input-emirates_id'));
    expect(fresh.value).to.equal('');
    expect(part(element, 'idle-warning') === null).to.equal(true);
  });

  it('"I am still here": the warning takes focus, then gives it back to the field, whose value stays', async () => {
    const { element, input } = await kiosk({ 'idle-timeout': '10' });
    input.focus();
    key(element, '7').click();
    const button = await until(() => part(element, 'idle-continue-button'), 12_000);
    await until(() => shadow(element).activeElement === button);
    button.click();
    await until(() => !part(element, 'idle-warning'));
    await element.updateComplete;
    expect(shadow(element).activeElement).to.equal(input);
    expect(input.value).to.equal('7');
  });

  for (const [lang, print] of [
    ['ar', 'اطبع الإيصال'],
    ['en', 'Print receipt'],
  ] as const) {
    it(`the receipt's print button in ${lang} says the kiosk's printer, not "save as PDF"; a page's checkout still offers the PDF`, async () => {
      for (const mode of ['kiosk', 'web']) {
        const element = await mount({ mode, service: 'police-good-conduct', inputs: 'emirates_id=784199012345671' }, lang);
        await typeCard(element, { number: '4242424242424242' });
        await until(() => element.readyToPay);
        part(element, 'pay-button')!.click();
        const button = await until(() => part(element, 'print-button'));
        if (mode === 'kiosk') expect(button.textContent!.trim()).to.equal(print);
        else expect(button.textContent).to.include('PDF');
        // One checkout on the page at a time: WebKit's typing command types into the first one.
        element.remove();
      }
    });
  }

  for (const lang of ['ar', 'en']) {
    it(`"pay on your phone instead" in ${lang}: the link opens the phone's pages in ${lang} (the contract's locale)`, async () => {
      const session = await openSession();
      const element = await mount({ mode: 'kiosk', 'client-secret': session.client_secret }, lang);
      const button = await until(() => ((element as unknown as { checkout: { step: string } }).checkout.step === 'ready' ? part(element, 'handoff-button') : null));
      button.click();
      await until(() => part(element, 'handoff-qr'));
      const { handoff } = element as unknown as { handoff: { handoff: { url: string } } };
      expect(new URL(handoff.handoff.url).searchParams.get('lang')).to.equal(lang);
    });
  }

  it('3-D Secure: "can’t type here? finish on your phone" stops the challenge, charges nothing and shows the hand-off QR', async () => {
    const session = await openSession();
    const element = await mount({ mode: 'kiosk', 'client-secret': session.client_secret });
    await typeCard(element, { number: '4000000000003063' });
    const pay = await until(() => ((element as DubaiPayElement).readyToPay ? part(element, 'pay-button') : null));
    pay.click();
    await until(() => shadow(element).querySelector('iframe[part="three-ds-frame"]'));
    const offer = part(element, 'challenge-handoff-button')!;
    expect(offer.closest('[part="challenge-dialog"]') !== null, 'in the challenge').to.equal(true);
    expect(offer.textContent).to.equal('Can’t type here? Finish on your phone');
    const changes = collect(element, 'dubai-pay-change');
    offer.click();
    const qr = await until(() => part(element, 'handoff-qr'));
    expect(qr.getAttribute('aria-label')).to.equal('QR code that opens this payment on your phone');
    expect(part(element, 'challenge-dialog') === null).to.equal(true);
    // The stopped verification's reason is not shown under the QR: it is not about the phone's payment.
    expect(part(element, 'error') === null, 'no stale reason under the QR').to.equal(true);
    expect(changes.map((e) => [e.detail.step, e.detail.error?.code])).to.deep.include(['ready', 'authentication_canceled']);
    expect(await charges(session.id)).to.equal(0);
    // Focus on the hand-off's heading, not on nowhere.
    await until(() => shadow(element).activeElement === part(element, 'handoff')!.querySelector('h3'));
  });
});

describe('<dubai-pay-services mode="kiosk">', () => {
  it('choosing a service: focus goes to the checkout’s heading (the service), not to nowhere', async () => {
    const element = await kioskServices();
    await searchFor(element, 'good conduct');
    const service = [...shadow(element).querySelectorAll<HTMLElement>('[part="service"]')].find((b) => b.textContent!.includes('Good conduct certificate'))!;
    service.focus();
    service.click();
    const checkout = await until(() => shadow(element).querySelector('dubai-pay'));
    const heading = await until(() => shadow(checkout).querySelector('h2'));
    await until(() => deepActiveElement() === heading);
    expect(heading.textContent).to.equal('Good conduct certificate');
  });

  it('a search left idle: nothing on the start screen, then a warning first; "I am still here" keeps the search and the focus', async function () {
    this.timeout(45_000);
    const element = await kioskServices({ 'idle-timeout': '10' });
    // The start screen has nothing to clear: no warning for a kiosk nobody is using.
    const started = Date.now();
    await until(() => part(element, 'idle-warning') || Date.now() - started > 9_000, 10_000);
    expect(part(element, 'idle-warning') === null).to.equal(true);
    const field = await searchFor(element, 'licence');
    const found = shadow(element).querySelectorAll('[part="service"]').length;
    const button = await until(() => part(element, 'idle-continue-button'), 12_000);
    expect(part(element, 'idle-alert')!.textContent).to.match(/^Are you still there\? Starting over in \d seconds\.$/);
    await until(() => shadow(element).activeElement === button);
    button.click();
    await until(() => !part(element, 'idle-warning'));
    await element.updateComplete;
    expect(shadow(element).activeElement, 'focus back in the search field').to.equal(field);
    // Past the time it would have been cleared at: still there.
    await sleep(4_000);
    expect([field.value, shadow(element).querySelectorAll('[part="service"]').length]).to.deep.equal(['licence', found]);
    // Left again: warned, then cleared.
    await until(() => part(element, 'idle-warning'), 8_000);
    await until(() => field.value === '' && !part(element, 'service'), 6_000);
  });
});
