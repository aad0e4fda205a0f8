import { loadChunk, type PaymentSession } from '@dubai-pay/contract';
import { outcomeOf, type ConfirmResult, type Sessions } from '../sessions.ts';
import { DubaiPayError } from '../errors/dubai-pay-error.ts';
import { sleep } from '../sleep.ts';
import type { ChallengeTimeoutWarning } from './challenge-timer.ts';
import type { ChallengeWindow } from './challenge-window.ts';
import { paymentInProgress } from './payment-in-progress.ts';
import type { MountPoint, BrowserWindow } from '../dom-types.ts';

export { DEFAULT_CHALLENGE_TIMEOUT_MS } from './challenge-timer.ts';
const BANK_POLL_INTERVAL_MS = 2000;

const loadThreeDs = () => loadChunk('three-ds-flow', () => import('./three-ds-flow.ts'));

export type AuthenticationProgress = 'method' | 'challenge' | 'checking';

export interface AuthenticateOptions {
  /**
   * Where the challenge is shown: called when a challenge starts, with the window chosen, and
   * returns the element the gateway's container frame goes into (a dialog, or a place inline).
   */
  challengeMount: (window: ChallengeWindow) => MountPoint | Promise<MountPoint>;
  /** Where the invisible 3DS Method frame goes. Default: `document.body`. */
  methodMount?: MountPoint;
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
  popup?: BrowserWindow | null;
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
    const { ThreeDsFlow } = await loadThreeDs().catch((error: unknown) => {
      // Not loaded, nothing asked of the bank: the session stays as the gateway has it, to resume.
      throw new DubaiPayError('network_error', { detail: `3-D Secure could not be loaded: ${String(error)}`, cause: error });
    });
    return new ThreeDsFlow(this.#sessions, this.#gatewayOrigin, this.#publishableKey).run(clientSecret, session, options);
  }

  /** Loads 3-D Secure ahead of time (the checkout does once it is usable), so a challenge waits for nothing. */
  prepare(): Promise<void> {
    return loadThreeDs().then(
      () => undefined,
      () => undefined,
    );
  }

  /** Ends the attempt at the gateway; if it had already ended, the gateway returns the real outcome. */
  #abandon(clientSecret: string, reason: 'canceled' | 'timed_out'): Promise<PaymentSession> {
    return this.#sessions.abandonAction(clientSecret, reason);
  }

  /**
   * Opens the window a bank approval will load in. Call it synchronously inside the click handler
   * (browsers block popups opened later); `null` when blocked or unavailable (then: redirect).
   */
  openBankWindow(): BrowserWindow | null {
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
