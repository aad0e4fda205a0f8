import { formatAmount, handoffCodePage, type DubaiPayClient, type Entity, type PaymentSession, type Quote, type Receipt, type Service } from '@dubai-pay/core';
import type { PhoneLine } from './phone-line.ts';
import { fill, PROMPTS, spell, type Language, type PromptKey } from './prompts.ts';

export type CallOutcome = { outcome: 'paid'; receipt: Receipt; session: PaymentSession } | { outcome: 'canceled' | 'hung_up' | 'gave_up'; session: PaymentSession | null };

/** Tries a caller gets at each question before the call ends. */
const MAX_TRIES = 3;

/** Only services whose inputs are all numbers can be keyed in on a phone. */
export function payableByPhone(service: Service): boolean {
  return service.inputs.every((input) => input.kind === 'digits' || input.kind === 'integer');
}

/**
 * One IVR call with `@dubai-pay/core` on the agency's server (secret key): choose the entity and
 * the service by digits, key in the reference, hear what is owed (in Arabic and English), pay by
 * card keyed in as digits (tokenized server side; no 3-D Secure on this card-not-present
 * channel), hear the receipt number. The session records the channel `ivr`.
 */
export async function runCall(line: PhoneLine, client: DubaiPayClient): Promise<CallOutcome> {
  let language: Language = 'en';
  const t = (key: PromptKey, values?: Record<string, string | number>) => fill(PROMPTS[language][key], values);
  /** Asks until `accept` returns a value, up to MAX_TRIES; null: hung up or gave up. */
  async function ask<T>(prompt: string, accept: (keys: string) => T | undefined): Promise<T | null | 'hung_up'> {
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const keys = await line.ask(prompt);
      if (keys === null) return 'hung_up';
      const value = accept(keys);
      if (value !== undefined) return value;
      line.say(t('notAnOption'));
    }
    line.say(t('tooManyTries'));
    return null;
  }
  const menu = async <T>(title: string, items: readonly T[], name: (item: T) => string, allowBack: boolean) =>
    ask(`${title}\n${items.map((item, i) => `   ${i + 1}: ${name(item)}`).join('\n')}`, (keys) => {
      const n = Number(keys);
      if (allowBack && keys === '0') return 'back' as const;
      return Number.isInteger(n) && n >= 1 && n <= items.length ? items[n - 1] : undefined;
    });

  line.say(`${PROMPTS.en.welcome} ${PROMPTS.ar.welcome}`);
  const chosen = await ask('For English press 1. للعربية اضغط 2.', (keys) => (keys === '1' ? 'en' : keys === '2' ? 'ar' : undefined));
  if (chosen === 'hung_up' || chosen === null) return end(chosen, null);
  language = chosen;

  const [entities, services] = await Promise.all([client.fees.entities(), client.fees.services()]);
  const phoneServices = services.filter(payableByPhone);
  const callable = entities.filter((e) => phoneServices.some((s) => s.entityId === e.id));
  let service: Service | undefined;
  while (!service) {
    const entity = await menu<Entity>(t('entities'), callable, (e) => e.name[language], false);
    if (entity === 'hung_up' || entity === null || entity === 'back') return end(entity === 'back' ? null : entity, null);
    const picked = await menu<Service>(
      t('services'),
      phoneServices.filter((s) => s.entityId === entity.id),
      (s) => s.name[language],
      true,
    );
    if (picked === 'hung_up' || picked === null) return end(picked, null);
    if (picked !== 'back') service = picked;
  }

  const quote = await quoteByPhone(service);
  if (quote === 'hung_up' || quote === null) return end(quote, null);
  line.say(t('owe'));
  for (const item of quote.items) line.say(`   ${item.description[language]}: ${formatAmount(item.amount, language)}`);
  // The amount is read in both languages, whichever the caller chose.
  line.say(`${fill(PROMPTS.en.total, { amount: formatAmount(quote.total, 'en') })} · ${fill(PROMPTS.ar.total, { amount: formatAmount(quote.total, 'ar') })}`);
  const go = await ask(t('payOrCancel'), (keys) => (keys === '1' ? 'pay' : keys === '2' ? 'phone' : keys === '0' ? 'end' : undefined));
  if (go === 'hung_up' || go === null) return end(go, null);
  if (go === 'end') {
    line.say(t('canceled'));
    return end('canceled', null);
  }

  const created = await client.sessions.createFromQuote(quote.id, { channel: 'ivr' });
  if (created.error) {
    line.say(t('notAccepted', { reason: created.error.messages[language] }));
    return end(null, null);
  }
  let session = created.session;
  if (go === 'phone') return finishOnPhone(session);
  for (;;) {
    const token = await cardByPhone();
    if (token === 'hung_up' || token === null) return end(token, await cancelled(session));
    line.say(t('paying'));
    const result = await client.sessions.confirm(session.id, { paymentMethod: token.id });
    session = result.session;
    if (session.status === 'succeeded' && session.receipt) {
      const receipt = session.receipt;
      line.say(t('paid', { amount: formatAmount(receipt.amount, language), last4: token.last4 }));
      line.say(t('receipt', { spoken: spell(receipt.number, language), number: receipt.number }));
      line.say(t('goodbye'));
      return { outcome: 'paid', receipt, session };
    }
    line.say(t('notAccepted', { reason: (result.error ?? { messages: { en: session.status, ar: session.status } }).messages[language] }));
    if (session.status !== 'open') return end(null, session);
    const again = await ask(t('retryOrEnd'), (keys) => (keys === '1' ? 'again' : keys === '0' ? 'end' : undefined));
    if (again !== 'again') return end(again === 'end' ? 'canceled' : again, await cancelled(session));
  }

  /**
   * The hand-off: the caller pays on their own phone with a single-use code read out here, and
   * stays on the line; the call watches the session and reads the receipt when it is paid.
   */
  async function finishOnPhone(open: PaymentSession): Promise<CallOutcome> {
    const { handoff, error } = await client.sessions.createHandoff(open.id);
    if (!handoff) {
      line.say(t('notAccepted', { reason: error.messages[language] }));
      return end(null, await cancelled(open));
    }
    line.say(t('handoff', { url: handoffCodePage(handoff.url), spoken: spell(handoff.code, language), code: handoff.code }));
    line.say(t('handoffWaiting'));
    const lifetime = Date.parse(handoff.expiresAt) - Date.now();
    try {
      const after = await client.sessions.waitForOutcome(open.id, { interval: 1000, maxInterval: 3000, timeout: lifetime + 5 * 60_000 });
      if (after.status === 'succeeded' && after.receipt) {
        line.say(
          t('paid', { amount: formatAmount(after.receipt.amount, language), last4: after.receipt.paymentMethod.type === 'direct_debit' ? '' : after.receipt.paymentMethod.last4 }),
        );
        line.say(t('receipt', { spoken: spell(after.receipt.number, language), number: after.receipt.number }));
        line.say(t('goodbye'));
        return { outcome: 'paid', receipt: after.receipt, session: after };
      }
      return end(null, after);
    } catch {
      line.say(t('handoffExpired'));
      return end(null, await cancelled(open));
    }
  }

  /** The service's inputs, keyed in and quoted by the gateway; a refused input is asked again. */
  async function quoteByPhone(chosenService: Service): Promise<Quote | null | 'hung_up'> {
    const values: Record<string, string> = {};
    const pending = [...chosenService.inputs];
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      for (const input of pending) {
        const keys = await line.ask(t('enterInput', { label: input.label[language] }));
        if (keys === null) return 'hung_up';
        values[input.name] = keys;
      }
      const { quote, error } = await client.fees.quote({ service: chosenService.id, inputs: values });
      if (quote) return quote;
      line.say(t('notAccepted', { reason: error.messages[language] }));
      const wrong = error.issues.map((issue) => issue.path.replace(/^inputs\./, ''));
      pending.splice(0, pending.length, ...chosenService.inputs.filter((input) => wrong.includes(input.name) || wrong.length === 0));
    }
    line.say(t('tooManyTries'));
    return null;
  }

  /** Card details keyed in, exchanged at once for a one-time token by the agency's server. */
  async function cardByPhone(): Promise<{ id: string; last4: string } | null | 'hung_up'> {
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const number = await line.ask(t('cardNumber'), { secret: true });
      const expiry = number === null ? null : await line.ask(t('expiry'), { secret: true });
      const cvc = expiry === null ? null : await line.ask(t('cvc'), { secret: true });
      if (number === null || expiry === null || cvc === null) return 'hung_up';
      const expMonth = Number(expiry.slice(0, 2));
      const expYear = 2000 + Number(expiry.slice(2, 4));
      const { paymentMethod, error } = await client.sessions.createPaymentMethod({ type: 'card', card: { number, expMonth, expYear, cvc } });
      if (paymentMethod?.summary.type === 'card') return { id: paymentMethod.id, last4: paymentMethod.summary.last4 };
      line.say(t('notAccepted', { reason: error?.messages[language] ?? '' }));
    }
    line.say(t('tooManyTries'));
    return null;
  }

  /** An unpaid session the caller left is canceled: nothing waits on the line after it. */
  async function cancelled(open: PaymentSession): Promise<PaymentSession> {
    const { session: after } = await client.sessions.cancel(open.id);
    return after ?? open;
  }

  function end(how: 'hung_up' | 'canceled' | null, lastSession: PaymentSession | null): CallOutcome {
    if (how !== 'hung_up') line.say(t('goodbye'));
    return { outcome: how ?? 'gave_up', session: lastSession };
  }
}
