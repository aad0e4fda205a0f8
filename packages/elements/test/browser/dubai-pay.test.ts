import { expect } from 'chai';
import 'axe-core/axe.min.js';
import type { DubaiPayElement } from '@dubai-pay/elements';
import {
  GATEWAY,
  advanceClock,
  charges,
  collect,
  deepActive,
  frameReady,
  injectFault,
  mount,
  openSession,
  shadow,
  typeCard,
  typeInFrame,
  itTypes,
  unmountAll,
  until,
} from './support.ts';

declare const axe: { run(context: Element, options?: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> };

async function noViolations(element: DubaiPayElement): Promise<void> {
  // The hosted fields are another origin: axe checks them in the frame's own tests (e2e).
  const { violations } = await axe.run(element, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  expect(violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
}

const text = (element: DubaiPayElement) => shadow(element).textContent?.replace(/\s+/g, ' ') ?? '';
const part = (element: DubaiPayElement, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);

afterEach(unmountAll);

describe('<dubai-pay> accessibility', () => {
  for (const lang of ['en', 'ar']) {
    itTypes(`has no axe violations with a session, a receipt and an error (${lang})`, async () => {
      const session = await openSession();
      const element = await mount({ 'client-secret': session.client_secret }, lang);
      await until(() => part(element, 'pay-button'));
      await frameReady(element);
      await noViolations(element);
      await typeCard(element, { number: '4000000000009995' });
      await until(() => element.readyToPay);
      part(element, 'pay-button')!.click();
      await until(() => part(element, 'error'));
      await noViolations(element);
    });

    it(`has no axe violations on the inputs form, with field errors (${lang})`, async () => {
      const element = await mount({ service: 'rta-fines' }, lang);
      const form = await until(() => part(element, 'inputs-form'));
      await noViolations(element);
      part(element, 'submit-button')!.click();
      await until(() => form.querySelector('[aria-invalid="true"]'));
      await noViolations(element);
    });
  }

  itTypes('moves focus to the receipt', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    await typeCard(element, { number: '4242424242424242' });
    await until(() => element.readyToPay);
    part(element, 'pay-button')!.click();
    const title = await until(() => shadow(element).querySelector('#receipt-title'));
    await until(() => shadow(element).activeElement === title);
  });

  itTypes('leaves no blank band: the receipt sits one gap below what is shown above it, the quiet live regions take no room', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    await typeCard(element, { number: '4242424242424242' });
    await until(() => element.readyToPay);
    part(element, 'pay-button')!.click();
    const receipt = await until(() => part(element, 'receipt'));
    await element.updateComplete;
    const base = part(element, 'base')!;
    const gap = Number.parseFloat(getComputedStyle(base).rowGap);
    const shown = [...base.children].slice(0, [...base.children].indexOf(receipt)).filter((child) => child.getBoundingClientRect().height > 1);
    const above = shown.length
      ? Math.max(...shown.map((child) => child.getBoundingClientRect().bottom))
      : base.getBoundingClientRect().top + Number.parseFloat(getComputedStyle(base).paddingTop);
    expect(receipt.getBoundingClientRect().top - above, `${shown.length} shown above`).to.be.at.most((shown.length ? gap : 0) + 1);
    // The regions are still there, for what they will say next.
    expect(shadow(element).querySelector('[role="status"]') && shadow(element).querySelector('[role="alert"]'), 'live regions kept').to.exist;
  });

  itTypes('announces a decline: its words appear in a live region that was there, empty, before', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    await until(() => part(element, 'pay-button'));
    // A screen reader announces changes to a live region it already knows, not a region added with its text.
    const region = shadow(element).querySelector('[role="alert"]');
    expect(region, 'the alert region is rendered before any error').to.exist;
    expect(region!.textContent!.trim()).to.equal('');
    await typeCard(element, { number: '4000000000009995' });
    await until(() => element.readyToPay);
    part(element, 'pay-button')!.click();
    await until(() => region!.textContent!.includes('insufficient funds'));
    expect(shadow(element).querySelector('[role="alert"]') === region, 'the same region, not a new one').to.equal(true);
  });
});

describe('<dubai-pay> properties', () => {
  it('falls back to a language it speaks when given one it does not (locale="fr", lang="ar-EG")', async () => {
    const session = await openSession();
    const french = await mount({ 'client-secret': session.client_secret, locale: 'fr' });
    await until(() => part(french, 'pay-button'));
    expect(shadow(french).querySelector('[part="base"]')?.getAttribute('lang')).to.equal('en');
    const egyptian = await mount({ 'client-secret': session.client_secret }, 'ar-EG');
    await until(() => part(egyptian, 'pay-button'));
    expect(shadow(egyptian).querySelector('[part="base"]')?.getAttribute('dir')).to.equal('rtl');
  });

  it('takes its language from the nearest lang, and switches live with locale', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret }, 'ar');
    await until(() => part(element, 'pay-button'));
    expect(part(element, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(text(element)).to.include('المبلغ المستحق');
    element.locale = 'en';
    await element.updateComplete;
    expect(part(element, 'base')!.getAttribute('dir')).to.equal('ltr');
    expect(text(element)).to.include('What you owe');
  });

  it('offers only the methods asked for', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret, methods: 'edirham' });
    await until(() => part(element, 'pay-button'));
    const radios = [...shadow(element).querySelectorAll<HTMLInputElement>('input[name="method"]')].map((r) => r.value);
    expect(radios).to.deep.equal(['edirham']);
  });

  it('quotes a service from inputs given as an attribute, with knowledge and innovation fees', async () => {
    const element = await mount({ service: 'police-good-conduct', inputs: 'emirates_id=784199012345671' });
    await until(() => part(element, 'total'));
    expect(text(element)).to.include('Knowledge fee');
    expect(text(element)).to.include('Innovation fee');
    expect(part(element, 'total')!.textContent).to.match(/AED\s?220\.00/);
  });

  it('checks a service’s inputs before quoting, accepting Arabic-Indic digits', async () => {
    const element = await mount({ service: 'police-good-conduct' });
    const input = await until(() => shadow(element).querySelector<HTMLInputElement>('#input-emirates_id'));
    input.value = '123';
    input.dispatchEvent(new Event('input'));
    part(element, 'submit-button')!.click();
    await until(() => input.getAttribute('aria-invalid') === 'true');
    expect(shadow(element).querySelector('#input-emirates_id-error')!.textContent).to.include('Emirates ID');
    input.value = '٧٨٤١٩٩٠١٢٣٤٥٦٧١';
    input.dispatchEvent(new Event('input'));
    part(element, 'submit-button')!.click();
    await until(() => part(element, 'total'));
  });

  it('shows a reference that owes nothing, in the page language', async () => {
    const element = await mount({ service: 'rta-fines', inputs: 'plate_number=B 12340' }, 'ar');
    await until(() => part(element, 'error'));
    expect(part(element, 'error')!.textContent).to.include('لا توجد مبالغ مستحقة');
  });
});

describe('<dubai-pay> events', () => {
  itTypes('sends ready, change and exactly one success, with the masked receipt', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    const events = collect(element, 'dubai-pay-ready', 'dubai-pay-change', 'dubai-pay-success', 'dubai-pay-error', 'dubai-pay-cancel');
    await until(() => part(element, 'pay-button'));
    await typeCard(element, { number: '4242 4242 4242 4242' });
    await until(() => element.readyToPay);
    part(element, 'pay-button')!.click();
    await until(() => events.some((e) => e.type === 'dubai-pay-success'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const terminal = events.filter((e) => ['dubai-pay-success', 'dubai-pay-error', 'dubai-pay-cancel'].includes(e.type));
    expect(terminal.map((e) => e.type)).to.deep.equal(['dubai-pay-success']);
    const success = terminal[0] as GlobalEventHandlersEventMap['dubai-pay-success'];
    expect(success.bubbles && success.composed).to.equal(true);
    expect(success.detail.receipt.paymentMethod).to.deep.include({ type: 'card', last4: '4242' });
    expect(JSON.stringify(success.detail)).to.not.include('4242424242424242');
    expect(events.some((e) => e.type === 'dubai-pay-change' && (e as GlobalEventHandlersEventMap['dubai-pay-change']).detail.complete)).to.equal(true);
    expect(await charges(session.id)).to.equal(1);
  });

  itTypes('a decline is a change with its code, not a terminal event; another card then pays', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    const events = collect(element, 'dubai-pay-change', 'dubai-pay-success', 'dubai-pay-error');
    await typeCard(element, { number: '4000000000000002' });
    await until(() => element.readyToPay);
    part(element, 'pay-button')!.click();
    await until(() => events.some((e) => e.type === 'dubai-pay-change' && (e as GlobalEventHandlersEventMap['dubai-pay-change']).detail.error?.code === 'card_declined'));
    expect(part(element, 'error')!.textContent).to.include('declined');
    expect(events.filter((e) => e.type !== 'dubai-pay-change')).to.deep.equal([]);
  });

  itTypes('a decline comes into view to be read (a phone shows little at once) and says what to do once', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    await typeCard(element, { number: '4000000000000002' });
    await until(() => element.readyToPay);
    // A small screen: the page around the checkout shows 260 px of it, scrolled to its top.
    const screen = element.parentElement!;
    screen.style.blockSize = '260px';
    screen.style.overflow = 'auto';
    screen.scrollTop = 0;
    const pay = part(element, 'pay-button')!;
    pay.focus();
    pay.click();
    const error = await until(() => part(element, 'error'));
    await until(() => {
      const shown = screen.getBoundingClientRect();
      const box = error.getBoundingClientRect();
      return box.top >= shown.top - 1 && box.bottom <= shown.bottom + 1;
    });
    expect(error.textContent).to.include('declined');
    // The reason says what to do; no second, general line says it again.
    expect(error.querySelectorAll('p').length, error.textContent ?? '').to.equal(1);
    expect(shadow(element).activeElement === pay, 'focus stays on Pay, to pay again').to.equal(true);
  });

  it('cancel ends with one cancel event and a canceled session', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    const events = collect(element, 'dubai-pay-cancel', 'dubai-pay-error', 'dubai-pay-success');
    await frameReady(element);
    part(element, 'cancel-button')!.click();
    // It asks first (WCAG 3.3.4): "No" goes back, focus on the button that asked.
    await until(() => part(element, 'cancel-confirm'));
    expect(deepActive() === part(element, 'cancel-keep-button'), 'focus on "No"').to.equal(true);
    part(element, 'cancel-keep-button')!.click();
    await element.updateComplete;
    expect(part(element, 'cancel-confirm') === null).to.equal(true);
    expect(deepActive() === part(element, 'cancel-button'), 'focus back on Cancel').to.equal(true);
    expect(events.length, 'nothing canceled yet').to.equal(0);
    part(element, 'cancel-button')!.click();
    await until(() => part(element, 'cancel-confirm-button'));
    part(element, 'cancel-confirm-button')!.click();
    await until(() => events.length === 1);
    expect(events[0]!.type).to.equal('dubai-pay-cancel');
    expect(text(element)).to.include('not been charged');
    // A session the agency's server made cannot be started again here: only the server can make another.
    expect(part(element, 'start-again-button') === null).to.equal(true);
  });

  it('an expired session ends with one error event (session_expired)', async () => {
    const session = await openSession();
    await advanceClock(31 * 60 * 1000);
    const element = await mount({ 'client-secret': session.client_secret });
    const events = collect(element, 'dubai-pay-error', 'dubai-pay-success', 'dubai-pay-cancel');
    await until(() => events.length === 1);
    expect((events[0] as GlobalEventHandlersEventMap['dubai-pay-error']).detail.code).to.equal('session_expired');
  });
});

describe('<dubai-pay> messages from strangers', () => {
  it('ignores forged hosted-fields messages: wrong origin, wrong source, wrong channel, bad shape', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    await frameReady(element);
    const pay = part(element, 'pay-button') as HTMLButtonElement;
    const channel = (element as unknown as { checkout: { fields: { channel: string } } }).checkout.fields.channel;
    const gatewayOrigin = new URL(GATEWAY).origin;
    const complete = { type: 'dubai-pay:change', channel, complete: true, empty: false };
    // Firefox will not even build an event whose source is a cross-origin window: a page script
    // cannot forge one there at all.
    const forge = (init: MessageEventInit) => {
      try {
        window.dispatchEvent(new MessageEvent('message', init));
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
      }
    };
    // From this page (origin is the page's, not the gateway's).
    window.postMessage(complete, '*');
    // Claiming the gateway's origin, but not from the frame.
    forge({ data: complete, origin: gatewayOrigin, source: window });
    forge({ data: complete, origin: gatewayOrigin }); // no source at all
    // From the frame's origin and window, but another channel or a malformed body.
    const frameWindow = shadow(element).querySelector('iframe')!.contentWindow;
    forge({ data: { ...complete, channel: 'another-channel-123' }, origin: gatewayOrigin, source: frameWindow });
    forge({ data: { ...complete, complete: 'yes' }, origin: gatewayOrigin, source: frameWindow });
    forge({ data: '{"type":"dubai-pay:change"}', origin: gatewayOrigin, source: frameWindow });
    // Even a perfect one, if a page script made it up rather than the frame posting it.
    forge({ data: complete, origin: gatewayOrigin, source: frameWindow });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await element.updateComplete;
    expect(element.readyToPay, 'the checkout does not take the forged word that the details are complete').to.equal(false);
    pay.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await charges(session.id), 'pressed, Pay only says what is missing').to.equal(0);
    expect(shadow(element).querySelector('[part="error"]') === null).to.equal(true);
  });
});

describe('<dubai-pay> flows', () => {
  itTypes('records what was paid for: the agency’s reference and the service’s inputs, on the session and the receipt', async () => {
    const element = await mount({ service: 'police-good-conduct', inputs: 'emirates_id=784199012345671', reference: 'APP-2026-0042' }, 'ar');
    const events = collect(element, 'dubai-pay-success');
    await typeCard(element, { number: '4242424242424242' });
    await until(() => element.readyToPay);
    part(element, 'pay-button')!.click();
    await until(() => events.length === 1);
    const { receipt } = events[0]!.detail;
    expect([receipt.reference, receipt.inputs]).to.deep.equal(['APP-2026-0042', { emirates_id: '784199012345671' }]);
    const rows = [...part(element, 'receipt')!.querySelectorAll('dt')].map((dt) => [dt.textContent?.trim(), dt.nextElementSibling?.textContent?.trim()]);
    expect(rows).to.deep.include(['الرقم المرجعي', 'APP-2026-0042']);
    expect(rows).to.deep.include(['رقم الهوية الإماراتية', '784199012345671']);
    expect(part(element, 'receipt')!.textContent).to.not.include('emirates_id', 'no raw field name on a receipt');
  });

  itTypes('pays by e-Dirham with number and PIN typed in the hosted fields', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret, methods: 'edirham card' });
    await frameReady(element);
    (shadow(element).querySelector('.details-label') as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await typeInFrame({ type: '7840000000000009' });
    await typeInFrame({ press: 'Tab' });
    await typeInFrame({ type: '1234' });
    await until(() => element.readyToPay);
    part(element, 'pay-button')!.click();
    await until(() => part(element, 'receipt'));
    expect(part(element, 'receipt')!.textContent).to.include('0009');
    expect(await charges(session.id)).to.equal(1);
  });

  itTypes('a double click on Pay pays once', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    await typeCard(element, { number: '4242424242424242' });
    const pay = await until(() => (element.readyToPay ? part(element, 'pay-button') : null));
    pay.click();
    pay.click();
    pay.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    await until(() => part(element, 'receipt'));
    expect(await charges(session.id)).to.equal(1);
  });
});

describe('<dubai-pay> 3-D Secure challenge', () => {
  itTypes('inline in a phone-wide checkout (EMV 05): the bank’s page takes its width and the viewport’s height, and focus; after a stop, the reason has focus', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret, 'challenge-display': 'inline' }, 'ar');
    element.style.inlineSize = '390px';
    await typeCard(element, { number: '4000000000003063' });
    const pay = await until(() => (element.readyToPay ? part(element, 'pay-button') : null));
    pay.click();
    const frame = await until(() => shadow(element).querySelector<HTMLIFrameElement>('iframe[part="three-ds-frame"]'));
    const mountBox = shadow(element).querySelector('[data-challenge-mount]')!;
    expect(mountBox.getAttribute('data-size')).to.equal('05');
    expect(part(element, 'challenge-dialog') === null).to.equal(true);
    const section = part(element, 'challenge')!.getBoundingClientRect();
    const box = frame.getBoundingClientRect();
    expect([box.left, box.right].map(Math.round)).to.deep.equal([section.left, section.right].map(Math.round));
    expect(Math.round(box.height)).to.equal(document.documentElement.clientHeight);
    await until(() => shadow(element).activeElement === frame);
    part(element, 'challenge-cancel-button')!.click();
    (await until(() => part(element, 'challenge-stop-button'))).click();
    const error = await until(() => part(element, 'error'));
    await until(() => shadow(element).activeElement === error);
  });
});

describe('<dubai-pay> layout: nothing moves under a finger', () => {
  const visible = (node: Element | null) => node !== null && getComputedStyle(node).visibility === 'visible';

  it('keeps Pay and Cancel out of sight until the hosted fields have drawn, and they do not move after', async () => {
    // The frame comes late: the checkout waits for it. Its document, not its script: the script
    // is immutable, so a browser that cached it in an earlier test never asks (WebKit then drew
    // the fields before the first look at Pay); the document is no-store, so it is always asked for.
    await injectFault({ method: 'GET', path: '/frame/fields', action: 'delay', delay_ms: 800, times: 1 });
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    const pay = await until(() => part(element, 'pay-button'));
    expect(visible(pay), 'Pay is hidden while the frame loads').to.equal(false);
    expect(visible(part(element, 'cancel-button')), 'Cancel too').to.equal(false);
    expect(shadow(element).querySelector('.fields-loading')?.textContent).to.include('Loading the secure payment form');
    await until(() => visible(pay));
    const frame = shadow(element).querySelector<HTMLIFrameElement>('iframe[part="frame"]')!;
    expect(Number.parseInt(frame.style.blockSize, 10), 'the frame has its drawn height when Pay appears').to.be.greaterThan(120);
    expect(shadow(element).querySelector('.fields-loading') === null).to.equal(true);
    const top = pay.getBoundingClientRect().top;
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(pay.getBoundingClientRect().top, 'Pay stays where it appeared').to.equal(top);
  });

  it('holds the frame at its size while a pointer is down on the checkout, then takes the new size', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    const frame = await frameReady(element);
    const cancel = part(element, 'cancel-button')!;
    const before = frame.style.blockSize;
    const checkout = (element as unknown as { checkout: { frameHeight: number } }).checkout;
    cancel.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    checkout.frameHeight = 517; // what the frame reports when an error line appears as it loses focus
    element.requestUpdate();
    await element.updateComplete;
    expect(frame.style.blockSize, 'unchanged while pressed').to.equal(before);
    window.dispatchEvent(new PointerEvent('pointerup'));
    await until(() => frame.style.blockSize === '517px');
  });
});

describe('<dubai-pay> loading: nothing waits for what it does not need', () => {
  const gatewayCalls = (path: RegExp) =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.startsWith(GATEWAY) && path.test(new URL(entry.name).pathname));

  it('with a client secret, the card frame loads while the session is still being read, and is the frame then shown', async () => {
    const session = await openSession();
    await injectFault({ method: 'POST', path: `/v1/sessions/${session.id}/view`, action: 'delay', delay_ms: 1500, times: 1 });
    const element = await mount({ 'client-secret': session.client_secret });
    const checkout = (element as unknown as { checkout: { step: string } }).checkout;
    const early = await until(() => shadow(element).querySelector<HTMLIFrameElement>('iframe[part="frame"]'));
    expect(checkout.step, 'the frame exists before the session is read').to.equal('loading');
    expect(part(element, 'pay-button') === null, 'nothing else of the form is shown yet').to.equal(true);
    expect(early.closest('[inert]') !== null, 'out of reach while loading').to.equal(true);
    await until(() => part(element, 'pay-button'));
    const shown = shadow(element).querySelector<HTMLIFrameElement>('iframe[part="frame"]');
    expect(shown === early, 'the same frame, not loaded again').to.equal(true);
    expect(early.closest('[inert]') === null, 'in reach once shown').to.equal(true);
    await frameReady(element);
  });

  it('for a service, the card frame loads once the quote is known, while the service is still being read', async () => {
    // A service no other test of this page shows: the page's catalog has not got it yet.
    const path = '/v1/catalog/services/rta-driving-licence-replacement';
    await injectFault({ method: 'GET', path, action: 'delay', delay_ms: 1500, times: 1 });
    const element = await mount({ service: 'rta-driving-licence-replacement', inputs: 'traffic_file_number=12345678' });
    const checkout = (element as unknown as { checkout: { step: string; quote: { id: string } | null } }).checkout;
    const early = await until(() => shadow(element).querySelector<HTMLIFrameElement>('iframe[part="frame"]'));
    expect(checkout.step, 'the frame exists before the service is read').to.equal('loading');
    expect(gatewayCalls(new RegExp(`${path}$`)).length, 'the service has not answered').to.equal(0);
    expect(early.closest('[inert]') !== null, 'out of reach while loading').to.equal(true);
    const payment = new URL(early.src).searchParams.get('payment');
    await until(() => part(element, 'pay-button'));
    expect(checkout.quote?.id, 'the frame is for the quote the checkout pays').to.equal(payment);
    expect(shadow(element).querySelector('iframe[part="frame"]') === early, 'the same frame, not loaded again').to.equal(true);
    await frameReady(element);
  });

  it('says ready first, even when the early frame reports its fields before the session is read', async () => {
    const session = await openSession();
    await injectFault({ method: 'POST', path: `/v1/sessions/${session.id}/view`, action: 'delay', delay_ms: 1500, times: 1 });
    const seen: string[] = [];
    const record = (event: Event) => seen.push(event.type);
    for (const type of ['dubai-pay-ready', 'dubai-pay-change']) document.addEventListener(type, record);
    try {
      const element = await mount({ 'client-secret': session.client_secret });
      await frameReady(element);
      await until(() => seen.includes('dubai-pay-ready'));
      expect(seen[0], `events: ${seen.join(', ')}`).to.equal('dubai-pay-ready');
      expect(seen.filter((type) => type === 'dubai-pay-ready').length).to.equal(1);
    } finally {
      for (const type of ['dubai-pay-ready', 'dubai-pay-change']) document.removeEventListener(type, record);
    }
  });

  it('a checkout for one service asks for that service and its quote at once, never the whole catalog', async () => {
    performance.clearResourceTimings();
    // A service no other test of this page shows: the page's catalog (shared by its checkouts) has not got it yet.
    const element = await mount({ service: 'police-lost-item-certificate', inputs: 'emirates_id=784199012345671' });
    await until(() => part(element, 'total'));
    expect(gatewayCalls(/\/catalog\/services$/).length, 'the catalog list').to.equal(0);
    expect(gatewayCalls(/\/catalog\/entities$/).length, 'the entity list').to.equal(0);
    const [service] = gatewayCalls(/\/catalog\/services\/police-lost-item-certificate$/);
    const [quote] = gatewayCalls(/\/quotes$/);
    expect(Boolean(service && quote), 'one service answer and one quote').to.equal(true);
    expect(quote!.startTime < service!.responseEnd, 'the quote was asked before the service had answered').to.equal(true);
  });
});
