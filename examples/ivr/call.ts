import { type DubaiPayClient, type Entity, handoffCodePage, type PaymentSession, type Quote, type Receipt, type Service } from '@dubai-pay/core';
import { type Answer, ask, keys } from './collect.ts';
import { payByCard, type PaymentOutcome, tellPaid } from './card-payment.ts';
import { chooseFrom } from './menus.ts';
import { amountInWords, spellOut, spokenDigits } from './number-words.ts';
import type { PhoneLine } from './phone-line.ts';
import { collectWords, LANGUAGE_CHOICE, type Language, PROMPTS, say } from './prompts.ts';
import { sectorsOf } from './sectors.ts';
import { DEFAULT_TIMEOUTS, type Timeouts } from './timeouts.ts';

export type CallOutcome = {
  outcome: 'paid' | 'not_paid' | 'unknown' | 'canceled' | 'hung_up' | 'no_input' | 'gave_up';
  session: PaymentSession | null;
  receipt?: Receipt;
};

export interface CallOptions {
  timeouts?: Timeouts;
  /**
   * `keyed`: the caller keys the card into this IVR, which tokenizes it with the secret key (the
   * agency's telephony is then in PCI DSS scope). `transfer`: the caller is transferred to the
   * gateway's own payment line with the session id only; no card digit reaches this IVR.
   */
  cards?: 'keyed' | 'transfer';
  /** The agency's reference for the payment (spoken to the caller); default: 10 random digits. */
  reference?: () => string;
}

export const GATEWAY_PAYMENT_LINE = 'gateway-payment-line';

/** Only services whose inputs are all numbers can be keyed in on a phone. */
export function payableByPhone(service: Service): boolean {
  return service.inputs.every((input) => input.kind === 'digits' || input.kind === 'integer');
}

/**
 * One call on the agency's IVR, on `@dubai-pay/core` with the secret key: language, then sector,
 * entity and service in menus of at most nine keys, the service's reference keyed in, the
 * gateway's quote read in words, then the card (keyed here, or on the gateway's own line), or a
 * code to pay on the caller's own phone. The session records the channel `ivr`.
 */
export async function runCall(line: PhoneLine, client: DubaiPayClient, options: CallOptions = {}): Promise<CallOutcome> {
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  // Set as the call goes on; `end` reads them.
  let language: Language = 'en';
  let payee = '';
  let onOwnPhone = false;
  line.say(PROMPTS.en.welcome);
  line.say(PROMPTS.ar.welcome);
  const chosen = await ask(line, timeouts, collectWords('both'), {
    prompt: LANGUAGE_CHOICE,
    digits: 'one',
    accept: keys({ '1': 'en', '2': 'ar' } as const),
  });
  if (chosen.ended) return end(chosen.ended, null);
  language = chosen.value;
  const words = collectWords(language);
  const t = (key: keyof (typeof PROMPTS)['en'], values?: Record<string, string | number>) => say(language, key, values);

  const picked = await chooseService();
  if (picked.ended) return end(picked.ended, null);
  const { entity, service } = picked.value;
  payee = entity.name[language];
  const quoted = await quoteByPhone(service);
  if (quoted.ended) return end(quoted.ended, null);
  const quote = quoted.value;

  const items = quote.items
    .map((item) => t('item', { item: spokenDigits(item.description[language], language), amount: amountInWords(item.amount, language) }))
    .join(language === 'en' ? '; ' : '؛ ');
  const how = await ask(line, timeouts, words, {
    // One item is the total itself: said once.
    prompt: `${t(quote.items.length > 1 ? 'quote' : 'quoteTotal', { service: service.name[language], payee, total: amountInWords(quote.total, language), items })} ${t('payOptions')}`,
    digits: 'one',
    accept: keys({ '1': 'card', '2': 'phone', '0': 'end' } as const),
  });
  if (how.ended) return end(how.ended, null);
  if (how.value === 'end') return end('canceled', null);

  const reference = (options.reference ?? randomReference)();
  const created = await client.sessions.createFromQuote(quote.id, { channel: 'ivr', reference });
  if (created.error) {
    line.say(t('notAccepted', { reason: created.error.messages[language] }));
    return end('gave_up', null);
  }
  const session = created.session;
  onOwnPhone = how.value === 'phone';
  if (onOwnPhone) return finishOnPhone(session);
  if (options.cards === 'transfer') return transferToGateway(session);
  const paid = await payByCard({ line, timeouts, words, language, client, session, payee, reference });
  return afterPayment(paid);

  /** The outcome the gateway gave, told to the caller by payByCard; an unpaid session left open is canceled. */
  async function afterPayment(paid: PaymentOutcome): Promise<CallOutcome> {
    if (paid.kind === 'paid') return end('paid', paid.session);
    if (paid.kind !== 'ended') return end(paid.kind, paid.session);
    return end(paid.how, await cancelled(paid.session));
  }

  /**
   * The card is taken by the gateway's own line: this IVR hands over the session id and learns
   * the outcome from the gateway afterwards (with its secret key), not from the caller's line.
   */
  async function transferToGateway(open: PaymentSession): Promise<CallOutcome> {
    line.say(t('transfer', { reference: spellOut(reference, language) }));
    if (!(await line.transfer(GATEWAY_PAYMENT_LINE, { session: open.id, language }))) return end('gave_up', await cancelled(open));
    const after = await client.sessions.retrieve(open.id).catch(() => undefined);
    if (!after) return end('unknown', open);
    if (after.status === 'succeeded') return end('paid', after);
    if (!line.connected()) return end('hung_up', after.status === 'open' ? await cancelled(after) : after);
    // Back on the line unpaid: the caller ended it there, or the gateway refused for good.
    const stillThere = after.status === 'open';
    return end(stillThere ? 'canceled' : 'not_paid', stillThere ? await cancelled(after) : after);
  }

  /** Sector, entity, service: three menus of at most nine keys each; 0 goes back up. */
  async function chooseService(): Promise<Answer<{ entity: Entity; service: Service }>> {
    const [entities, services] = await Promise.all([client.fees.entities(), client.fees.services()]);
    const phoneServices = services.filter(payableByPhone);
    const sectors = sectorsOf(entities.filter((e) => phoneServices.some((s) => s.entityId === e.id)));
    for (;;) {
      const sector = await chooseFrom(
        line,
        timeouts,
        words,
        language,
        t('sectors'),
        sectors.map((s) => ({ name: s.name[language], value: s })),
        false,
      );
      if (sector.ended) return { ended: sector.ended };
      if (sector.value === 'back') continue; // not offered on the first menu
      for (;;) {
        const entity = await chooseFrom(
          line,
          timeouts,
          words,
          language,
          t('entities'),
          sector.value.entities.map((e) => ({ name: e.name[language], value: e })),
          true,
        );
        if (entity.ended) return { ended: entity.ended };
        if (entity.value === 'back') break;
        const chosen = entity.value;
        const offered = phoneServices.filter((s) => s.entityId === chosen.id).map((s) => ({ name: s.name[language], value: s }));
        const service = await chooseFrom(line, timeouts, words, language, t('services'), offered, true);
        if (service.ended) return { ended: service.ended };
        if (service.value !== 'back') return { value: { entity: chosen, service: service.value } };
      }
    }
  }

  /** The service's inputs keyed in, then quoted by the gateway; an input it refuses is asked again alone. */
  async function quoteByPhone(chosen: Service): Promise<Answer<Quote>> {
    const values: Record<string, string> = {};
    let pending = [...chosen.inputs];
    for (let tries = 0; tries < timeouts.maxInvalid; tries++) {
      for (const input of pending) {
        const min = input.minLength ?? 1;
        const max = input.maxLength ?? 20;
        const pattern = input.pattern ? new RegExp(input.pattern) : undefined;
        const answer = await ask(line, timeouts, words, {
          prompt: t(min === max ? 'enterInput' : 'enterInputHash', { label: language === 'en' ? lowerFirst(input.label.en) : input.label.ar }),
          digits: { min, max },
          accept: (keys) => (pattern && !pattern.test(keys) ? undefined : keys),
          refused: t('notValid'),
        });
        if (answer.ended) return answer;
        values[input.name] = answer.value;
      }
      const { quote, error } = await client.fees.quote({ service: chosen.id, inputs: values });
      if (quote) return { value: quote };
      line.say(t('notAccepted', { reason: error.messages[language] }));
      const wrong = error.issues.map((issue) => issue.path.replace(/^inputs\./, ''));
      pending = chosen.inputs.filter((input) => wrong.length === 0 || wrong.includes(input.name));
    }
    line.say(words.tooManyTries);
    return { ended: 'too_many_tries' };
  }

  /**
   * The hand-off: the caller pays on their own phone with a single-use code read out here, and
   * stays on the line; the call watches the session and reads the receipt when it is paid.
   */
  async function finishOnPhone(open: PaymentSession): Promise<CallOutcome> {
    const { handoff, error } = await client.sessions.createHandoff(open.id);
    if (!handoff) {
      line.say(t('notAccepted', { reason: error.messages[language] }));
      return end('gave_up', await cancelled(open));
    }
    const code = t('handoff', { url: handoffCodePage(handoff.url), spoken: spellOut(handoff.code, language) });
    line.say(code);
    line.say(t('handoffWaiting'));
    const lifetime = Date.parse(handoff.expiresAt) - Date.now();
    // While the caller pays on their phone the line listens: * reads the code again, a hang-up stops the wait.
    const stop = new AbortController();
    const listening = (async () => {
      while (!stop.signal.aborted) {
        const key = await line.next(lifetime);
        if (key === 'hung_up') return stop.abort();
        if (key === '*') line.say(code);
      }
    })();
    try {
      const after = await client.sessions.waitForOutcome(open.id, { interval: 1000, maxInterval: 3000, timeout: lifetime + 5 * 60_000, signal: stop.signal });
      return end(after.status === 'succeeded' ? 'paid' : 'not_paid', after);
    } catch {
      if (stop.signal.aborted) return end('hung_up', await cancelled(open));
      line.say(t('handoffExpired'));
      return end('gave_up', await cancelled(open));
    } finally {
      stop.abort();
      void listening;
    }
  }

  /** An unpaid session the caller left is canceled: nothing waits on the line after it. */
  async function cancelled(open: PaymentSession): Promise<PaymentSession> {
    const { session: after } = await client.sessions.cancel(open.id);
    return after ?? open;
  }

  /** Says what the gateway said about the money (once), then goodbye unless already said, and hangs up. */
  function end(outcome: CallOutcome['outcome'] | 'too_many_tries', last: PaymentSession | null): CallOutcome {
    // Nothing is said to a line the caller (or the gateway's line) has already hung up.
    if (line.connected()) {
      if (outcome === 'paid' && last && onOwnPhone) tellPaid(line, language, last, payee);
      if (outcome === 'canceled' && (!last || last.status === 'canceled')) line.say(say(language, 'canceled'));
      if (outcome !== 'hung_up' && outcome !== 'no_input' && outcome !== 'too_many_tries') line.say(say(language, 'goodbye'));
      line.hangUp();
    }
    const result: CallOutcome = { outcome: outcome === 'too_many_tries' ? 'gave_up' : outcome, session: last };
    if (outcome === 'paid' && last?.receipt) result.receipt = last.receipt;
    return result;
  }
}

/** "Traffic file number" → "traffic file number" inside a sentence; "DEWA account number" stays. */
function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? `${label[0]?.toLowerCase()}${label.slice(1)}` : label;
}

function randomReference(): string {
  return [...crypto.getRandomValues(new Uint8Array(10))].map((b) => String(b % 10)).join('');
}
