import { CARD_NUMBER_LENGTHS, cardBrandOf, luhnValid, normalizeDigits, stripSeparators, type Wire } from '@dubai-pay/contract';
import type { SandboxClock } from '../clock.ts';
import { cardKeyOf } from '../abuse/card-key.ts';
import { randomId } from '../ids.ts';
import { GatewayProblem } from '../problems.ts';
import { DEFAULT_AUTHENTICATION, TEST_CARDS, TEST_EDIRHAM_CARDS, TEST_EDIRHAM_PIN, type Authentication, type Scenario } from './test-cards.ts';

export const TOKEN_LIFETIME_MS = 15 * 60 * 1000;

const PUBLISHED_NUMBERS: ReadonlySet<string> = new Set([...TEST_CARDS, ...TEST_EDIRHAM_CARDS].map((card) => card.number));

function numberOf(request: Wire.PaymentMethodRequest): string {
  return stripSeparators(request.type === 'card' ? request.card.number : request.edirham.number);
}

/** What a token may pay: the agency that made it and, for tokens made in a hosted fields page, the payment it was opened for. */
export interface TokenBinding {
  agencyId: string;
  /** The session (`ps_…`) or quote (`qt_…`); absent for a server channel's token (IVR, secret key). */
  payment?: string;
}

/** What the gateway keeps behind a token. The number itself is not kept, only what the issuer would decide. */
export interface StoredPaymentMethod {
  method: Wire.PaymentMethod;
  /** The simulated issuer's decision for this card or e-Dirham card. */
  outcome: Scenario;
  /** How the card's issuer takes part in 3-D Secure; `null` for e-Dirham (authenticated by its PIN). */
  authentication: Authentication | null;
  /** Test tokens (`pm_card_visa`) may be used again; real tokens once. */
  reusable: boolean;
  used: boolean;
  /** Test tokens are bound to nothing (they stand in for the hosted fields in the sandbox only). */
  binding: TokenBinding | null;
  /** A digest of the card number, for the per-card counters. */
  cardKey: string | null;
  /** e-Dirham: whether the PIN given was right (checked at authorisation, counted per card). */
  pinRight: boolean | null;
  /** The `Accept` header of the hosted fields page the details were typed in (for the AReq); null for other tokens. */
  documentAccept?: string | null;
}

const invalid = (code: 'invalid_card_number' | 'invalid_expiry' | 'invalid_cvc' | 'invalid_pin', param: string, message: string) =>
  new GatewayProblem(400, code, message, { param });

export class PaymentMethodVault {
  readonly #methods = new Map<string, StoredPaymentMethod>();

  readonly #clock: SandboxClock;

  constructor(clock: SandboxClock) {
    this.#clock = clock;
    for (const card of TEST_CARDS) {
      this.#store(card.token, { type: 'card', brand: card.brand, last4: card.number.slice(-4), exp_month: 12, exp_year: 2034 }, card.scenario, true, card.authentication);
    }
    for (const card of TEST_EDIRHAM_CARDS) {
      const outcome: Scenario = card.decline ? { kind: 'decline', code: card.decline } : { kind: 'approve' };
      this.#store(card.token, { type: 'edirham', last4: card.number.slice(-4) }, outcome, true, null);
    }
  }

  /** The digest the per-card counters use, for a request's card (before it is checked). */
  static cardKeyOf(request: Wire.PaymentMethodRequest): string {
    return cardKeyOf(numberOf(request));
  }

  /** Whether the details are one of the sandbox's published test cards (shared by every developer, no cardholder behind them). */
  static isTestCard(request: Wire.PaymentMethodRequest): boolean {
    return PUBLISHED_NUMBERS.has(numberOf(request));
  }

  /** Checks the details and keeps them behind a new token, bound as given. A token it replaces (`revoke`) can no longer pay. */
  tokenize(request: Wire.PaymentMethodRequest, binding: TokenBinding, revoke?: string | null, documentAccept?: string): Wire.PaymentMethod {
    const method = request.type === 'card' ? this.#tokenizeCard(request.card) : this.#tokenizeEdirham(request.edirham);
    const stored = this.#methods.get(method.id)!;
    stored.binding = binding;
    stored.cardKey = PaymentMethodVault.cardKeyOf(request);
    stored.documentAccept = documentAccept ?? null;
    const replaced = revoke ? this.#methods.get(revoke) : undefined;
    if (replaced && !replaced.reusable) replaced.used = true;
    return method;
  }

  #tokenizeCard(card: Extract<Wire.PaymentMethodRequest, { type: 'card' }>['card']): Wire.PaymentMethod {
    const number = stripSeparators(card.number);
    const brand = cardBrandOf(number);
    const lengthOk = CARD_NUMBER_LENGTHS[brand].includes(number.length);
    if (!lengthOk || !luhnValid(number)) throw invalid('invalid_card_number', 'card.number', 'The card number is not valid.');
    const now = new Date(this.#clock.now());
    const year = card.exp_year < 100 ? 2000 + card.exp_year : card.exp_year;
    const monthsLeft = (year - now.getUTCFullYear()) * 12 + (card.exp_month - (now.getUTCMonth() + 1));
    if (card.exp_month < 1 || card.exp_month > 12 || monthsLeft < 0 || monthsLeft > 20 * 12) {
      throw invalid('invalid_expiry', 'card.exp_month', 'The expiry date is not valid or is in the past.');
    }
    const cvc = normalizeDigits(card.cvc);
    if (!(brand === 'amex' ? /^[0-9]{4}$/ : /^[0-9]{3}$/).test(cvc)) throw invalid('invalid_cvc', 'card.cvc', 'The security code is not valid.');
    const test = TEST_CARDS.find((c) => c.number === number);
    const summary: Wire.PaymentMethodSummary = { type: 'card', brand, last4: number.slice(-4), exp_month: card.exp_month, exp_year: year };
    return this.#store(randomId('pm'), summary, test?.scenario ?? { kind: 'approve' }, false, test?.authentication ?? DEFAULT_AUTHENTICATION);
  }

  #tokenizeEdirham(card: { number: string; pin: string }): Wire.PaymentMethod {
    const number = stripSeparators(card.number);
    if (!/^784[0-9]{13}$/.test(number) || !luhnValid(number)) {
      throw invalid('invalid_card_number', 'edirham.number', 'The e-Dirham card number is not valid.');
    }
    const pin = normalizeDigits(card.pin);
    if (!/^[0-9]{4}$/.test(pin)) throw invalid('invalid_pin', 'edirham.pin', 'The PIN must be 4 digits.');
    const test = TEST_EDIRHAM_CARDS.find((c) => c.number === number);
    // The PIN is checked by the issuer at authorisation, as with a real e-Dirham card, and wrong
    // ones are counted per card there.
    const outcome: Scenario = test?.decline ? { kind: 'decline', code: test.decline } : { kind: 'approve' };
    const method = this.#store(randomId('pm'), { type: 'edirham', last4: number.slice(-4) }, outcome, false, null);
    this.#methods.get(method.id)!.pinRight = pin === TEST_EDIRHAM_PIN;
    return method;
  }

  /** The `Accept` header of the page a token's details were typed in, if it came from the hosted fields. */
  documentAccept(id: string): string | null {
    return this.#methods.get(id)?.documentAccept ?? null;
  }

  /**
   * A token that may pay this session now: unknown, used or expired tokens, and tokens made for
   * another agency or another payment, are typed errors. `quoteIds`: the session's quote and the
   * quotes it replaced (a re-quote keeps the card details typed for the first). The caller marks it used.
   */
  usable(id: string, payment: { agencyId: string; sessionId: string; quoteIds: readonly string[] }): StoredPaymentMethod {
    const stored = this.#methods.get(id);
    if (!stored) throw new GatewayProblem(404, 'not_found', `No payment method ${id}.`, { param: 'payment_method' });
    const binding = stored.binding;
    if (
      binding &&
      (binding.agencyId !== payment.agencyId || (binding.payment !== undefined && binding.payment !== payment.sessionId && !payment.quoteIds.includes(binding.payment)))
    ) {
      throw new GatewayProblem(403, 'payment_method_mismatch', 'These payment details were entered for another payment.', { param: 'payment_method' });
    }
    if (stored.used && !stored.reusable) {
      throw new GatewayProblem(409, 'payment_method_used', 'This payment method was already used; enter the details again.', { param: 'payment_method' });
    }
    if (!stored.reusable && Date.parse(stored.method.expires_at) <= this.#clock.now()) {
      throw new GatewayProblem(410, 'payment_method_expired', 'The payment details expired; enter them again.', { param: 'payment_method' });
    }
    return stored;
  }

  #store(id: string, summary: Wire.PaymentMethodSummary, outcome: Scenario, reusable: boolean, authentication: Authentication | null): Wire.PaymentMethod {
    const method: Wire.PaymentMethod = {
      id,
      object: 'payment_method',
      summary,
      created_at: this.#clock.iso(),
      expires_at: this.#clock.iso(TOKEN_LIFETIME_MS),
    };
    this.#methods.set(id, { method, outcome, authentication, reusable, used: false, binding: null, cardKey: null, pinRight: summary.type === 'edirham' ? true : null });
    return method;
  }
}
