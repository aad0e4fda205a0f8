import type { PaymentSession } from '@dubai-pay/contract';
import { outcomeOf, type ConfirmResult, type Sessions } from '../sessions.ts';
import { sleep } from '../sleep.ts';
import { challengeTimedOut, type ChallengeTimeoutWarning } from './challenge-timer.ts';
import { chooseChallengeWindow, type ChallengeWindow } from './challenge-window.ts';
import { encodeCReq } from './creq.ts';
import { paymentInProgress } from './payment-in-progress.ts';
import { ThreeDsFrame } from './three-ds-frame.ts';

export const DEFAULT_CHALLENGE_TIMEOUT_MS = 10 * 60 * 1000;
const POLL_INTERVAL_MS = 5000;
const BANK_POLL_INTERVAL_MS = 2000;

export type AuthenticationProgress = 'method' | 'challenge' | 'checking';

export interface AuthenticateOptions {
  /**
   * Where the challenge is shown: called when a challenge starts, with the window chosen, and
   * returns the element the gateway's container frame goes into (a dialog, or a place inline).
   */
  challengeMount: (window: ChallengeWindow) => Element | DocumentFragment | Promise<Element | DocumentFragment>;
  /** Where the invisible 3DS Method frame goes. Default: `document.body`. */
  methodMount?: Element | DocumentFragment;
  /** The space a challenge may take. Default: the viewport. */
  space?: { width: number; height: number };
  /** Always use the full-screen window `05` (kiosks). */
  fullScreen?: boolean;
  /** Give up on a challenge after this many ms (reported as `authentication_timed_out`). Default 10 minutes. */
  challengeTimeout?: number;
  /** Told a minute (at most half the time) before a challenge is given up; `extend()` gives it its whole time again. */
  onTimeoutWarning?: (warning: ChallengeTimeoutWarning) => void;
  /** Aborting cancels the authentication (the customer gave up): `authentication_canceled`. */
  signal?: AbortSignal;
  onProgress?: (step: AuthenticationProgress) => void;
  /** Titles of the challenge frame, for screen readers. */
  challengeTitle?: string;
  /** The checkout's language (`en`, `ar`): the gateway's container frame says it is in it. */
  lang?: string;
  /** Keep the payment in sessionStorage so a reload resumes it (default). Kiosks keep nothing. */
  remember?: boolean;
}

export interface BankApprovalOptions {
  /** A window opened by `openBankWindow()` inside the click handler; without one, the page redirects. */
  popup?: Window | null;
  signal?: AbortSignal;
}

/**
 * What the browser does when the gateway answers a confirm with `requires_action`: 3-D Secure
 * (the 3DS Method, then a challenge) in frames nested in a gateway-origin container, and the
 * bank approval of a direct debit by redirect or popup. The outcome is always read from the
 * gateway; messages only say when to read it.
 */
export class NextActions {
  readonly #sessions: Sessions;
  readonly #gatewayOrigin: string;
  readonly #publishableKey: string | undefined;

  constructor(sessions: Sessions, gateway: string, publishableKey: string | undefined) {
    this.#sessions = sessions;
    this.#gatewayOrigin = new URL(gateway).origin;
    this.#publishableKey = publishableKey;
  }

  /** The client secret of a payment this tab left waiting for 3-D Secure or a bank (a reload, a bank's return), if any. */
  inProgress(): string | null {
    return paymentInProgress.read();
  }

  forgetInProgress(): void {
    paymentInProgress.clear();
  }

  /**
   * Runs 3-D Secure for a session that requires it and returns the attempt's outcome, read from
   * the gateway. Resolves (never rejects) for declines, failures, timeouts and cancels; throws
   * only transport errors.
   */
  async authenticate(clientSecret: string, session: PaymentSession, options: AuthenticateOptions): Promise<ConfirmResult> {
    if (!this.#publishableKey) throw new TypeError('3-D Secure runs in a browser with a publishableKey.');
    if (options.remember !== false) paymentInProgress.save(clientSecret);
    let current = session;
    try {
      while (current.status === 'requires_action') {
        const action = current.nextAction;
        if (action?.type === 'three_ds_method') current = await this.#method(clientSecret, action.threeDsMethod, options);
        else if (action?.type === 'three_ds_challenge') current = await this.#challenge(clientSecret, action.threeDsChallenge, options);
        else break;
      }
    } finally {
      if (current.status !== 'requires_action') paymentInProgress.clear();
    }
    return outcomeOf(current);
  }

  async #method(clientSecret: string, method: { methodUrl: string; methodData: string; timeoutMs: number }, options: AuthenticateOptions): Promise<PaymentSession> {
    options.onProgress?.('method');
    const frame = new ThreeDsFrame({
      gatewayOrigin: this.#gatewayOrigin,
      publishableKey: this.#publishableKey!,
      mount: options.methodMount ?? document.body,
      hidden: true,
      ...(options.lang ? { lang: options.lang } : {}),
    });
    const timeout = new AbortController();
    try {
      // `Y` when the ACS's notification arrives within the limit, `N` when it does not (EMV 3DS).
      const indicator = await Promise.race([
        frame.run({ step: 'method', url: method.methodUrl, field: 'threeDSMethodData', value: method.methodData }).then(() => 'Y' as const),
        sleep(method.timeoutMs, timeout.signal).then(() => 'N' as const),
        aborted(options.signal),
      ]);
      if (indicator === 'canceled') return await this.#abandon(clientSecret, 'canceled');
      options.onProgress?.('checking');
      return await this.#sessions.completeThreeDsMethod(clientSecret, indicator);
    } finally {
      timeout.abort();
      frame.destroy();
    }
  }

  async #challenge(
    clientSecret: string,
    challenge: { threeDsServerTransId: string; acsTransId: string; acsUrl: string; messageVersion: string },
    options: AuthenticateOptions,
  ): Promise<PaymentSession> {
    const space = options.space ?? { width: window.innerWidth, height: window.innerHeight };
    const chosen = chooseChallengeWindow(space, options.fullScreen);
    const mount = await options.challengeMount(chosen);
    options.onProgress?.('challenge');
    const frame = new ThreeDsFrame({
      gatewayOrigin: this.#gatewayOrigin,
      publishableKey: this.#publishableKey!,
      mount,
      hidden: false,
      width: chosen.width,
      height: chosen.height,
      ...(options.challengeTitle ? { title: options.challengeTitle } : {}),
      ...(options.lang ? { lang: options.lang } : {}),
    });
    const stop = new AbortController();
    const creq = encodeCReq({ ...challenge, challengeWindowSize: chosen.size });
    /** The session, once this challenge no longer waits (the message said so, or a poll found it). */
    const ended = (s: PaymentSession) =>
      s.status !== 'requires_action' || s.nextAction?.type !== 'three_ds_challenge' || s.nextAction.threeDsChallenge.acsTransId !== challenge.acsTransId;
    try {
      const outcome = await Promise.race([
        this.#notifiedThenRead(clientSecret, frame, creq, challenge.acsUrl, ended, stop.signal, options.onProgress),
        // The fallback when no message comes (webview quirks): the session tells.
        this.#poll(clientSecret, ended, stop.signal),
        challengeTimedOut(options.challengeTimeout ?? DEFAULT_CHALLENGE_TIMEOUT_MS, stop.signal, options.onTimeoutWarning),
        aborted(options.signal),
      ]);
      stop.abort();
      if (outcome === 'timed_out' || outcome === 'canceled') return await this.#abandon(clientSecret, outcome);
      options.onProgress?.('checking');
      return outcome;
    } finally {
      stop.abort();
      frame.destroy();
    }
  }

  /** Each notification is a hint to read the session; a hint that changes nothing is ignored. */
  async #notifiedThenRead(
    clientSecret: string,
    frame: ThreeDsFrame,
    creq: string,
    acsUrl: string,
    ended: (s: PaymentSession) => boolean,
    signal: AbortSignal,
    onProgress: AuthenticateOptions['onProgress'],
  ): Promise<PaymentSession> {
    await frame.run({ step: 'challenge', url: acsUrl, field: 'creq', value: creq });
    onProgress?.('checking');
    // The CRes can reach the browser a moment before the ACS's result reaches the gateway.
    for (;;) {
      const session = await this.#sessions.retrieve(clientSecret, { signal });
      if (ended(session)) return session;
      await sleep(1000, signal);
    }
  }

  async #poll(clientSecret: string, ended: (s: PaymentSession) => boolean, signal: AbortSignal): Promise<PaymentSession> {
    for (;;) {
      await sleep(POLL_INTERVAL_MS, signal);
      const session = await this.#sessions.retrieve(clientSecret, { signal }).catch(() => null);
      if (session && ended(session)) return session;
    }
  }

  /** Ends the attempt at the gateway; if it had already ended, the gateway returns the real outcome. */
  #abandon(clientSecret: string, reason: 'canceled' | 'timed_out'): Promise<PaymentSession> {
    return this.#sessions.abandonAction(clientSecret, reason);
  }

  /**
   * Opens the window a bank approval will load in. Call it synchronously inside the click handler
   * (browsers block popups opened later); `null` when blocked or unavailable (then: redirect).
   */
  openBankWindow(): Window | null {
    try {
      return window.open('', 'dubai-pay-bank', 'popup,width=520,height=760');
    } catch {
      return null;
    }
  }

  /**
   * Sends the customer to their bank. With a popup, waits there and returns the outcome (a popup
   * closed before the bank answered abandons the attempt). Without, saves the payment in
   * sessionStorage and redirects the page: the page resumes on return. Resolves `null` then.
   */
  async approveAtBank(clientSecret: string, session: PaymentSession, options: BankApprovalOptions = {}): Promise<ConfirmResult | null> {
    const action = session.nextAction;
    if (action?.type !== 'bank_redirect') return outcomeOf(session);
    const popup = options.popup;
    if (!popup || popup.closed) {
      paymentInProgress.save(clientSecret);
      location.assign(action.bankRedirect.url);
      return null;
    }
    popup.location.href = action.bankRedirect.url;
    for (;;) {
      await sleep(BANK_POLL_INTERVAL_MS, options.signal);
      const current = await this.#sessions.retrieve(clientSecret, { signal: options.signal });
      if (current.status !== 'requires_action') {
        if (!popup.closed) popup.close();
        return outcomeOf(current);
      }
      if (popup.closed) return outcomeOf(await this.#abandon(clientSecret, 'canceled'));
    }
  }
}

/** Resolves `'canceled'` when the signal aborts (never, without a signal). */
function aborted(signal: AbortSignal | undefined): Promise<'canceled'> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve('canceled');
    signal?.addEventListener('abort', () => resolve('canceled'), { once: true });
  });
}
