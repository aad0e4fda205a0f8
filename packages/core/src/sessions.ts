import {
  handoff as handoffSchema,
  paymentMethod as paymentMethodSchema,
  paymentSession,
  snakeize,
  TERMINAL_STATUSES,
  type BankId,
  type BrowserInfo,
  type Channel,
  type Handoff,
  type PaymentMethod,
  type PaymentMethodRequest,
  type PaymentMethodType,
  type PaymentSession,
  type SessionItemRequest,
} from '@dubai-pay/contract';
import { collectBrowserInfo, inBrowser } from './browser-info.ts';
import { DubaiPayError } from './errors/dubai-pay-error.ts';
import { asResult } from './results.ts';
import { sleep, type Transport } from './transport.ts';

export interface SessionOptions {
  channel?: Channel;
  /** The agency's own reference, shown on the receipt. */
  reference?: string;
  allowedMethods?: PaymentMethodType[];
  signal?: AbortSignal;
}

export type SessionResult = { session: PaymentSession; error?: undefined } | { session?: undefined; error: DubaiPayError };

/**
 * The outcome of a confirm. A declined attempt is not an exception: the session comes back
 * (open for another try where the decline allows) together with the error to show.
 */
export type ConfirmResult = { session: PaymentSession; error?: DubaiPayError };

export type ConfirmRequestOptions = (
  | { paymentMethod: string; directDebit?: undefined }
  | { directDebit: { bank: BankId }; paymentMethod?: undefined }
) & {
  /** Browser data for 3-D Secure; collected automatically in a browser. */
  browserInfo?: BrowserInfo;
  /** Where a full-page bank redirect comes back to. */
  returnUrl?: string;
  signal?: AbortSignal;
};

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

const SECRET_MARK = '_secret_';

/** A session id from a client secret (`ps_…_secret_…`) or the id itself. */
export function sessionIdOf(idOrClientSecret: string): string {
  const at = idOrClientSecret.indexOf(SECRET_MARK);
  return at === -1 ? idOrClientSecret : idOrClientSecret.slice(0, at);
}

/** A session after an attempt, with the attempt's error (a decline, a failed authentication) if it has one. */
export function outcomeOf(session: PaymentSession): ConfirmResult {
  const { lastError } = session;
  return lastError && session.status !== 'succeeded'
    ? { session, error: new DubaiPayError(lastError.code, { retryable: lastError.retryable, detail: lastError.message }) }
    : { session };
}

export function isTerminal(session: PaymentSession): boolean {
  return (TERMINAL_STATUSES as readonly string[]).includes(session.status);
}

/** Payment sessions: create, read, confirm, cancel, wait for the outcome. */
export class Sessions {
  readonly #transport: Transport;
  readonly #keys: { publishable?: string | undefined; secret?: string | undefined };
  /** Confirms under way, by session: a second click joins the first instead of sending again. */
  readonly #confirming = new Map<string, Promise<ConfirmResult>>();

  constructor(transport: Transport, keys: { publishable?: string | undefined; secret?: string | undefined }) {
    this.#transport = transport;
    this.#keys = keys;
  }

  /** Opens a session for a quote. Works with a publishable key (browser) or a secret key. */
  async createFromQuote(quoteId: string, options: SessionOptions = {}): Promise<SessionResult> {
    return this.#create({ quoteId, ...sessionFields(options) }, this.#anyKey(), options.signal);
  }

  /** Opens a session for items the agency's server prices itself. Secret key only (rule 2). */
  async create(items: SessionItemRequest[], options: SessionOptions = {}): Promise<SessionResult> {
    return this.#create({ items, ...sessionFields(options) }, this.#secretKey(), options.signal);
  }

  /** The session now. Takes its client secret (browser) or its id (server, secret key). */
  retrieve(idOrClientSecret: string, options: { signal?: AbortSignal } = {}): Promise<PaymentSession> {
    return this.#transport.get(`sessions/${encodeURIComponent(sessionIdOf(idOrClientSecret))}`, paymentSession, {
      credential: this.#sessionCredential(idOrClientSecret),
      signal: options.signal,
    });
  }

  /**
   * Pays the session with a payment method token (from the hosted fields) or by direct debit.
   * Calls for a session while one is under way return the same promise: one click, one payment.
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
  completeThreeDsMethod(idOrClientSecret: string, completionIndicator: 'Y' | 'N' | 'U', options: { signal?: AbortSignal } = {}): Promise<PaymentSession> {
    return this.#transport.post(
      `sessions/${encodeURIComponent(sessionIdOf(idOrClientSecret))}/three_ds_method`,
      { completion_indicator: completionIndicator },
      paymentSession,
      { credential: this.#sessionCredential(idOrClientSecret), signal: options.signal },
    );
  }

  /**
   * Ends the 3-D Secure challenge or bank approval the customer left (`canceled`) or the client
   * gave up on (`timed_out`); the session stays open for another attempt. If the action had
   * already ended, the session comes back unchanged: the outcome stands.
   */
  abandonAction(idOrClientSecret: string, reason: 'canceled' | 'timed_out', options: { signal?: AbortSignal } = {}): Promise<PaymentSession> {
    return this.#transport.post(`sessions/${encodeURIComponent(sessionIdOf(idOrClientSecret))}/abandon_action`, { reason }, paymentSession, {
      credential: this.#sessionCredential(idOrClientSecret),
      signal: options.signal,
    });
  }

  /**
   * A way to finish this payment on the customer's phone: `url` for a QR code (a kiosk), `code`
   * (8 digits) to read out (an IVR). Single use, ten minutes; a new one replaces the last. Watch
   * the session (`waitForOutcome`) to see the payment made there.
   */
  async createHandoff(idOrClientSecret: string, options: { signal?: AbortSignal } = {}): Promise<{ handoff: Handoff; error?: undefined } | { handoff?: undefined; error: DubaiPayError }> {
    const result = await asResult(() =>
      this.#transport.post(`sessions/${encodeURIComponent(sessionIdOf(idOrClientSecret))}/handoff`, {}, handoffSchema, {
        credential: this.#sessionCredential(idOrClientSecret),
        signal: options.signal,
      }),
    );
    return result.error ? { error: result.error } : { handoff: result.value };
  }

  /** Cancels an unpaid session. A paid one cannot be canceled: `{ error: session_completed }`. */
  async cancel(idOrClientSecret: string, options: { signal?: AbortSignal } = {}): Promise<SessionResult> {
    const result = await asResult(() =>
      this.#transport.post(`sessions/${encodeURIComponent(sessionIdOf(idOrClientSecret))}/cancel`, {}, paymentSession, {
        credential: this.#sessionCredential(idOrClientSecret),
        signal: options.signal,
      }),
    );
    return result.error ? { error: result.error } : { session: result.value };
  }

  /**
   * Turns card or e-Dirham details into a one-time token, for PCI-scoped SERVER channels (IVR)
   * with the secret key. Browsers never do this: the hosted fields frame does it on the gateway origin.
   */
  async createPaymentMethod(details: PaymentMethodRequest, options: { signal?: AbortSignal } = {}): Promise<{ paymentMethod: PaymentMethod; error?: undefined } | { paymentMethod?: undefined; error: DubaiPayError }> {
    const result = await asResult(() =>
      this.#transport.post('payment_methods', snakeize(details), paymentMethodSchema, { credential: this.#secretKey(), signal: options.signal }),
    );
    return result.error ? { error: result.error } : { paymentMethod: result.value };
  }

  /**
   * Polls the session until it ends (succeeded, failed, expired, canceled) or reaches one of
   * `until`. Used after a bank redirect or a 3-D Secure challenge, where the outcome is read
   * from the gateway and never taken from a message.
   */
  async waitForOutcome(idOrClientSecret: string, options: WaitOptions = {}): Promise<PaymentSession> {
    const maxInterval = options.maxInterval ?? 5000;
    let interval = options.interval ?? 1000;
    const deadline = options.timeout === undefined ? Infinity : Date.now() + options.timeout;
    for (;;) {
      const session = await this.retrieve(idOrClientSecret, { signal: options.signal });
      if (isTerminal(session) || options.until?.includes(session.status)) return session;
      if (Date.now() + interval > deadline) throw new DubaiPayError('timeout', { detail: 'The session did not reach an outcome in time.' });
      await sleep(interval, options.signal);
      interval = Math.min(maxInterval, Math.round(interval * 1.5));
    }
  }

  async #confirm(idOrClientSecret: string, request: ConfirmRequestOptions): Promise<ConfirmResult> {
    const id = sessionIdOf(idOrClientSecret);
    const credential = this.#sessionCredential(idOrClientSecret);
    const browserInfo = request.browserInfo ?? (inBrowser() ? collectBrowserInfo() : undefined);
    const body = snakeize({
      ...(request.paymentMethod !== undefined ? { paymentMethod: request.paymentMethod } : { directDebit: request.directDebit }),
      ...(browserInfo ? { browserInfo } : {}),
      ...(request.returnUrl ? { returnUrl: request.returnUrl } : {}),
    });
    const result = await asResult(() =>
      this.#transport.post(`sessions/${encodeURIComponent(id)}/confirm`, body, paymentSession, { credential, signal: request.signal }),
    );
    if (result.value) return outcomeOf(result.value);
    // Already paid (a second tab, a click after a lost answer): the payment stands, show it.
    const session = await this.retrieve(idOrClientSecret, { signal: request.signal });
    return result.error.code === 'session_completed' && session.status === 'succeeded' ? { session } : { session, error: result.error };
  }

  #create(body: object, credential: string, signal: AbortSignal | undefined): Promise<SessionResult> {
    return asResult(() => this.#transport.post('sessions', snakeize(body), paymentSession, { credential, signal })).then((result) =>
      result.error ? { error: result.error } : { session: result.value },
    );
  }

  #anyKey(): string {
    const key = this.#keys.secret ?? this.#keys.publishable;
    if (!key) throw new TypeError('createClient needs a publishableKey (browser) or a secretKey (server) for this call.');
    return key;
  }

  #secretKey(): string {
    if (!this.#keys.secret) throw new TypeError('This call needs the secretKey and is for agency servers only.');
    return this.#keys.secret;
  }

  #sessionCredential(idOrClientSecret: string): string {
    if (idOrClientSecret.includes(SECRET_MARK)) return idOrClientSecret;
    return this.#secretKey();
  }
}

function sessionFields(options: SessionOptions) {
  return {
    ...(options.channel ? { channel: options.channel } : {}),
    ...(options.reference ? { reference: options.reference } : {}),
    ...(options.allowedMethods ? { allowedMethods: options.allowedMethods } : {}),
  };
}
