import {
  endpointRoutes,
  endedUnpaidCode,
  isClientSecret,
  sessionIdOfSecret,
  snakeize,
  TERMINAL_STATUSES,
  type BankId,
  type BrowserInfo,
  type Channel,
  type Handoff,
  type Locale,
  type PaymentMethod,
  type PaymentMethodRequest,
  type PaymentMethodType,
  type PaymentSession,
  type ReceiptLink,
  type SessionItemRequest,
  type ThreeDsPolicy,
} from '@dubai-pay/contract';
import { collectBrowserInfo, inBrowser } from './browser-info.ts';
import { DubaiPayError, isDubaiPayError } from './errors/dubai-pay-error.ts';
import type { CallProgress, GatewayHttp } from './http/gateway-http.ts';
import { asResult } from './results.ts';
import { secretKeyOf } from './secret-key.ts';
import { sleep } from './sleep.ts';

/** What a long call tells while it goes on: a retry, or that the outcome is being read back from the gateway. */
export type OperationProgress = CallProgress | { type: 'checking' };

/** Options every call takes. */
export interface OperationOptions {
  signal?: AbortSignal;
  /** ms this operation may take in all, retries and reading back included (default: the client's `deadline`). */
  deadline?: number;
  /** Told when the call is retried, and when its outcome is being read back: show "still trying…". */
  onProgress?: (progress: OperationProgress) => void;
}

export interface SessionOptions extends OperationOptions {
  channel?: Channel;
  /** The agency's own reference, shown on the receipt. */
  reference?: string;
  allowedMethods?: PaymentMethodType[];
}

export type SessionResult = { session: PaymentSession; error?: undefined } | { session?: undefined; error: DubaiPayError };

/**
 * The outcome of a confirm. A declined attempt is not an exception: the session comes back
 * (open for another try where the decline allows) together with the error to show.
 */
export type ConfirmResult = { session: PaymentSession; error?: DubaiPayError };

export type ConfirmRequestOptions = ({ paymentMethod: string; directDebit?: undefined } | { directDebit: { bank: BankId }; paymentMethod?: undefined }) & {
  /** Browser data for 3-D Secure; collected automatically in a browser. */
  browserInfo?: BrowserInfo;
  /** Where a full-page bank redirect comes back to. */
  returnUrl?: string;
  /** The customer's language in the checkout: the bank's and the ACS's pages open in it. */
  locale?: Locale;
  /**
   * 3-D Secure `A` (only an attempt) and `U` (unavailable): `decline` ends such an attempt unpaid.
   * Unset, the gateway's policy for the agency decides; this can only make it stricter.
   */
  threeDsPolicy?: ThreeDsPolicy;
} & OperationOptions;

export interface WaitOptions {
  signal?: AbortSignal;
  /** First poll interval in ms; grows by half each poll up to `maxInterval`. */
  interval?: number;
  maxInterval?: number;
  /** Give up after this many ms with a `timeout` error. */
  timeout?: number;
  /** Stop on these statuses too (e.g. `requires_action`), besides the terminal ones. */
  until?: readonly PaymentSession['status'][];
}

/** A session id from a client secret (`ps_…_secret_…`) or the id itself. */
export function sessionIdOf(idOrClientSecret: string): string {
  return sessionIdOfSecret(idOrClientSecret);
}

/** States in which the gateway itself says the session was not paid. */
const UNPAID: ReadonlySet<PaymentSession['status']> = new Set(['open', 'failed', 'expired', 'canceled']);

/**
 * A session after an attempt, with the attempt's error (a decline, a failed authentication) if it
 * has one. Read from the gateway's own state, so "you have not been charged" may be said.
 */
export function outcomeOf(session: PaymentSession): ConfirmResult {
  const { lastError } = session;
  if (!lastError || session.status === 'succeeded') return { session };
  const details = { retryable: lastError.retryable, detail: lastError.message, notCharged: UNPAID.has(session.status) };
  // The issuer's own words for the cardholder come with a 3-D Secure refusal only.
  const issuerMessage = lastError.code.startsWith('authentication_') ? (session.threeDSecure?.cardholderInfo ?? undefined) : undefined;
  return { session, error: new DubaiPayError(lastError.code, { ...details, issuerMessage }) };
}

/** The share of an operation's deadline its own attempts may take; the rest is kept for reading the outcome back. */
const ATTEMPT_SHARE = 0.6;

export function isTerminal(session: PaymentSession): boolean {
  return (TERMINAL_STATUSES as readonly string[]).includes(session.status);
}

/**
 * Why a session that ended unpaid takes no more payment, as the gateway's own code would say it;
 * `undefined` while it can still be paid (or once paid). The gateway's state is the proof that
 * nothing was charged.
 */
export function endedUnpaid(session: PaymentSession): DubaiPayError | undefined {
  const code = endedUnpaidCode(session.status);
  return code ? new DubaiPayError(code, { notCharged: true }) : undefined;
}

/** Payment sessions: create, read, confirm, cancel, wait for the outcome. */
export class Sessions {
  readonly #http: GatewayHttp;
  readonly #keys: { publishable?: string | undefined; secret?: string | undefined };
  readonly #deadline: number;
  /** Confirms under way, by session: a second click joins the first instead of sending again. */
  readonly #confirming = new Map<string, Promise<ConfirmResult>>();
  /** How many attempts each session had when last seen: tells a declined attempt from one that never arrived. */
  readonly #attemptsSeen = new Map<string, number>();

  constructor(http: GatewayHttp, keys: { publishable?: string | undefined; secret?: string | undefined }, deadline: number) {
    this.#http = http;
    this.#keys = keys;
    this.#deadline = deadline;
  }

  /** Opens a session for a quote. Works with a publishable key (browser) or a secret key. */
  async createFromQuote(quoteId: string, options: SessionOptions = {}): Promise<SessionResult> {
    return this.#create({ quoteId, ...sessionFields(options) }, this.#anyKey(), options);
  }

  /** Opens a session for items the agency's server prices itself. Secret key only (rule 2). */
  async create(items: SessionItemRequest[], options: SessionOptions = {}): Promise<SessionResult> {
    return this.#create({ items, ...sessionFields(options) }, this.#secretKey(), options);
  }

  /** The session now. Takes its client secret (browser) or its id (server, secret key). */
  async retrieve(idOrClientSecret: string, options: OperationOptions = {}): Promise<PaymentSession> {
    // A browser reads with the client secret in the body of a simple request (no preflight); a server by id.
    const route = isClientSecret(idOrClientSecret) ? endpointRoutes.viewSession : endpointRoutes.retrieveSession;
    return this.#seen(await this.#http.call(route, this.#call(idOrClientSecret, options)));
  }

  /**
   * Pays the session with a payment method token (from the hosted fields) or by direct debit.
   * Calls for a session while one is under way return the same promise: one click, one payment.
   * Throws `outcome_unknown` when neither the confirm's answer nor the session could be read in
   * time: then nothing is known about the money, and the caller keeps checking (`waitForOutcome`).
   */
  confirm(idOrClientSecret: string, request: ConfirmRequestOptions): Promise<ConfirmResult> {
    const id = sessionIdOf(idOrClientSecret);
    const running = this.#confirming.get(id);
    if (running) return running;
    const attempt = this.#confirm(idOrClientSecret, request).finally(() => this.#confirming.delete(id));
    this.#confirming.set(id, attempt);
    return attempt;
  }

  /** Reports the 3DS Method's completion indicator, so the gateway can authenticate. */
  completeThreeDsMethod(idOrClientSecret: string, completionIndicator: 'Y' | 'N' | 'U', options: OperationOptions = {}): Promise<PaymentSession> {
    return this.#movingMoney(idOrClientSecret, options, (call) =>
      this.#http.call(endpointRoutes.completeThreeDsMethod, { ...call, body: { completion_indicator: completionIndicator } }),
    );
  }

  /**
   * Ends the 3-D Secure challenge or bank approval the customer left (`canceled`) or the client
   * gave up on (`timed_out`); the session stays open for another attempt. If the action had
   * already ended, the session comes back unchanged: the outcome stands.
   */
  abandonAction(idOrClientSecret: string, reason: 'canceled' | 'timed_out', options: OperationOptions = {}): Promise<PaymentSession> {
    return this.#movingMoney(idOrClientSecret, options, (call) => this.#http.call(endpointRoutes.abandonAction, { ...call, body: { reason } }));
  }

  /**
   * A way to finish this payment on the customer's phone: `url` for a QR code (a kiosk), `code`
   * (8 digits) to read out (an IVR). Single use, ten minutes; a new one replaces the last. Watch
   * the session (`waitForOutcome`) to see the payment made there. `locale`: the language the
   * customer is paying in; the link opens the phone's pages in it.
   */
  async createHandoff(
    idOrClientSecret: string,
    options: OperationOptions & { locale?: Locale } = {},
  ): Promise<{ handoff: Handoff; error?: undefined } | { handoff?: undefined; error: DubaiPayError }> {
    const result = await this.#createLink(endpointRoutes.createHandoff, idOrClientSecret, options);
    return result.error ? { error: result.error } : { handoff: result.value };
  }

  /**
   * "Send to my phone": a short-lived, read-only link to this paid session's receipt on the
   * gateway, for a QR code or a tap; it shows the receipt only (never a way to pay). `locale`: the
   * language the receipt page opens in. A session not yet paid: `{ error: session_not_paid }`.
   */
  async createReceiptLink(
    idOrClientSecret: string,
    options: OperationOptions & { locale?: Locale } = {},
  ): Promise<{ link: ReceiptLink; error?: undefined } | { link?: undefined; error: DubaiPayError }> {
    const result = await this.#createLink(endpointRoutes.createReceiptLink, idOrClientSecret, options);
    return result.error ? { error: result.error } : { link: result.value };
  }

  /** A link the gateway makes for a session (hand-off, receipt), opening its pages in `locale`. */
  #createLink<Route extends typeof endpointRoutes.createHandoff | typeof endpointRoutes.createReceiptLink>(
    route: Route,
    idOrClientSecret: string,
    options: OperationOptions & { locale?: Locale },
  ) {
    const body = options.locale ? { locale: options.locale } : {};
    return asResult(() => this.#http.call(route, { ...this.#call(idOrClientSecret, options), body }));
  }

  /**
   * Cancels an unpaid session. A paid one cannot be canceled: `{ error: session_completed }`.
   * When the answer is lost, the session is read back: what it says stands.
   */
  async cancel(idOrClientSecret: string, options: OperationOptions = {}): Promise<SessionResult> {
    const result = await asResult(() => this.#movingMoney(idOrClientSecret, options, (call) => this.#http.call(endpointRoutes.cancelSession, { ...call, body: {} })));
    if (result.error) return { error: result.error };
    const session = result.value;
    if (session.status === 'canceled') return { session };
    // Read back after a lost answer, and not canceled: paid meanwhile, ended otherwise, or the cancel never arrived.
    if (session.status === 'succeeded') return { error: new DubaiPayError('session_completed') };
    return { error: endedUnpaid(session) ?? new DubaiPayError('attempt_not_received') };
  }

  /**
   * Turns card or e-Dirham details into a one-time token, for PCI-scoped SERVER channels (IVR)
   * with the secret key. Browsers never do this: the hosted fields frame does it on the gateway origin.
   */
  async createPaymentMethod(
    details: PaymentMethodRequest,
    options: OperationOptions = {},
  ): Promise<{ paymentMethod: PaymentMethod; error?: undefined } | { paymentMethod?: undefined; error: DubaiPayError }> {
    const result = await asResult(() =>
      this.#http.call(endpointRoutes.createPaymentMethod, {
        credential: this.#secretKey(),
        body: snakeize(details),
        signal: options.signal,
        deadline: options.deadline,
        onProgress: options.onProgress,
      }),
    );
    return result.error ? { error: result.error } : { paymentMethod: result.value };
  }

  /**
   * Polls the session until it ends (succeeded, failed, expired, canceled) or reaches one of
   * `until`. Used after a bank redirect or a 3-D Secure challenge, where the outcome is read
   * from the gateway and never taken from a message, and after an `outcome_unknown`. A read that
   * fails is tried again at the next poll: only `timeout` (or the signal) ends the wait.
   */
  async waitForOutcome(idOrClientSecret: string, options: WaitOptions = {}): Promise<PaymentSession> {
    const maxInterval = options.maxInterval ?? 5000;
    let interval = options.interval ?? 1000;
    const deadline = options.timeout === undefined ? Infinity : Date.now() + options.timeout;
    for (;;) {
      const session = await this.retrieve(idOrClientSecret, { signal: options.signal }).catch((error: unknown) => {
        if (options.signal?.aborted || !isDubaiPayError(error) || !RETRIED_WHILE_WAITING.has(error.code)) throw error;
        return undefined;
      });
      if (session && (isTerminal(session) || options.until?.includes(session.status))) return session;
      if (Date.now() + interval > deadline) throw new DubaiPayError('timeout', { detail: 'The session did not reach an outcome in time.' });
      await sleep(interval, options.signal);
      interval = Math.min(maxInterval, Math.round(interval * 1.5));
    }
  }

  async #confirm(idOrClientSecret: string, request: ConfirmRequestOptions): Promise<ConfirmResult> {
    const id = sessionIdOf(idOrClientSecret);
    const attemptsBefore = this.#attemptsSeen.get(id);
    const browserInfo = request.browserInfo ?? (inBrowser() ? collectBrowserInfo() : undefined);
    const body = snakeize({
      ...(request.paymentMethod !== undefined ? { paymentMethod: request.paymentMethod } : { directDebit: request.directDebit }),
      ...(browserInfo ? { browserInfo } : {}),
      ...(request.returnUrl ? { returnUrl: request.returnUrl } : {}),
      ...(request.locale ? { locale: request.locale } : {}),
      ...(request.threeDsPolicy ? { threeDsPolicy: request.threeDsPolicy } : {}),
    });
    const result = await asResult(() => this.#movingMoney(idOrClientSecret, request, (call) => this.#http.call(endpointRoutes.confirmSession, { ...call, body })));
    if (result.error) {
      // Already paid (a second tab, a click after a lost answer): the payment stands, show it.
      // If it cannot be read now, nothing is said about the money but that it is being checked.
      const session = await this.retrieve(idOrClientSecret, request).catch((cause: unknown) => {
        throw request.signal?.aborted ? cause : new DubaiPayError('outcome_unknown', { outcomeUnknown: true, cause });
      });
      return result.error.code === 'session_completed' && session.status === 'succeeded' ? { session } : { session, error: result.error };
    }
    const session = result.value;
    // Open with no attempt on record since (read back after a lost answer): this confirm never
    // reached the gateway. Not a decline, and not charged (the session is open).
    if (session.status === 'open' && (!session.lastError || (attemptsBefore !== undefined && session.attempts === attemptsBefore))) {
      return { session, error: new DubaiPayError('attempt_not_received', { notCharged: true }) };
    }
    return outcomeOf(session);
  }

  /**
   * Rule 7, in one place. A call that can move money or end a payment (confirm, 3DS Method
   * completion, abandon, cancel) gets part of the operation's deadline; when its outcome is
   * unknown (a lost, cut or unreadable answer, a timeout, a 5xx) or the gateway says the session
   * is busy, the session is read back, and what the gateway says then is the answer: a session
   * still `processing` is watched until it moves. If that cannot be learned in time:
   * `outcome_unknown`, and nobody is told anything about the money.
   */
  async #movingMoney(idOrClientSecret: string, options: OperationOptions, call: (options: CallOptionsFor) => Promise<PaymentSession>): Promise<PaymentSession> {
    const deadline = options.deadline ?? this.#deadline;
    const started = Date.now();
    const left = () => deadline - (Date.now() - started);
    try {
      return this.#seen(await call({ ...this.#call(idOrClientSecret, options), deadline: Math.round(deadline * ATTEMPT_SHARE) }));
    } catch (error) {
      if (options.signal?.aborted || !isDubaiPayError(error) || !(error.outcomeUnknown || error.code === 'session_busy')) throw error;
      options.onProgress?.({ type: 'checking' });
      try {
        // Within what is left of the operation's deadline: the customer gets an answer by then.
        let session = await this.retrieve(idOrClientSecret, { ...options, deadline: Math.max(1, left()) });
        while (session.status === 'processing' && left() > 500) {
          await sleep(Math.min(1000, left() - 500), options.signal);
          session = await this.retrieve(idOrClientSecret, { ...options, deadline: Math.max(1, left()) });
        }
        if (session.status !== 'processing') return session;
      } catch (readError) {
        if (options.signal?.aborted) throw readError;
      }
      throw new DubaiPayError('outcome_unknown', { outcomeUnknown: true, cause: error, detail: `No definite answer about ${sessionIdOf(idOrClientSecret)} in ${deadline} ms.` });
    }
  }

  #create(body: object, credential: string, options: OperationOptions): Promise<SessionResult> {
    return asResult(() =>
      this.#http.call(endpointRoutes.createSession, { credential, body: snakeize(body), signal: options.signal, deadline: options.deadline, onProgress: options.onProgress }),
    ).then((result) => (result.error ? { error: result.error } : { session: this.#seen(result.value) }));
  }

  /** The call options for a session: its path parameter and credential, the caller's signal, deadline and progress. */
  #call(idOrClientSecret: string, options: OperationOptions): CallOptionsFor {
    return {
      params: { id: sessionIdOf(idOrClientSecret) },
      credential: this.#sessionCredential(idOrClientSecret),
      signal: options.signal,
      deadline: options.deadline,
      onProgress: options.onProgress,
    };
  }

  #seen(session: PaymentSession): PaymentSession {
    this.#attemptsSeen.set(session.id, session.attempts);
    return session;
  }

  #anyKey(): string {
    const key = this.#keys.secret ?? this.#keys.publishable;
    if (!key) throw new TypeError('createClient needs a publishableKey (browser) or a secretKey (server) for this call.');
    return key;
  }

  #secretKey(): string {
    return secretKeyOf(this.#keys);
  }

  #sessionCredential(idOrClientSecret: string): string {
    if (isClientSecret(idOrClientSecret)) return idOrClientSecret;
    return this.#secretKey();
  }
}

type CallOptionsFor = {
  params: Record<string, string>;
  credential: string;
  signal: AbortSignal | undefined;
  deadline: number | undefined;
  onProgress: ((p: CallProgress) => void) | undefined;
};

/** Failures a poll rides over: the next poll may get through. */
const RETRIED_WHILE_WAITING: ReadonlySet<string> = new Set(['network_error', 'timeout', 'server_error', 'invalid_response', 'rate_limited']);

function sessionFields(options: SessionOptions) {
  return {
    ...(options.channel ? { channel: options.channel } : {}),
    ...(options.reference ? { reference: options.reference } : {}),
    ...(options.allowedMethods ? { allowedMethods: options.allowedMethods } : {}),
  };
}
