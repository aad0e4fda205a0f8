import { expect } from 'chai';
import { createClient, type DubaiPayClient, type PaymentSession } from '@dubai-pay/core';
import { encodeCReq } from '../../src/actions/creq.ts';
import { ThreeDsFrame } from '../../src/actions/three-ds-frame.ts';
// The gateway's container code, run here in a same-origin frame so that its document can be read.
import { ThreeDsContainer } from '../../../frame/src/three-ds/container.ts';

// 3-D Secure in a real browser against the sandbox over HTTP (started by the test runner): the
// gateway's container frame on 127.0.0.1:4210, the ACS nested in it on 127.0.0.1:4211, this page
// on localhost. The steps here need no typing, so they run in all three engines.

const GATEWAY = 'http://127.0.0.1:4210/v1';
const GATEWAY_ORIGIN = 'http://127.0.0.1:4210';

async function charges(sessionId: string): Promise<number> {
  const response = await fetch(`${GATEWAY_ORIGIN}/_sandbox/sessions/${sessionId}/charges`, { headers: { authorization: 'Bearer sk_test_demo' } });
  return ((await response.json()) as { charges: number }).charges;
}

/** A session confirmed with a test card token: it now waits for 3-D Secure. */
async function confirmed(client: DubaiPayClient, token: string): Promise<PaymentSession> {
  const { quote } = await client.fees.quote({ service: 'rta-driving-licence-renewal', inputs: { traffic_file_number: '12345678' } });
  const { session } = await client.sessions.createFromQuote(quote!.id);
  const { session: pending } = await client.sessions.confirm(session!.clientSecret, { paymentMethod: token });
  expect(pending.status).to.equal('requires_action');
  return pending;
}

function place(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

describe('3-D Secure in the browser (core)', () => {
  let client: DubaiPayClient;
  beforeEach(() => {
    client = createClient({ gateway: GATEWAY, publishableKey: 'pk_test_demo' });
  });
  afterEach(() => {
    for (const node of [...document.body.children]) if (node.tagName !== 'SCRIPT') node.remove();
    client.actions.forgetInProgress();
  });

  it('runs the 3DS Method in the gateway container (hidden) and the payment completes, once', async () => {
    const pending = await confirmed(client, 'pm_card_mastercard');
    expect(pending.nextAction?.type).to.equal('three_ds_method');
    const mount = place();
    let sawFrame = false;
    const progress: string[] = [];
    const result = await client.actions.authenticate(pending.clientSecret, pending, {
      methodMount: mount,
      challengeMount: () => {
        throw new Error('no challenge expected');
      },
      onProgress: (step) => {
        progress.push(step);
        const frame = mount.querySelector('iframe');
        // Hidden, and never given focus (its container reported ready long before the method ended).
        if (frame) sawFrame = new URL(frame.src).origin === GATEWAY_ORIGIN && frame.getAttribute('aria-hidden') === 'true' && document.activeElement !== frame;
      },
    });
    expect(result.error).to.equal(undefined);
    expect(result.session.status).to.equal('succeeded');
    expect(sawFrame).to.equal(true);
    expect(progress).to.deep.equal(['method', 'checking']);
    expect(mount.children.length).to.equal(0); // the frame is gone
    expect(await charges(pending.id)).to.equal(1);
  });

  it('shows a challenge at the chosen window size inside the gateway container; a cancel ends it (authentication_canceled)', async () => {
    const pending = await confirmed(client, 'pm_card_challenge_no_method');
    const mount = place();
    const stop = new AbortController();
    let chosen = '';
    const running = client.actions.authenticate(pending.clientSecret, pending, {
      space: { width: 1000, height: 800 },
      challengeMount: (window) => {
        chosen = window.size;
        return mount;
      },
      signal: stop.signal,
      lang: 'ar',
    });
    const frame = await until(() => mount.querySelector<HTMLIFrameElement>('iframe[part="three-ds-frame"]'));
    expect(new URL(frame.src).origin).to.equal(GATEWAY_ORIGIN);
    expect(new URL(frame.src).pathname).to.equal('/frame/3ds');
    // The container document says the checkout's language (its <html lang>, WCAG 3.1.1).
    expect(new URL(frame.src).searchParams.get('lang')).to.equal('ar');
    expect(chosen).to.equal('03');
    expect([frame.style.width, frame.style.height]).to.deep.equal(['500px', '600px']);
    // While it waits, a reloaded page would find the payment to resume.
    expect(client.actions.inProgress()).to.equal(pending.clientSecret);
    await new Promise((resolve) => setTimeout(resolve, 500));
    stop.abort();
    const result = await running;
    expect(result.error?.code).to.equal('authentication_canceled');
    expect(result.error?.messages.ar).to.include('ألغيت التحقق');
    expect(result.session.status).to.equal('open');
    expect(client.actions.inProgress()).to.equal(null);
    expect(await charges(pending.id)).to.equal(0);
  });

  it('an ACS that answers the CReq with an Erro ends the challenge at once (authentication_error, not charged), not at the timeout', async () => {
    const pending = await confirmed(client, 'pm_card_acs_erro_internal');
    const started = Date.now();
    const result = await client.actions.authenticate(pending.clientSecret, pending, { challengeMount: () => place() });
    expect(result.error?.code).to.equal('authentication_error');
    expect(result.error?.notCharged).to.equal(true);
    expect(result.session.threeDSecure?.error).to.deep.include({ code: '403', component: 'A' });
    expect(Date.now() - started, 'the Erro, not the 10-minute limit, ended it').to.be.below(8000);
    expect(await charges(pending.id)).to.equal(0);
  });

  it('a full-screen challenge (EMV 05) fills its place', async () => {
    const pending = await confirmed(client, 'pm_card_challenge_no_method');
    const mount = place();
    mount.style.cssText = 'position: fixed; inset: 0; display: grid';
    const stop = new AbortController();
    let chosen = '';
    const running = client.actions.authenticate(pending.clientSecret, pending, {
      fullScreen: true,
      challengeMount: (window) => {
        chosen = window.size;
        return mount;
      },
      signal: stop.signal,
    });
    const frame = await until(() => mount.querySelector<HTMLIFrameElement>('iframe[part="three-ds-frame"]'));
    expect(chosen).to.equal('05');
    const box = frame.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, mount.clientWidth, mount.clientHeight]);
    stop.abort();
    expect((await running).error?.code).to.equal('authentication_canceled');
  });

  it('gives a challenge frame focus when its container is ready (a cross-origin frame cannot take it), unless the customer is elsewhere on the page; never the hidden method frame', async () => {
    const button = place().appendChild(document.createElement('button'));
    // The customer is on another control of the page: the frame, once ready, leaves focus there.
    button.focus();
    const away = new ThreeDsFrame({ gatewayOrigin: GATEWAY_ORIGIN, publishableKey: 'pk_test_demo', mount: place(), hidden: false });
    await new Promise<void>((resolve) => window.addEventListener('message', () => resolve(), { once: true })); // its ready message
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(document.activeElement).to.equal(button);
    away.destroy();
    // Focus on nothing (the Pay button just went disabled): the challenge takes it.
    button.blur();
    const hidden = new ThreeDsFrame({ gatewayOrigin: GATEWAY_ORIGIN, publishableKey: 'pk_test_demo', mount: place(), hidden: true });
    const shown = new ThreeDsFrame({ gatewayOrigin: GATEWAY_ORIGIN, publishableKey: 'pk_test_demo', mount: place(), hidden: false });
    // No step is started: nothing but this page gives the frame focus.
    await until(() => document.activeElement === shown.iframe);
    shown.destroy();
    button.focus();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(document.activeElement).to.equal(button);
    hidden.destroy();
  });

  it('the gateway container: the ACS frame fills it (05), is sandboxed without top navigation, and takes the focus the page gives', async () => {
    const pending = await confirmed(client, 'pm_card_challenge_no_method');
    const action = pending.nextAction;
    if (action?.type !== 'three_ds_challenge') throw new Error('expected a challenge');
    const challenge = action.threeDsChallenge;
    const host = place().appendChild(document.createElement('iframe'));
    host.style.cssText = 'border: 0; width: 390px; height: 600px; display: block';
    const win = host.contentWindow!;
    win.document.documentElement.style.margin = win.document.body.style.margin = '0';
    win.document.documentElement.style.overflow = 'hidden';
    const channel = crypto.randomUUID();
    new ThreeDsContainer(win, { origin: location.origin, channel }).start();
    host.focus(); // as the page does when the container says it is ready
    // A CReq the ACS does not know: its page says so and, with no field to focus, does not take focus itself.
    const creq = encodeCReq({ ...challenge, acsTransId: crypto.randomUUID(), challengeWindowSize: '05' });
    win.postMessage({ type: 'dubai-pay:3ds-start', channel, nonce: 'n'.repeat(32), step: 'challenge', url: challenge.acsUrl, field: 'creq', value: creq }, '*');
    const acsFrame = await until(() => win.document.querySelector('iframe'));
    expect(acsFrame.getAttribute('sandbox')!.split(' ').sort()).to.deep.equal([
      'allow-forms',
      'allow-popups',
      'allow-same-origin',
      'allow-scripts',
      'allow-top-navigation-to-custom-protocols',
    ]);
    // Loaded: the container hands focus on to the bank's page.
    await until(() => win.document.activeElement === acsFrame && win.document.hasFocus());
    const box = acsFrame.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, 390, 600]);
    await client.sessions.abandonAction(pending.clientSecret, 'canceled');
  });

  it('gives up a challenge nobody answers after the configured timeout (authentication_timed_out)', async () => {
    const pending = await confirmed(client, 'pm_card_challenge_silent');
    const started = Date.now();
    const result = await client.actions.authenticate(pending.clientSecret, pending, { challengeMount: () => place(), challengeTimeout: 1500 });
    expect(Date.now() - started).to.be.at.least(1400);
    expect(result.error?.code).to.equal('authentication_timed_out');
    expect(result.session.lastError?.code).to.equal('authentication_timed_out');
  });

  it('warns before giving a challenge up, with at least 20 s to answer, and "more time" gives it its whole time again (WCAG 2.2.1)', async () => {
    const pending = await confirmed(client, 'pm_card_challenge_silent');
    const started = Date.now();
    const warnings: { at: number; remainingMs: number }[] = [];
    const result = await client.actions.authenticate(pending.clientSecret, pending, {
      challengeMount: () => place(),
      challengeTimeout: 1500,
      onTimeoutWarning: ({ remainingMs, extend }) => {
        warnings.push({ at: Date.now() - started, remainingMs });
        // The first warning is answered with "more time"; the second is not.
        if (warnings.length === 1) setTimeout(extend, 500);
      },
    });
    // Shorter than 20 s: warned at once, with all of its time left to answer.
    expect(warnings.map((w) => w.remainingMs)).to.deep.equal([1500, 1500]);
    expect(warnings[0]!.at).to.be.below(1000);
    // "More time" half a second in: the whole 1.5 s again from then, so the end comes after 2 s.
    expect(warnings[1]!.at).to.be.at.least(450);
    expect(Date.now() - started).to.be.at.least(1900);
    expect(result.error?.code).to.equal('authentication_timed_out');
  });

  it('ignores made-up and misdirected messages: a step ends only on the container’s own, with its nonce', async () => {
    // A silent method card: the real container never reports, so only a forged message could end the step.
    const pending = await confirmed(client, 'pm_card_method_timeout');
    const action = pending.nextAction;
    if (action?.type !== 'three_ds_method') throw new Error('expected a 3DS Method');
    const frame = new ThreeDsFrame({ gatewayOrigin: GATEWAY_ORIGIN, publishableKey: 'pk_test_demo', mount: place(), hidden: true });
    let ended = false;
    void frame.run({ step: 'method', url: action.threeDsMethod.methodUrl, field: 'threeDSMethodData', value: action.threeDsMethod.methodData }).then(() => (ended = true));
    await until(() => frame.iframe.contentWindow);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const notified = (nonce: string) => ({ type: 'dubai-pay:3ds-notified', channel: frame.channel, nonce, step: 'method' });
    // From this page's origin: the wrong origin.
    window.postMessage(notified('a'.repeat(32)), '*');
    // Made up by a page script with the right origin and source: not a trusted event. (Firefox
    // refuses a cross-origin window as a synthetic event's source; the origin alone is then forged.)
    for (const data of [notified('b'.repeat(32)), null, 'dubai-pay:3ds-notified', { type: 'dubai-pay:3ds-notified', channel: frame.channel }]) {
      let event: MessageEvent;
      try {
        event = new MessageEvent('message', { data, origin: GATEWAY_ORIGIN, source: frame.iframe.contentWindow });
      } catch {
        event = new MessageEvent('message', { data, origin: GATEWAY_ORIGIN });
      }
      window.dispatchEvent(event);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(ended).to.equal(false);
    frame.destroy();
    await client.sessions.abandonAction(pending.clientSecret, 'canceled');
  });
});

async function until<T>(check: () => T | null | undefined, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
