import { expect } from 'chai';
import type { DubaiPayElement } from '@dubai-pay/elements';
import { charges, collect, frameReady, itTypes, mount, openSession, shadow, typeCard, unmountAll, until } from './support.ts';

// The agency's page in control: `submit()` and `reset()`, its own Pay button and content in the
// slots, and the looks as one `appearance` object. Against the sandbox, in every engine.

const part = (element: DubaiPayElement, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const shown = (node: Element | null) => node !== null && node.getClientRects().length > 0;

afterEach(() => unmountAll());

describe('<dubai-pay> submit()', () => {
  itTypes('pays once and resolves with the receipt, however often it is called meanwhile', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    await typeCard(element, { number: '4242424242424242' });
    await until(() => element.readyToPay);
    const first = element.submit();
    const second = element.submit();
    expect(first === second, 'a call during the attempt gets the same attempt').to.equal(true);
    const result = await first;
    expect(result.outcome).to.equal('paid');
    if (result.outcome === 'paid') expect(result.receipt.number).to.match(/\S/);
    expect(await charges(session.id)).to.equal(1);
    const after = await element.submit();
    expect(after, 'a paid checkout does not pay again').to.deep.equal({ outcome: 'not_ready', step: 'receipt' });
    expect(await charges(session.id)).to.equal(1);
  });

  itTypes('says not_paid with the gateway’s reason for a declined card, and the customer may try again', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    await typeCard(element, { number: '4000000000000002' });
    await until(() => element.readyToPay);
    const result = await element.submit();
    expect(result.outcome).to.equal('not_paid');
    if (result.outcome === 'not_paid') {
      expect(result.error.code).to.equal('card_declined');
      expect(result.error.message.en).to.match(/\S/);
      expect(result.error.message.ar).to.match(/[\u0600-\u06ff]/);
    }
    expect(await charges(session.id)).to.equal(0);
    expect(part(element, 'pay-button')?.textContent).to.include('Pay');
  });

  it('sends nothing while details are missing or the checkout is not ready, and says which', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    expect(await element.submit()).to.deep.equal({ outcome: 'not_ready', step: 'loading' });
    await frameReady(element);
    expect(await element.submit()).to.deep.equal({ outcome: 'incomplete' });
    expect(await charges(session.id)).to.equal(0);
  });
});

describe('<dubai-pay> reset()', () => {
  itTypes('after a decline: the reason and the typed card are gone, the first method is chosen again', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    await typeCard(element, { number: '4000000000000002' });
    await until(() => element.readyToPay);
    await element.submit();
    await until(() => part(element, 'error'));
    const changes = collect(element, 'dubai-pay-change');
    expect(element.reset()).to.equal(true);
    await element.updateComplete;
    expect(part(element, 'error') === null, 'the reason is gone').to.equal(true);
    expect(element.readyToPay, 'the card fields were wiped').to.equal(false);
    expect(changes.at(-1)?.detail).to.deep.include({ step: 'ready', method: 'card', complete: false, error: null });
    expect(await element.submit()).to.deep.equal({ outcome: 'incomplete' });
  });

  it('changes nothing while loading; once ready, it goes back', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    expect(element.reset(), 'loading').to.equal(false);
    await frameReady(element);
    expect(element.reset(), 'ready').to.equal(true);
  });
});

describe('<dubai-pay> slots: the agency’s own content and Pay button', () => {
  itTypes('the agency’s own Pay button stands in for the checkout’s, and pays', async () => {
    const session = await openSession();
    const element = document.createElement('dubai-pay');
    Object.assign(element, { gateway: 'http://127.0.0.1:4210/v1', publishableKey: 'pk_test_demo', clientSecret: session.client_secret });
    const header = Object.assign(document.createElement('p'), { slot: 'header', textContent: 'Traffic department' });
    const own = Object.assign(document.createElement('button'), { slot: 'pay-button', type: 'button', textContent: 'Confirm and pay' });
    const footer = Object.assign(document.createElement('p'), { slot: 'footer', textContent: 'Help: 800 9090' });
    element.append(header, own, footer);
    document.body.append(element);
    const events = collect(element, 'dubai-pay-success');
    await typeCard(element, { number: '4242424242424242' });
    await until(() => element.readyToPay);
    expect(shown(part(element, 'pay-button')), 'the checkout’s own Pay is not shown').to.equal(false);
    expect(shown(own) && shown(header) && shown(footer), 'the agency’s content is').to.equal(true);
    const base = part(element, 'base')!.getBoundingClientRect();
    expect(header.getBoundingClientRect().top - base.top, 'the header at the top').to.be.lessThan(60);
    own.click();
    own.click();
    await until(() => events.length > 0);
    expect(await charges(session.id)).to.equal(1);
  });
});

describe('<dubai-pay> appearance', () => {
  it('sets the custom properties, forwards the card fields’ share, and leaves out what is out of bounds', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const session = await openSession();
      const element = await mount({ 'client-secret': session.client_secret, style: '--dubai-pay-color-muted: #333333' });
      element.appearance = {
        variables: { colorPrimary: '#123456', colorText: '#222222', radius: 99, fontFamily: 'Brand Sans, Dubai, sans-serif' },
        rules: { input: { borderWidth: 2 }, label: { fontWeight: 500 } },
      };
      await element.updateComplete;
      const style = getComputedStyle(element);
      expect(style.getPropertyValue('--dubai-pay-color-primary').trim()).to.equal('#123456');
      expect(style.getPropertyValue('--dubai-pay-radius').trim(), 'out of bounds: the default stays').to.equal('8px');
      const pay = await until(() => part(element, 'pay-button'));
      expect(getComputedStyle(pay).backgroundColor).to.equal('rgb(18, 52, 86)');
      const forwarded = (element as unknown as { fieldsAppearance(): Record<string, unknown> }).fieldsAppearance();
      expect(forwarded).to.deep.include({ color_text: '#222222', input_border_width_px: 2, label_font_weight: 500, font_family: 'Dubai, sans-serif' });
      expect(warnings.some((w) => w.includes('appearance.variables.radius'))).to.equal(true);
      element.appearance = null;
      await element.updateComplete;
      expect(getComputedStyle(element).getPropertyValue('--dubai-pay-color-primary').trim(), 'taken back').to.equal('#00665e');
      expect(getComputedStyle(element).getPropertyValue('--dubai-pay-color-muted').trim(), 'the page’s own stays').to.equal('#333333');
    } finally {
      console.warn = warn;
    }
  });
});
