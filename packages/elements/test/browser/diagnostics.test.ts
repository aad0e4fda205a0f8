import { expect } from 'chai';
import type { DubaiPayElement } from '@dubai-pay/elements';
import { GATEWAY, collect, frameReady, mount, openSession, shadow, typeCard, unmountAll, until } from './support.ts';

// Setup mistakes against the real sandbox over HTTP (real CORS): the citizen sees the bilingual
// error, the developer one console line naming the fix; never a network error.
const part = (element: DubaiPayElement, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const errorText = async (element: DubaiPayElement) => (await until(() => part(element, 'error'))).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const NETWORK_TEXT = 'could not reach the payment service';

/** The page's `console.warn` lines while a test runs ([dubai-pay] ones only). */
function watchWarnings(): { lines: string[]; restore(): void } {
  const original = console.warn;
  const lines: string[] = [];
  console.warn = (...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (line.startsWith('[dubai-pay]')) lines.push(line);
    else original(...args);
  };
  return {
    lines,
    restore: () => {
      console.warn = original;
    },
  };
}

let warnings: ReturnType<typeof watchWarnings>;
beforeEach(() => {
  warnings = watchWarnings();
});
afterEach(() => {
  warnings.restore();
  unmountAll();
});

describe('<dubai-pay> setup diagnostics', () => {
  // The test page's origin is registered for another agency's key only (web-test-runner.config.mjs);
  // a page on an origin nobody registered is e2e/setup-diagnostics.spec.ts.
  it('an origin not registered for the key: the gateway’s refusal, and one warning naming the fix', async () => {
    const element = await mount({ 'publishable-key': 'pk_test_elsewhere', service: 'rta-fines' });
    const errors = collect(element, 'dubai-pay-error');
    expect(await errorText(element)).to.include('This website is not allowed to take payments');
    expect((await errorText(element)).includes(NETWORK_TEXT), 'not a network error').to.equal(false);
    await until(() => errors.length === 1);
    expect(errors[0]!.detail.code).to.equal('origin_not_allowed');
    expect(warnings.lines).to.have.length(1);
    expect(warnings.lines[0]).to.include(`register ${location.origin} for pk_test_elsewhere in the gateway's dashboard`);
    // Once per page: a second checkout with the same mistake says it to the citizen, not again in the console.
    const again = await mount({ 'publishable-key': 'pk_test_elsewhere', service: 'rta-fines' }, 'ar');
    expect(await errorText(again)).to.include('هذا الموقع غير مصرّح له بتحصيل المدفوعات');
    expect(warnings.lines).to.have.length(1);
  });

  it('a secret key as the publishable key: refused here, never sent, one warning', async () => {
    const element = await mount({ 'publishable-key': 'sk_test_demo', service: 'rta-fines' });
    expect(await errorText(element)).to.include('This payment page is not set up correctly');
    expect(warnings.lines).to.have.length(1);
    expect(warnings.lines[0]).to.match(/publishable-key is a secret key \(sk_…\): keep it on your server only; put your publishable key \(pk_…\) there/);
    const sent = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('sk_test_demo'));
    expect(sent.map((entry) => entry.name)).to.deep.equal([]);
    const ar = await mount({ 'publishable-key': 'sk_test_demo', service: 'rta-fines' }, 'ar');
    expect(await errorText(ar)).to.include('صفحة الدفع هذه غير مهيأة بشكل صحيح');
    expect(warnings.lines).to.have.length(1);
  });

  it('a publishable key the gateway does not know: its refusal, and one warning naming the key', async () => {
    const element = await mount({ 'publishable-key': 'pk_test_nope', service: 'rta-fines' });
    const text = await errorText(element);
    expect(text).to.include('This payment page is not set up correctly');
    expect(text.includes(NETWORK_TEXT), 'not a network error').to.equal(false);
    expect(warnings.lines).to.have.length(1);
    expect(warnings.lines[0]).to.include(`the gateway at ${GATEWAY} does not know pk_test_nope: copy the publishable key`);
  });

  it('a client secret where the key goes: one warning saying where each goes', async () => {
    const session = await openSession();
    const element = await mount({ 'publishable-key': session.client_secret, 'client-secret': session.client_secret });
    expect(await errorText(element)).to.include('This payment page is not set up correctly');
    expect(warnings.lines).to.have.length(1);
    expect(warnings.lines[0]).to.include('is a client secret: put it in client-secret');
  });

  it('a gateway URL without /v1, or not http(s): one warning with the right form, not "could not find this payment"', async () => {
    for (const gateway of [GATEWAY.replace(/\/v1$/, ''), 'ftp://127.0.0.1:4210/v1']) {
      const element = await mount({ service: 'rta-fines' });
      element.gateway = gateway;
      const text = await errorText(element);
      expect(text).to.include('This payment page is not set up correctly');
      expect(text.includes('could not find this payment') || text.includes(NETWORK_TEXT), text).to.equal(false);
    }
    expect(warnings.lines).to.have.length(1);
    expect(warnings.lines[0]).to.include('ending in /v1, e.g. https://gateway.example/v1');
  });

  it('unknown attribute values: one warning each, naming the values taken', async () => {
    const element = await mount({ service: 'rta-fines', methods: 'visa card', 'challenge-display': 'popup', 'bank-approval': 'window' });
    await until(() => part(element, 'inputs-form'));
    expect(warnings.lines).to.have.length(3);
    expect(warnings.lines.find((line) => line.includes('methods="visa"'))).to.include('is ignored: it takes card, edirham, direct_debit');
    expect(warnings.lines.find((line) => line.includes('challenge-display="popup"'))).to.include('it takes modal, inline');
    expect(warnings.lines.find((line) => line.includes('bank-approval="window"'))).to.include('it takes redirect, popup');
    // The same values again (a re-render, another checkout): no more lines.
    element.setAttribute('challenge-display', 'inline');
    element.setAttribute('challenge-display', 'popup');
    await mount({ service: 'rta-fines', methods: 'visa' });
    await element.updateComplete;
    expect(warnings.lines).to.have.length(3);
    expect(part(element, 'error') === null, 'the checkout goes on').to.equal(true);
  });

  it('a checkout set up right warns of nothing', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret, methods: 'card edirham' });
    await until(() => part(element, 'pay-button'));
    expect(warnings.lines).to.deep.equal([]);
  });
});

describe('<dubai-pay> change events', () => {
  it('one change per real change: one at load, one when the card details are complete', async () => {
    const session = await openSession();
    const element = await mount({ 'client-secret': session.client_secret });
    const changes = collect(element, 'dubai-pay-change');
    await frameReady(element);
    await typeCard(element, { number: '4242424242424242' });
    await until(() => element.readyToPay);
    await until(() => changes.some((event) => event.detail.complete));
    expect(changes.map((event) => event.detail)).to.deep.equal([
      { step: 'ready', method: 'card', complete: false, error: null },
      { step: 'ready', method: 'card', complete: true, error: null },
    ]);
  });
});
