import type { PaymentSession } from '@dubai-pay/contract';
import { outcomeOf, type ConfirmResult, type Sessions } from '../sessions.ts';
import { sleep } from '../sleep.ts';
import { challengeTimedOut, DEFAULT_CHALLENGE_TIMEOUT_MS } from './challenge-timer.ts';
import { chooseChallengeWindow } from './challenge-window.ts';
import { encodeCReq } from './creq.ts';
import type { AuthenticateOptions } from './next-actions.ts';
import { paymentInProgress } from './payment-in-progress.ts';
import { ThreeDsFrame } from './three-ds-frame.ts';

const POLL_INTERVAL_MS = 5000;

/**
 * 3-D Secure in the browser: the 3DS Method, then a challenge, in frames nested in a gateway-origin
 * container. A chunk of its own in the browser bundles: loaded when a payment needs it
 * (`NextActions.authenticate`), or ahead of time once the checkout is usable (`prepare`).
 */
export class ThreeDsFlow {
  readonly #sessions: Sessions;
  readonly #gatewayOrigin: string;
  readonly #publishableKey: string;

  constructor(sessions: Sessions, gatewayOrigin: string, publishableKey: string) {
    this.#sessions = sessions;
    this.#gatewayOrigin = gatewayOrigin;
    this.#publishableKey = publishableKey;
  }

  async run(clientSecret: string, session: PaymentSession, options: AuthenticateOptions): Promise<ConfirmResult> {
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
      publishableKey: this.#publishableKey,
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
      publishableKey: this.#publishableKey,
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
}

/** Resolves `'canceled'` when the signal aborts (never, without a signal). */
function aborted(signal: AbortSignal | undefined): Promise<'canceled'> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve('canceled');
    signal?.addEventListener('abort', () => resolve('canceled'), { once: true });
  });
}
