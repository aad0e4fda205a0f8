import {
  BANK_RETURN_PARAM,
  CLIENT_SECRET_MARK,
  ENDED_UNPAID_CODES,
  encodeBase64urlJson,
  endedUnpaidCode,
  type BankId,
  type CardBrand,
  type Locale,
  type ThreeDsVersion,
  type Wire,
} from '@dubai-pay/contract';
import type { Agency } from './agencies.ts';
import type { SandboxClock } from './clock.ts';
import { apiBase, type SandboxOrigins } from './config.ts';
import { authorizationCode, randomId } from './ids.ts';
import type { DescribePayment, PaymentDescription } from './payee.ts';
import type { StoredPaymentMethod } from './payments/payment-methods.ts';
import type { Authentication, DeclineCode, Scenario } from './payments/test-cards.ts';
import { cardholderInfoFor, DEFAULT_REASONS, FRICTIONLESS_REASONS, negotiatedVersion, withStatus, type FinalStatus } from './three-ds/directory.ts';
import { GatewayProblem } from './problems.ts';
import { total } from './quotes.ts';
import { LIMITS } from './abuse/limits.ts';
import type { PinGuard } from './abuse/pin-guard.ts';
import type { RateLimiter } from './abuse/rate-limiter.ts';

export const SESSION_LIFETIME_MS = 30 * 60 * 1000;
/** The most 3-D Secure messages one session's log keeps. */
const MAX_LOGGED_MESSAGES = 64;
/** The CRes and Erro fields a notification is logged with. */
const NOTIFICATION_FIELDS = [
  'messageType',
  'messageVersion',
  'threeDSServerTransID',
  'acsTransID',
  'transStatus',
  'challengeCompletionInd',
  'challengeCancel',
  'errorCode',
  'errorComponent',
  'errorDescription',
  'errorDetail',
  'errorMessageType',
] as const;
export const MAX_ATTEMPTS = 5;
export const THREE_DS_METHOD_TIMEOUT_MS = 10_000;

/** What the agency does with `A` and `U` unless it says otherwise: pay (without a liability shift for `U`). */
export const DEFAULT_THREE_DS_POLICY: ThreeDsPolicy = { attempted: 'proceed', unavailable: 'proceed' };
export type ThreeDsPolicy = Required<Wire.ThreeDsPolicy>;

/** A card attempt's 3-D Secure: how the issuer takes part, the version agreed, the policy, the browser data for the AReq. */
interface ThreeDsAttempt {
  authentication: Authentication;
  version: ThreeDsVersion;
  brand: CardBrand;
  policy: ThreeDsPolicy;
  /** The AReq's browser fields: what the client sent, and the Accept header and IP the gateway saw. */
  browser: Record<string, string | number | boolean>;
}

/** A 3-D Secure message the gateway's 3DS Server sent or received, as kept for the sandbox's log. */
export interface ThreeDsMessage {
  message: 'AReq' | 'ARes' | 'RReq' | 'CRes' | 'Erro';
  at: string;
  fields: Record<string, unknown>;
}

/** What the gateway saw of the request a browser confirmed with (the AReq's `browserAcceptHeader` and `browserIP`). */
export interface SeenRequest {
  accept: string;
  ip: string;
}

/** An attempt waiting for the customer (3-D Secure or the bank). */
interface PendingAttempt {
  summary: Wire.PaymentMethodSummary;
  /** The issuer's decision at authorisation, once authenticated. */
  scenario: Scenario;
  /** Card attempts from a browser; `null` for a bank. */
  threeDs: ThreeDsAttempt | null;
  threeDsServerTransId: string;
  acsTransId: string;
  /** The cardholder's browser language (from `browser_info`), for the ACS's pages. */
  language: Locale;
  /**
   * The token the bank's or the ACS's page carries in its form for this attempt: an answer
   * without it did not come from that page (another site's form, a bot with only the ids).
   */
  pageToken: string;
  /** The ACS's 3DS Method page notified the gateway: the completion indicator is `Y`, whatever the client says. */
  methodNotified?: boolean;
}

/** A 3-D Secure transaction as the ACS sees it while it waits for the cardholder. */
export interface AcsTransaction {
  threeDsServerTransId: string;
  acsTransId: string;
  messageVersion: string;
  amount: number;
  /** Who is paid, in both languages (the page shows its own language's). */
  payee: PaymentDescription['payee'];
  last4: string;
  language: Locale;
  /** What the ACS does in a challenge (the test card's behaviour). */
  behaviour: NonNullable<Authentication['challenge']>;
  /** The 3DS Method page never notifies. */
  silentMethod: boolean;
  notificationUrl: string;
  /** What the ACS's challenge form must send back (see `PendingAttempt.pageToken`). */
  pageToken: string;
}

/** What the gateway knows of a 3-D Secure transaction it started, kept after it ends. */
export interface ThreeDsRecord {
  sessionId: string;
  threeDsServerTransId: string;
  acsTransId: string;
  /** Origins the owning agency's pages run on: the notification page may be framed below them. */
  pageOrigins: readonly string[];
}

interface StoredSession {
  session: Wire.PaymentSession;
  agency: Agency;
  /** Successful authorisations: more than one for a session is a double charge. */
  charges: number;
  pending: PendingAttempt | null;
  /** The 3-D Secure messages of this session's attempts, oldest first (the sandbox's log). */
  threeDsMessages: ThreeDsMessage[];
  /** The digest of the card of the attempt under way, for the per-card decline counter. */
  card: string | null;
  /** Creation order: list cursors count on it (a cursor's own status may change between pages). */
  seq: number;
}

/** Who pays an attempt: a payment method token, or the customer's bank by direct debit. */
export type Payer =
  /** A token checked usable but not yet used up: the session marks it used once it commits. */
  { kind: 'token'; method: StoredPaymentMethod } | { kind: 'bank'; bank: BankId };

type SessionOptions = Pick<Wire.CreateSessionRequest, 'channel' | 'reference' | 'allowed_methods'>;

const ALL_METHODS: Wire.PaymentSession['allowed_methods'] = ['card', 'edirham', 'direct_debit'];

const conflict = (code: 'session_completed' | 'session_busy' | 'method_not_allowed' | 'quote_used', message: string) => new GatewayProblem(409, code, message);

const ENDED_MESSAGES = {
  session_expired: 'The session has expired.',
  session_canceled: 'The session was canceled.',
  session_failed: 'The session has failed and takes no more attempts.',
} as const;

/** The refusal of a session that ended unpaid, in the contract's words for its status (410 once expired, as for any expired resource). */
function endedUnpaid(code: keyof typeof ENDED_MESSAGES): GatewayProblem {
  return new GatewayProblem(code === 'session_expired' ? 410 : 409, code, ENDED_MESSAGES[code]);
}

/** The abuse counters a confirm consults: wrong PINs and declines, per card. */
export interface SessionGuards {
  pins: PinGuard;
  limiter: RateLimiter;
}

/** Declines by the card's issuer, counted per card against card testing. */
const ISSUER_DECLINES: ReadonlySet<DeclineCode> = new Set([
  'card_declined',
  'insufficient_funds',
  'lost_card',
  'stolen_card',
  'expired_card',
  'incorrect_cvc',
  'authentication_rejected',
]);

/** Compares two secrets in time that does not depend on where they first differ. */
export function sameSecret(given: string, expected: string): boolean {
  if (given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < given.length; i++) difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return difference === 0;
}

/** A 429 with the wait in `Retry-After`. */
export const rateLimited = (retryAfterMs: number, message: string) =>
  new GatewayProblem(429, 'rate_limited', message, { headers: { 'retry-after': String(Math.ceil(retryAfterMs / 1000)) } });

/**
 * Where a bank may send the customer back: a page of the agency's (one of the key's registered
 * origins, which include the gateway's own), over https, or over http on loopback in the sandbox.
 * Anything else (another site, `javascript:`, a host with odd characters) is refused: no open redirect.
 */
function allowedReturnUrl(text: string, agency: Agency): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new GatewayProblem(400, 'invalid_request', 'return_url is not a URL.', { param: 'return_url' });
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) || !agency.allowedOrigins.includes(url.origin) || url.username || url.password) {
    throw new GatewayProblem(400, 'invalid_request', 'return_url must be a page on one of the origins registered for this key.', { param: 'return_url' });
  }
  return url.href;
}

/** What happened to a session that an agency's server is told of (webhooks). */
export type SessionEventType = 'payment.succeeded' | 'payment.failed' | 'payment.canceled' | 'session.expired';
export type SessionListener = (type: SessionEventType, session: Wire.PaymentSession, agency: Agency) => void;

/** Filters of a session list, as the contract's query names them. */
export interface SessionFilters {
  status?: Wire.PaymentSession['status'] | undefined;
  entity?: string | undefined;
  service?: string | undefined;
  reference?: string | undefined;
  created_gte?: string | undefined;
  created_lt?: string | undefined;
}

export class SessionBook {
  readonly #sessions = new Map<string, StoredSession>();
  readonly #listeners: SessionListener[] = [];
  readonly #bySecret = new Map<string, string>();
  readonly #transactions = new Map<string, ThreeDsRecord>();
  /** The session each fee opened, by the first quote of its chain (one fee, one payment; a re-quote is the same fee). */
  readonly #byQuote = new Map<string, string>();
  #receiptCounter = 0;

  readonly #clock: SandboxClock;
  readonly #origins: SandboxOrigins;

  readonly #guards: SessionGuards;
  readonly #describe: DescribePayment;

  /** `describe`: who is paid and for what, as the bank's and the ACS's pages show it. */
  constructor(clock: SandboxClock, origins: SandboxOrigins, guards: SessionGuards, describe: DescribePayment) {
    this.#clock = clock;
    this.#origins = origins;
    this.#guards = guards;
    this.#describe = describe;
  }

  /**
   * One fee, one payment: a quote opens at most one session that can be paid. Asked again (a
   * second click, a second tab, a retry with a new key) it gives the session already open for it;
   * once that one is paid, the quote is spent. Only after that session was canceled, expired or
   * failed may the quote open another.
   *
   * A re-quote (`replaces`) is the same fee priced again: `lineage` is the quote and those it
   * replaced (newest first), and its last, the first quote, names the fee, so the whole chain
   * opens one payable session. An open, untouched session of a quote this one replaced is
   * superseded (canceled: nothing was in flight) by the newer price; one of a newer quote, or with
   * an attempt in flight, is not (`session_busy`); a paid one spends every quote of the chain.
   */
  openForQuote(agency: Agency, quote: Wire.Quote, options: SessionOptions, lineage: readonly string[] = [quote.id]): Wire.PaymentSession {
    const feeId = lineage.at(-1) ?? quote.id;
    const existing = this.#byQuote.get(feeId);
    const stored = existing ? this.#sessions.get(existing) : undefined;
    if (stored) {
      this.#expireIfDue(stored);
      const { status, quote_id, id } = stored.session;
      if (status === 'succeeded') throw conflict('quote_used', `Quote ${quote.id} has been paid (session ${id}).`);
      const live = status === 'open' || status === 'processing' || status === 'requires_action';
      if (live && quote_id === quote.id) return stored.session;
      if (status === 'processing' || status === 'requires_action') throw conflict('session_busy', `A payment of this fee is in progress (session ${id}).`);
      if (status === 'open' && !lineage.includes(quote_id ?? '')) throw conflict('session_busy', `A newer price of this fee has a session open (${id}).`);
      if (status === 'open') this.cancel(id, agency);
    }
    const session = this.open(agency, quote.items, { quote }, options);
    this.#byQuote.set(feeId, session.id);
    return session;
  }

  open(agency: Agency, items: Wire.LineItem[], origin: { quote?: Wire.Quote }, options: SessionOptions): Wire.PaymentSession {
    const id = randomId('ps');
    const session: Wire.PaymentSession = {
      id,
      object: 'payment_session',
      client_secret: `${id}${CLIENT_SECRET_MARK}${randomId('cs', 16).slice(3)}`,
      status: 'open',
      amount: total(items),
      currency: 'AED',
      items,
      entity_id: origin.quote?.entity_id ?? null,
      service_id: origin.quote?.service_id ?? null,
      quote_id: origin.quote?.id ?? null,
      reference: options.reference ?? null,
      inputs: origin.quote ? { ...origin.quote.inputs } : null,
      channel: options.channel ?? 'web',
      allowed_methods: options.allowed_methods ? ALL_METHODS.filter((m) => options.allowed_methods?.includes(m)) : [...ALL_METHODS],
      created_at: this.#clock.iso(),
      expires_at: this.#clock.iso(SESSION_LIFETIME_MS),
      attempts: 0,
      next_action: null,
      last_error: null,
      payment_method: null,
      three_d_secure: null,
      receipt: null,
      amount_refunded: 0,
    };
    this.#sessions.set(id, { session, agency, charges: 0, pending: null, threeDsMessages: [], card: null, seq: this.#sessions.size });
    this.#bySecret.set(session.client_secret, id);
    return session;
  }

  /** Everything this book holds, as JSON (a sandbox started with a data file keeps it across restarts). */
  snapshot(): unknown {
    return {
      sessions: [...this.#sessions.values()].map((stored) => ({ ...stored, agency: stored.agency.id })),
      bySecret: [...this.#bySecret],
      transactions: [...this.#transactions],
      byQuote: [...this.#byQuote],
      receiptCounter: this.#receiptCounter,
    };
  }

  restore(data: unknown, agencyOf: (id: string) => Agency): void {
    const saved = data as {
      sessions: (Omit<StoredSession, 'agency'> & { agency: string })[];
      bySecret: [string, string][];
      transactions: [string, ThreeDsRecord][];
      byQuote: [string, string][];
      receiptCounter: number;
    };
    // A data file from before the 3-D Secure log and record: an empty log, no record.
    for (const stored of saved.sessions) {
      stored.session.three_d_secure ??= null;
      // A 3-D Secure attempt saved before the record existed cannot go on: it ends unpaid (nothing was authorised).
      const action = stored.session.next_action?.type;
      if (stored.pending && !stored.pending.threeDs && (action === 'three_ds_method' || action === 'three_ds_challenge')) {
        stored.pending = null;
        stored.session.next_action = null;
        stored.session.status = 'open';
        stored.session.last_error = { code: 'authentication_error', message: declineMessages.authentication_error, retryable: true };
      }
      this.#sessions.set(stored.session.id, { ...stored, threeDsMessages: stored.threeDsMessages ?? [], agency: agencyOf(stored.agency) });
    }
    for (const [key, value] of saved.bySecret) this.#bySecret.set(key, value);
    for (const [key, value] of saved.transactions) this.#transactions.set(key, value);
    for (const [key, value] of saved.byQuote) this.#byQuote.set(key, value);
    this.#receiptCounter = saved.receiptCounter;
  }

  /** Tells `listener` of every payment outcome, cancel and expiry, as it happens. */
  listen(listener: SessionListener): void {
    this.#listeners.push(listener);
  }

  #emit(type: SessionEventType, stored: StoredSession): void {
    // A copy: the event carries the session as it was when this happened.
    const snapshot = structuredClone(stored.session);
    for (const listener of this.#listeners) listener(type, snapshot, stored.agency);
  }

  /** Expires every session whose time is up (expiry is otherwise noticed when a session is next read). */
  sweepExpired(): void {
    for (const stored of this.#sessions.values()) this.#expireIfDue(stored);
  }

  /**
   * The agency's sessions matching the filters, newest first, in creation order (ties in time
   * keep it); with `startingAfter`, only those created before that session. Sessions created
   * meanwhile are newer than any page read, so paging on never skips or repeats one.
   */
  list(agency: Agency, filters: SessionFilters, startingAfter?: string): Wire.PaymentSession[] {
    this.sweepExpired();
    const cursor = startingAfter === undefined ? Infinity : this.#stored(startingAfter, agency).seq;
    const from = filters.created_gte === undefined ? -Infinity : Date.parse(filters.created_gte);
    const to = filters.created_lt === undefined ? Infinity : Date.parse(filters.created_lt);
    const found: Wire.PaymentSession[] = [];
    for (const { session, agency: owner, seq } of this.#sessions.values()) {
      if (owner.id !== agency.id || seq >= cursor) continue;
      if (filters.status !== undefined && session.status !== filters.status) continue;
      if (filters.entity !== undefined && session.entity_id !== filters.entity) continue;
      if (filters.service !== undefined && session.service_id !== filters.service) continue;
      if (filters.reference !== undefined && session.reference !== filters.reference) continue;
      const created = Date.parse(session.created_at);
      if (created < from || created >= to) continue;
      found.push(session);
    }
    return found.reverse();
  }

  /** A paid session of this agency, for a refund; else the gateway's reason it cannot be refunded. */
  paid(id: string, agency: Agency): Wire.PaymentSession {
    const { session } = this.#stored(id, agency);
    if (session.status !== 'succeeded') throw new GatewayProblem(409, 'session_not_paid', `Session ${id} is ${session.status}: only a paid session can be refunded.`);
    return session;
  }

  /** A paid session's receipt with who was paid and for what (the receipt page); else why there is none. */
  receiptOf(id: string, agency: Agency): { receipt: Wire.Receipt } & PaymentDescription {
    const { session } = this.#stored(id, agency);
    if (session.status !== 'succeeded' || !session.receipt)
      throw new GatewayProblem(409, 'session_not_paid', `Session ${id} is ${session.status}: only a paid session has a receipt.`);
    return { receipt: session.receipt, ...this.#describe(agency, session) };
  }

  /** Records money given back on a paid session (a refund that succeeded). */
  addRefunded(id: string, agency: Agency, amount: number): void {
    const { session } = this.#stored(id, agency);
    session.amount_refunded += amount;
  }

  ownerOfSecret(clientSecret: string): { sessionId: string; agency: Agency } | undefined {
    const sessionId = this.#bySecret.get(clientSecret);
    const stored = sessionId ? this.#sessions.get(sessionId) : undefined;
    return stored && sessionId ? { sessionId, agency: stored.agency } : undefined;
  }

  /** The session as the agency that owns it may see it. */
  get(id: string, agency: Agency): Wire.PaymentSession {
    return this.#stored(id, agency).session;
  }

  charges(id: string, agency: Agency): number {
    return this.#stored(id, agency).charges;
  }

  /** The 3-D Secure messages of the session's attempts (test control). */
  threeDsMessages(id: string, agency: Agency): readonly ThreeDsMessage[] {
    return this.#stored(id, agency).threeDsMessages;
  }

  /** `seen`: the browser's request as the gateway saw it; absent for a server channel (secret key). */
  confirm(id: string, agency: Agency, resolvePayer: (session: Wire.PaymentSession) => Payer, request: Wire.ConfirmRequest, seen?: SeenRequest): Wire.PaymentSession {
    const fromBrowser = seen !== undefined;
    // Every check comes before any change, so a refused confirm leaves nothing half done.
    const stored = this.#payable(id, agency);
    const { session } = stored;
    const payer = resolvePayer(session);
    const summary: Wire.PaymentMethodSummary = payer.kind === 'token' ? payer.method.method.summary : { type: 'direct_debit', bank: payer.bank };
    if (!session.allowed_methods.includes(summary.type)) {
      throw conflict('method_not_allowed', `This session cannot be paid by ${summary.type.replace('_', ' ')}.`);
    }
    if (summary.type === 'card' && fromBrowser && !request.browser_info) {
      throw new GatewayProblem(400, 'invalid_request', 'Card payments from a browser need `browser_info` for 3-D Secure.', { param: 'browser_info' });
    }
    // Card-not-present without 3-D Secure (MOTO) only on a session made for the phone, confirmed
    // by the agency's server, and only for an agency allowed to take MOTO payments.
    if (!fromBrowser && summary.type === 'card' && session.channel !== 'ivr') {
      throw new GatewayProblem(
        403,
        'three_ds_required',
        `Card payments on ${session.channel} sessions are authenticated with 3-D Secure in the customer's browser: confirm with the client secret there.`,
      );
    }
    if (!fromBrowser && session.channel === 'ivr' && !agency.moto) {
      throw new GatewayProblem(403, 'forbidden', 'This agency may not take card-not-present (MOTO) payments.');
    }
    const returnUrl = request.return_url === undefined ? undefined : allowedReturnUrl(request.return_url, agency);
    const card = payer.kind === 'token' ? payer.method.cardKey : null;
    if (card) {
      // A card declined again and again is being tested: it waits.
      const testing = this.#guards.limiter.full(`declines:${card}`, LIMITS.declinesPerCard);
      if (!testing.ok) throw rateLimited(testing.retryAfterMs, 'This card was declined too often; wait before trying it again.');
    }
    this.#abandonPending(stored);
    stored.card = card;
    session.attempts += 1;
    session.last_error = null;
    session.payment_method = summary;
    session.three_d_secure = null;
    if (payer.kind === 'bank') {
      const pending: PendingAttempt = {
        summary,
        scenario: { kind: 'approve' },
        threeDs: null,
        threeDsServerTransId: '',
        acsTransId: '',
        language: 'en',
        pageToken: randomId('pt', 24),
      };
      return this.#await(stored, pending, {
        type: 'bank_redirect',
        bank_redirect: {
          bank: payer.bank,
          url: `${this.#origins.bank}/banks/${payer.bank}/approve?${new URLSearchParams({ session: session.id, ...(request.locale ? { lang: request.locale } : {}) })}`,
          return_url: returnUrl ?? `${this.#origins.gateway}/return?session=${encodeURIComponent(session.id)}`,
        },
      });
    }
    payer.method.used = true;
    const scenario = this.#pinChecked(payer.method);
    const authentication = payer.method.authentication;
    const version = authentication && negotiatedVersion(authentication.versions);
    // Server channels (IVR, agency back ends) are card-not-present without a browser: no 3-D Secure.
    // e-Dirham is authenticated by its PIN; a card range sharing no version with the gateway cannot be.
    if (!seen || !authentication || summary.type !== 'card') return this.#authorise(stored, summary, scenario);
    const policy = stricter(agency.threeDsPolicy ?? DEFAULT_THREE_DS_POLICY, request.three_ds_policy);
    // A card range that shares no version with the gateway cannot be authenticated: as `U`, by the policy.
    if (!version)
      return policy.unavailable === 'decline'
        ? this.#decline(stored, 'authentication_unavailable', declineMessages.authentication_unavailable)
        : this.#authorise(stored, summary, scenario);
    // The checkout's language when it says it; else the device's.
    const language = request.locale ?? (request.browser_info?.language.toLowerCase().startsWith('ar') ? 'ar' : 'en');
    const pending: PendingAttempt = {
      summary,
      scenario,
      threeDs: {
        authentication,
        version,
        brand: summary.brand,
        policy,
        browser: areqBrowserFields(request.browser_info, seen),
      },
      threeDsServerTransId: crypto.randomUUID(),
      acsTransId: crypto.randomUUID(),
      language,
      pageToken: randomId('pt', 24),
    };
    const record = { sessionId: session.id, threeDsServerTransId: pending.threeDsServerTransId, acsTransId: pending.acsTransId, pageOrigins: agency.allowedOrigins };
    this.#transactions.set(pending.threeDsServerTransId, record).set(pending.acsTransId, record);
    if (authentication.method !== 'none') return this.#await(stored, pending, this.#methodAction(session, pending));
    return this.#sendAReq(stored, pending, 'U');
  }

  /**
   * The AReq for the attempt, with the 3DS Method's completion indicator, and the issuer's ARes:
   * a challenge to take, or a frictionless outcome that decides the attempt at once.
   */
  #sendAReq(stored: StoredSession, pending: PendingAttempt, methodCompletion: 'Y' | 'N' | 'U'): Wire.PaymentSession {
    const threeDs = pending.threeDs!;
    const { session } = stored;
    const { authentication, version } = threeDs;
    this.#log(stored, 'AReq', {
      messageVersion: version,
      threeDSServerTransID: pending.threeDsServerTransId,
      deviceChannel: '02',
      messageCategory: '01',
      threeDSCompInd: methodCompletion,
      // Only the exemption the gateway's own risk analysis grants (the sandbox: the `I` test card's range).
      threeDSRequestorChallengeInd: authentication.ares === 'I' ? '05' : '01',
      purchaseAmount: String(session.amount),
      purchaseCurrency: '784',
      purchaseExponent: '2',
      ...threeDs.browser,
    });
    const ares = authentication.ares;
    const base: Wire.ThreeDSecure = {
      version,
      flow: ares === 'C' ? 'challenge' : 'frictionless',
      trans_status: ares,
      trans_status_reason: null,
      eci: null,
      liability_shift: false,
      authentication_value_present: false,
      exemption: null,
      method_completion: methodCompletion,
      three_ds_server_trans_id: pending.threeDsServerTransId,
      acs_trans_id: pending.acsTransId,
      ds_trans_id: crypto.randomUUID(),
      cardholder_info: null,
      error: null,
    };
    if (ares === 'C') {
      session.three_d_secure = base;
      this.#log(stored, 'ARes', { transStatus: 'C', acsChallengeMandated: 'N', acsTransID: pending.acsTransId, dsTransID: base.ds_trans_id, messageVersion: version });
      return this.#await(stored, pending, this.#challengeAction(pending));
    }
    const reason = FRICTIONLESS_REASONS[ares] ?? null;
    const info = authentication.cardholderInfo ? cardholderInfoFor(ares, pending.language) : null;
    session.three_d_secure = { ...withStatus(base, threeDs.brand, ares, reason), cardholder_info: info };
    this.#log(stored, 'ARes', {
      transStatus: ares,
      ...(reason ? { transStatusReason: reason } : {}),
      eci: session.three_d_secure.eci,
      authenticationValue: session.three_d_secure.authentication_value_present ? '(present)' : undefined,
      ...(info ? { cardholderInfo: info } : {}),
      acsTransID: pending.acsTransId,
      dsTransID: base.ds_trans_id,
      messageVersion: version,
    });
    return this.#authenticated(stored, pending, ares, reason);
  }

  /** The attempt once the issuer's final 3-D Secure status is known: authorise, or end it unpaid with the reason. */
  #authenticated(stored: StoredSession, pending: PendingAttempt, status: FinalStatus, reason: string | null): Wire.PaymentSession {
    const policy = pending.threeDs!.policy;
    if (status === 'N') return this.#endPending(stored, reason === '14' ? 'authentication_timed_out' : 'authentication_failed');
    if (status === 'R') return this.#endPending(stored, 'authentication_rejected');
    if (status === 'U' && policy.unavailable === 'decline') return this.#endPending(stored, 'authentication_unavailable');
    if (status === 'A' && policy.attempted === 'decline') return this.#endPending(stored, 'authentication_attempted');
    return this.#authorise(stored, pending.summary, pending.scenario);
  }

  #log(stored: StoredSession, message: ThreeDsMessage['message'], fields: Record<string, unknown>): void {
    // Five attempts make at most a few dozen messages; beyond that it is someone posting to the notification URL.
    if (stored.threeDsMessages.length >= MAX_LOGGED_MESSAGES) return;
    // Through JSON: the log keeps what would go on the wire (undefined fields dropped).
    stored.threeDsMessages.push({ message, at: this.#clock.iso(), fields: JSON.parse(JSON.stringify(fields)) });
  }

  /**
   * A message the gateway's notification URL received (a CRes or an Erro), kept in the session's
   * log: its known fields only, as short strings (it comes through the browser, from anyone).
   */
  logNotification(transId: string, message: 'CRes' | 'Erro', fields: Record<string, unknown>): void {
    const record = this.#transactions.get(transId);
    const stored = record ? this.#sessions.get(record.sessionId) : undefined;
    if (!stored) return;
    const kept = Object.fromEntries(NOTIFICATION_FIELDS.flatMap((name) => (typeof fields[name] === 'string' ? [[name, fields[name].slice(0, 256)]] : [])));
    this.#log(stored, message, kept);
  }

  /**
   * An Erro ended the challenge (the ACS refused the CReq or failed, or the gateway could not read
   * what came back): the attempt ends unpaid at once, with the error on the session. An Erro about
   * a transaction that no longer waits (its result came first) only joins its record.
   */
  threeDsError(transId: string, error: Wire.ThreeDSecure['error'] & {}): boolean {
    const record = this.#transactions.get(transId);
    const stored = record ? this.#sessions.get(record.sessionId) : undefined;
    const threeDs = stored?.session.three_d_secure;
    // A final record changes only for the ACS's own 402 after it timed the cardholder out (RReq N, reason 14).
    if (stored && threeDs && threeDs.three_ds_server_trans_id === record?.threeDsServerTransId && !threeDs.error && threeDs.trans_status_reason === '14' && error.code === '402') {
      stored.session.three_d_secure = { ...threeDs, error };
    }
    const found = this.#waitingFor(transId, 'challenge');
    if (!found) return false;
    found.stored.session.three_d_secure = { ...found.stored.session.three_d_secure!, trans_status: null, error };
    this.#endPending(found.stored, 'authentication_error');
    return true;
  }

  /**
   * The issuer's decision with an e-Dirham PIN checked, counted per card whatever the session:
   * the third wrong PIN blocks the card for a while (`pin_blocked`), a right one clears the count.
   */
  #pinChecked(method: StoredPaymentMethod): Scenario {
    const card = method.cardKey;
    if (method.method.summary.type !== 'edirham' || !card) return method.outcome;
    const pins = this.#guards.pins;
    if (pins.blocked(card)) return { kind: 'decline', code: 'pin_blocked' };
    if (method.pinRight === false) return { kind: 'decline', code: pins.wrong(card) ? 'pin_blocked' : 'incorrect_pin' };
    pins.right(card);
    return method.outcome;
  }

  /** The 3DS Method ended (Y), timed out (N) or had no URL (U): the gateway sends the AReq. */
  completeThreeDsMethod(id: string, agency: Agency): Wire.PaymentSession {
    const stored = this.#stored(id, agency);
    const pending = stored.pending;
    if (stored.session.status !== 'requires_action' || stored.session.next_action?.type !== 'three_ds_method' || !pending) {
      throw conflict('session_busy', 'The session is not waiting for the 3DS Method.');
    }
    // The gateway saw the ACS's notification itself (`Y`) or not (`N`): the client's report only ends the wait.
    return this.#sendAReq(stored, pending, pending.methodNotified ? 'Y' : 'N');
  }

  /**
   * The customer left the challenge or the bank (canceled, or the client's timeout ran out): the
   * attempt ends and the session stays open for another. An action that already ended (a CRes or
   * the bank's answer came first) is left as it is, so the client reads the real outcome.
   */
  abandonAction(id: string, agency: Agency, reason: 'canceled' | 'timed_out'): Wire.PaymentSession {
    const stored = this.#stored(id, agency);
    const { session } = stored;
    if (session.status !== 'requires_action' || !stored.pending) return session;
    const bank = session.next_action?.type === 'bank_redirect';
    return this.#endPending(stored, bank ? 'bank_abandoned' : reason === 'canceled' ? 'authentication_canceled' : 'authentication_timed_out');
  }

  /** The ACS's 3DS Method page posted to the notification URL for this transaction (while it still waits for it). */
  methodNotified(transId: string): void {
    const found = this.#waitingFor(transId, 'method');
    if (found) found.pending.methodNotified = true;
  }

  /** A gateway 3-D Secure transaction by either of its ids, pending or ended. */
  threeDsRecord(transId: string): ThreeDsRecord | undefined {
    return this.#transactions.get(transId);
  }

  /** The transaction waiting at the ACS in this step, or null when nothing waits. */
  acsTransaction(transId: string, step: 'method' | 'challenge'): AcsTransaction | null {
    const found = this.#waitingFor(transId, step);
    if (!found) return null;
    const { stored, pending } = found;
    const { session } = stored;
    const authentication = pending.threeDs!.authentication;
    return {
      threeDsServerTransId: pending.threeDsServerTransId,
      acsTransId: pending.acsTransId,
      messageVersion: pending.threeDs!.version,
      amount: session.amount,
      payee: this.#describe(stored.agency, session).payee,
      last4: pending.summary.type === 'card' ? pending.summary.last4 : '',
      language: pending.language,
      behaviour: authentication.challenge ?? 'code',
      silentMethod: authentication.method === 'silent',
      notificationUrl: `${this.#origins.gateway}/3ds/${step}-notification`,
      pageToken: pending.pageToken,
    };
  }

  /**
   * The ACS's result of a challenge, as its server sends it to the gateway (the RReq leg, not
   * through the browser): `Y` authenticated, `N` not (reason `14`: timed out at the ACS), `A`,
   * `U`, `R`, or canceled by the cardholder. Returns false when the transaction no longer waits
   * (abandoned, replaced, expired): nothing changes.
   */
  challengeResult(acsTransId: string, result: Exclude<FinalStatus, 'I'> | 'canceled', reason: string | null = null): boolean {
    const found = this.#waitingFor(acsTransId, 'challenge');
    if (!found) return false;
    const { stored, pending } = found;
    const status: FinalStatus = result === 'canceled' ? 'N' : result;
    reason ??= DEFAULT_REASONS[status] ?? null;
    stored.session.three_d_secure = withStatus(stored.session.three_d_secure!, pending.threeDs!.brand, status, reason);
    this.#log(stored, 'RReq', {
      transStatus: status,
      ...(reason ? { transStatusReason: reason } : {}),
      ...(result === 'canceled' ? { challengeCancel: '01' } : {}),
      eci: stored.session.three_d_secure.eci,
      acsTransID: acsTransId,
      messageVersion: pending.threeDs!.version,
    });
    if (result === 'canceled') this.#endPending(stored, 'authentication_canceled');
    else this.#authenticated(stored, pending, status, reason);
    return true;
  }

  /** The session whose pending attempt is this 3-D Secure transaction, waiting at this step. */
  #waitingFor(transId: string, step: 'method' | 'challenge'): { stored: StoredSession; pending: PendingAttempt } | null {
    const record = this.#transactions.get(transId);
    const stored = record ? this.#sessions.get(record.sessionId) : undefined;
    if (!record || !stored) return null;
    this.#expireIfDue(stored);
    const { pending, session } = stored;
    const waiting = step === 'method' ? 'three_ds_method' : 'three_ds_challenge';
    if (!pending || pending.threeDsServerTransId !== record.threeDsServerTransId || session.next_action?.type !== waiting) return null;
    return { stored, pending };
  }

  cancel(id: string, agency: Agency): Wire.PaymentSession {
    const stored = this.#stored(id, agency);
    const { session } = stored;
    if (session.status === 'canceled') return session;
    if (session.status === 'succeeded') throw conflict('session_completed', 'The session is already paid and cannot be canceled.');
    const ended = endedUnpaidCode(session.status);
    if (ended) throw endedUnpaid(ended);
    this.#abandonPending(stored);
    session.status = 'canceled';
    this.#emit('payment.canceled', stored);
    return session;
  }

  /** The direct debit waiting at this bank for this session (for the bank's approval page), or null. */
  pendingBankPayment(id: string, bank: BankId): ({ amount: number; returnUrl: string; pageToken: string } & PaymentDescription) | null {
    const stored = this.#waitingAtBank(id, bank);
    const action = stored?.session.next_action;
    if (!stored?.pending || action?.type !== 'bank_redirect') return null;
    return {
      amount: stored.session.amount,
      ...this.#describe(stored.agency, stored.session),
      returnUrl: action.bank_redirect.return_url,
      pageToken: stored.pending.pageToken,
    };
  }

  /**
   * The bank's answer, as its server would send it to the gateway: approve pays, reject and
   * abandon leave the session open for another method. Returns where the bank sends the customer,
   * or null when nothing waits for this bank (a second answer changes nothing).
   */
  completeBankPayment(id: string, bank: BankId, decision: 'approve' | 'reject' | 'abandon', pageToken: string): string | null | 'not_from_the_page' {
    const stored = this.#waitingAtBank(id, bank);
    const action = stored?.session.next_action;
    if (!stored?.pending || action?.type !== 'bank_redirect') return null;
    if (!sameSecret(pageToken, stored.pending.pageToken)) return 'not_from_the_page';
    const back = new URL(action.bank_redirect.return_url);
    back.searchParams.set(BANK_RETURN_PARAM, id);
    if (decision === 'approve') this.#authorise(stored, stored.pending.summary, { kind: 'approve' });
    else {
      this.#endPending(stored, decision === 'reject' ? 'bank_rejected' : 'bank_abandoned');
    }
    return back.href;
  }

  #waitingAtBank(id: string, bank: BankId): StoredSession | null {
    const stored = this.#sessions.get(id);
    if (!stored) return null;
    this.#expireIfDue(stored);
    const action = stored.session.next_action;
    return stored.session.status === 'requires_action' && action?.type === 'bank_redirect' && action.bank_redirect.bank === bank ? stored : null;
  }

  #stored(id: string, agency: Agency): StoredSession {
    const stored = this.#sessions.get(id);
    if (!stored || stored.agency.id !== agency.id) throw new GatewayProblem(404, 'not_found', `No session ${id}.`);
    this.#expireIfDue(stored);
    return stored;
  }

  #expireIfDue(stored: StoredSession): void {
    const { session } = stored;
    if ((session.status === 'open' || session.status === 'requires_action') && Date.parse(session.expires_at) <= this.#clock.now()) {
      this.#abandonPending(stored);
      session.status = 'expired';
      this.#emit('session.expired', stored);
    }
  }

  /** The session, if it can still be paid; else the gateway's reason it cannot (409 or 410). */
  payable(id: string, agency: Agency): Wire.PaymentSession {
    return this.#payable(id, agency).session;
  }

  /** A session a new attempt may start on. A pending action is abandoned by a new attempt. */
  #payable(id: string, agency: Agency): StoredSession {
    const stored = this.#stored(id, agency);
    switch (stored.session.status) {
      case 'open':
      case 'requires_action':
        return stored;
      case 'succeeded':
        throw conflict('session_completed', 'The session is already paid.');
      case 'processing':
        throw conflict('session_busy', 'A payment for this session is being processed.');
      case 'expired':
      case 'canceled':
      case 'failed':
        throw endedUnpaid(ENDED_UNPAID_CODES[stored.session.status]);
    }
  }

  /** A new attempt replaces one left waiting for 3-D Secure or the bank; its late results are ignored. */
  #abandonPending(stored: StoredSession): void {
    const threeDs = stored.session.three_d_secure;
    // A challenge left (canceled by the page, timed out, replaced, expired) has no final status.
    if (threeDs?.trans_status === 'C') stored.session.three_d_secure = { ...threeDs, trans_status: null };
    stored.pending = null;
    stored.session.next_action = null;
  }

  #await(stored: StoredSession, pending: PendingAttempt, action: Wire.NextAction): Wire.PaymentSession {
    stored.pending = pending;
    stored.session.status = 'requires_action';
    stored.session.next_action = action;
    return stored.session;
  }

  #authorise(stored: StoredSession, summary: Wire.PaymentMethodSummary, scenario: Scenario): Wire.PaymentSession {
    const { session } = stored;
    stored.pending = null;
    session.next_action = null;
    if (scenario.kind === 'decline') return this.#decline(stored, scenario.code, declineMessages[scenario.code]);
    stored.charges += 1;
    session.status = 'succeeded';
    session.receipt = {
      number: `DXB-${new Date(this.#clock.now()).getUTCFullYear()}-${String(++this.#receiptCounter).padStart(6, '0')}`,
      issued_at: this.#clock.iso(),
      amount: session.amount,
      currency: session.currency,
      items: session.items,
      payment_method: summary,
      entity_id: session.entity_id,
      service_id: session.service_id,
      reference: session.reference,
      inputs: session.inputs,
      channel: session.channel,
      // The issuer's or the bank's approval, as a gateway passes it on.
      authorization_code: authorizationCode(),
    };
    this.#emit('payment.succeeded', stored);
    return session;
  }

  /** The attempt waiting for 3-D Secure or the bank ends without payment, for this reason. */
  #endPending(stored: StoredSession, code: DeclineCode): Wire.PaymentSession {
    this.#abandonPending(stored);
    return this.#decline(stored, code, declineMessages[code]);
  }

  /** A failed attempt leaves the session open for another, until the attempts run out. */
  #decline(stored: StoredSession, code: DeclineCode, message: string): Wire.PaymentSession {
    const { session } = stored;
    // The issuer's refusals are what a card tester learns from; a cardholder's canceled or
    // failed verification is not.
    if (stored.card && ISSUER_DECLINES.has(code)) this.#guards.limiter.count(`declines:${stored.card}`);
    const retryable = session.attempts < MAX_ATTEMPTS;
    session.status = retryable ? 'open' : 'failed';
    session.last_error = { code, message, retryable };
    this.#emit('payment.failed', stored);
    return session;
  }

  #methodAction(session: Wire.PaymentSession, pending: PendingAttempt): Wire.NextAction {
    const notificationUrl = `${this.#origins.gateway}/3ds/method-notification`;
    return {
      type: 'three_ds_method',
      three_ds_method: {
        three_ds_server_trans_id: pending.threeDsServerTransId,
        method_url: `${this.#origins.acs}/3ds/method`,
        method_data: encodeBase64urlJson({ threeDSServerTransID: pending.threeDsServerTransId, threeDSMethodNotificationURL: notificationUrl }),
        notification_url: notificationUrl,
        timeout_ms: THREE_DS_METHOD_TIMEOUT_MS,
        complete_url: `${apiBase(this.#origins)}/sessions/${session.id}/three_ds_method`,
      },
    };
  }

  #challengeAction(pending: PendingAttempt): Wire.NextAction {
    return {
      type: 'three_ds_challenge',
      three_ds_challenge: {
        three_ds_server_trans_id: pending.threeDsServerTransId,
        acs_trans_id: pending.acsTransId,
        acs_url: `${this.#origins.acs}/3ds/challenge`,
        message_version: pending.threeDs!.version,
        notification_url: `${this.#origins.gateway}/3ds/challenge-notification`,
      },
    };
  }
}

const declineMessages: Record<DeclineCode, string> = {
  card_declined: 'The card was declined by the issuer.',
  insufficient_funds: 'The card has insufficient funds.',
  lost_card: 'The card was reported lost.',
  stolen_card: 'The card was reported stolen.',
  expired_card: 'The card has expired.',
  incorrect_cvc: 'The security code is incorrect.',
  incorrect_pin: 'The PIN is incorrect.',
  pin_blocked: 'The e-Dirham card is blocked after too many wrong PINs.',
  processing_error: 'The issuer could not process the payment. Try again.',
  authentication_failed: 'The cardholder was not authenticated by the issuer (3-D Secure).',
  authentication_canceled: 'The cardholder canceled 3-D Secure authentication.',
  authentication_timed_out: '3-D Secure authentication was not completed in time.',
  authentication_rejected: 'The issuer rejected the payment in 3-D Secure; it must not be authorised.',
  authentication_unavailable: '3-D Secure authentication was unavailable, and the policy for this payment declines that.',
  authentication_attempted: 'Only an authentication attempt was recorded, and the policy for this payment declines that.',
  authentication_error: 'The 3-D Secure exchange ended in an error; nothing was authorised.',
  bank_rejected: 'The bank did not approve the direct debit.',
  bank_abandoned: 'The customer left the bank without answering.',
};

/** The stricter of the gateway's policy and what the browser asked for: a browser can only add `decline`. */
function stricter(gateway: ThreeDsPolicy, asked: Wire.ThreeDsPolicy | undefined): ThreeDsPolicy {
  return {
    attempted: asked?.attempted === 'decline' ? 'decline' : gateway.attempted,
    unavailable: asked?.unavailable === 'decline' ? 'decline' : gateway.unavailable,
  };
}

/** The AReq's browser fields (EMV 3DS 2.2, browser channel): the client's, and the Accept header and IP the gateway saw itself. */
function areqBrowserFields(info: Wire.BrowserInfo | undefined, seen: SeenRequest): Record<string, string | number | boolean> {
  return {
    browserAcceptHeader: seen.accept.slice(0, 2048),
    browserIP: seen.ip,
    ...(info
      ? {
          browserLanguage: info.language,
          browserColorDepth: String(info.color_depth),
          browserScreenHeight: String(info.screen_height),
          browserScreenWidth: String(info.screen_width),
          browserTZ: String(info.time_zone_offset),
          browserUserAgent: info.user_agent,
          browserJavaEnabled: info.java_enabled,
          browserJavascriptEnabled: info.javascript_enabled,
        }
      : {}),
  };
}
