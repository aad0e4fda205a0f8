import { DubaiPayError, type DubaiPayClient, isDubaiPayError, outcomeOf, type PaymentSession } from '@dubai-pay/core';
import { ask, type CollectWords, keys } from './collect.ts';
import { amountInWords, spellOut } from './number-words.ts';
import type { PhoneLine } from './phone-line.ts';
import { type Language, say } from './prompts.ts';
import type { Timeouts } from './timeouts.ts';

export interface CardPayment {
  line: PhoneLine;
  timeouts: Timeouts;
  words: CollectWords;
  language: Language;
  /** A client with the secret key: tokenizing keyed-in card details is a PCI-scoped server channel. */
  client: DubaiPayClient;
  session: PaymentSession;
  /** Who is paid, as the caller knows them (the entity's name). */
  payee: string;
  /** The reference the caller is given, spoken a character at a time. */
  reference: string;
}

/** Only what the gateway said: `paid`, `not_paid` (a definite no), or `unknown`; `ended` when the caller left. */
export type PaymentOutcome =
  | { kind: 'paid' | 'not_paid' | 'unknown'; session: PaymentSession }
  | { kind: 'ended'; how: 'hung_up' | 'no_input' | 'too_many_tries' | 'canceled'; session: PaymentSession };

type Field = 'number' | 'expiry' | 'cvc';
/** The tokenizer's refusals, by the one field the caller keys again. */
const FIELD_OF: Record<string, Field> = { invalid_card_number: 'number', invalid_expiry: 'expiry', invalid_cvc: 'cvc' };

/**
 * Card details keyed in, read back (amount, payee, last four digits) and confirmed before
 * anything is charged; one wrong field is keyed again alone. What is said about the money after
 * the confirm is what the gateway said; a lost answer is checked, never guessed.
 */
export async function payByCard(payment: CardPayment): Promise<PaymentOutcome> {
  const { line, timeouts, words, language, client, payee } = payment;
  let session = payment.session;
  const amount = amountInWords(session.amount, language);
  const card: Partial<Record<Field, string>> = {};
  const ended = (how: Extract<PaymentOutcome, { kind: 'ended' }>['how']): PaymentOutcome => ({ kind: 'ended', how, session });

  const questions = {
    number: { prompt: say(language, 'cardNumber'), digits: { min: 12, max: 19 }, secret: true, accept: luhnValid, refused: say(language, 'cardNumberInvalid') },
    expiry: { prompt: say(language, 'expiry'), digits: { min: 4, max: 4 }, secret: true, accept: validExpiry, refused: say(language, 'expiryInvalid') },
    cvc: { prompt: say(language, 'cvc'), digits: { min: 3, max: 4 }, secret: true, accept: (k: string) => k, refused: say(language, 'cvcInvalid') },
  } as const;

  for (;;) {
    for (const field of ['number', 'expiry', 'cvc'] as const) {
      if (card[field] !== undefined) continue;
      const answer = await ask<string>(line, timeouts, words, { ...questions[field], accept: (k) => (questions[field].accept(k) ? k : undefined) });
      if (answer.ended) return ended(answer.ended);
      card[field] = answer.value;
    }
    const last4 = spellOut((card.number ?? '').slice(-4), language);
    const choice = await ask(line, timeouts, words, {
      prompt: say(language, 'readBack', { amount, payee, last4 }),
      digits: 'one',
      accept: keys<'pay' | Field>({ '1': 'pay', '2': 'number', '3': 'expiry', '4': 'cvc' }),
    });
    if (choice.ended) return ended(choice.ended);
    if (choice.value !== 'pay') {
      delete card[choice.value];
      continue;
    }
    const { number = '', expiry = '', cvc = '' } = card;
    const tokenized = await client.sessions.createPaymentMethod({
      type: 'card',
      card: { number, expMonth: Number(expiry.slice(0, 2)), expYear: 2000 + Number(expiry.slice(2)), cvc },
    });
    if (tokenized.error || tokenized.paymentMethod.summary.type !== 'card') {
      const error = tokenized.error ?? new DubaiPayError('invalid_request');
      line.say(say(language, 'notAccepted', { reason: error.messages[language] }));
      const field = FIELD_OF[error.code];
      if (field) delete card[field];
      continue;
    }
    // Tokenized: the digits are not kept a moment longer than needed.
    for (const field of ['number', 'expiry', 'cvc'] as const) delete card[field];
    line.say(say(language, 'paying'));
    const confirmed = await confirmOrCheck(payment, session, tokenized.paymentMethod.id);
    session = confirmed.session;
    if (confirmed.kind === 'unknown') return confirmed;
    if (session.status === 'succeeded') {
      tellPaid(line, language, session, payee);
      return { kind: 'paid', session };
    }
    if (session.status === 'processing' || session.status === 'requires_action') {
      // Not an outcome yet (this channel has no 3-D Secure to finish): nothing is said about the money.
      line.say(say(language, 'stillUnknown', { reference: spellOut(payment.reference, language), payee }));
      return { kind: 'unknown', session };
    }
    // The gateway's own answer: its message says "not charged" only when the gateway's state shows it.
    line.say(say(language, 'gatewaySays', { reason: confirmed.error?.messages[language] ?? '' }));
    if (session.status !== 'open') return { kind: 'not_paid', session };
    const again = await ask(line, timeouts, words, {
      prompt: say(language, 'retryOrEnd'),
      digits: 'one',
      accept: keys({ '1': 'again', '0': 'end' } as const),
    });
    if (again.ended) return ended(again.ended);
    if (again.value === 'end') return ended('canceled');
  }
}

/** Says the gateway's receipt: the amount and payee, and the receipt number a character at a time. */
export function tellPaid(line: PhoneLine, language: Language, session: PaymentSession, payee: string): void {
  line.say(say(language, 'paid', { amount: amountInWords(session.amount, language), payee }));
  if (session.receipt) line.say(say(language, 'receipt', { spoken: spellOut(session.receipt.number, language) }));
}

type Confirmed = { kind: 'known'; session: PaymentSession; error?: DubaiPayError | undefined } | { kind: 'unknown'; session: PaymentSession };

/**
 * Confirms; when neither the answer nor the session could be read (`outcome_unknown`), tells the
 * caller it is being checked with their reference, and reads the session until the gateway
 * answers or `outcomeCheck` has passed on the line's clock.
 */
async function confirmOrCheck(payment: CardPayment, session: PaymentSession, paymentMethod: string): Promise<Confirmed> {
  const { line, language, client } = payment;
  try {
    const result = await client.sessions.confirm(session.id, { paymentMethod });
    return { kind: 'known', session: result.session, error: result.error };
  } catch (error) {
    if (!isDubaiPayError(error) || error.code !== 'outcome_unknown') throw error;
  }
  const reference = spellOut(payment.reference, language);
  line.say(say(language, 'checking', { reference }));
  const stop = new AbortController();
  const cancel = line.clock.after(payment.timeouts.outcomeCheck, () => stop.abort());
  try {
    const after = await client.sessions.waitForOutcome(session.id, { signal: stop.signal, interval: 250, maxInterval: 2000, until: ['open'] });
    if (after.status === 'open' && after.attempts === session.attempts) {
      return { kind: 'known', session: after, error: new DubaiPayError('attempt_not_received', { notCharged: true }) };
    }
    return { kind: 'known', ...outcomeOf(after) };
  } catch {
    line.say(say(language, 'stillUnknown', { reference, payee: payment.payee }));
    return { kind: 'unknown', session };
  } finally {
    cancel();
  }
}

/** The Luhn check every card number passes: catches one wrong or two swapped digits before the gateway is asked. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return /^[0-9]{12,19}$/.test(digits) && sum % 10 === 0;
}

/** MMYY with a real month; whether it is in the past is the gateway's to say. */
function validExpiry(keys: string): boolean {
  const month = Number(keys.slice(0, 2));
  return /^[0-9]{4}$/.test(keys) && month >= 1 && month <= 12;
}
