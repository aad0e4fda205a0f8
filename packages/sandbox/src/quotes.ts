import { camelize, readServiceInput, type InputProblem, type Wire } from '@dubai-pay/contract';
import { FRAME_PROOF_LIFETIME_MS } from './abuse/frame-proofs.ts';
import type { Catalog } from './catalog/catalog.ts';
import { lookUpReference } from './catalog/lookup.ts';
import type { SandboxClock } from './clock.ts';
import { randomId } from './ids.ts';
import { GatewayProblem, problem, type Issue } from './problems.ts';

export const QUOTE_LIFETIME_MS = 15 * 60 * 1000;
/**
 * How long after it expired a quote may still be replaced by a re-quote: a hosted fields frame
 * opened while it could be paid takes card details for at most its proof's lifetime, so past
 * that there are no details left in a frame to keep.
 */
export const REPLACEABLE_AFTER_EXPIRY_MS = FRAME_PROOF_LIFETIME_MS;

export interface StoredQuote {
  quote: Wire.Quote;
  agencyId: string;
}

/** The gateway's words for each input problem (the checkout says them in the customer's language). */
function problemMessage(problem: InputProblem): string {
  switch (problem.key) {
    case 'required':
      return 'Required.';
    case 'wholeNumber':
      return 'Must be a whole number.';
    case 'atLeast':
      return `Must be at least ${problem.count}.`;
    case 'atMost':
      return `Must be at most ${problem.count}.`;
    case 'tooShort':
      return `Must be at least ${problem.count} characters.`;
    case 'tooLong':
      return `Must be at most ${problem.count} characters.`;
    case 'wrongFormat':
      return 'Has the wrong format.';
  }
}

/** Checks a service's inputs as its catalog entry describes them; returns them normalized. */
export function validateInputs(service: Wire.Service, given: Record<string, string | number>): Record<string, string | number> {
  const issues: Issue[] = [];
  const values: Record<string, string | number> = {};
  for (const input of service.inputs) {
    const raw = given[input.name];
    const reading = readServiceInput(camelize(input), raw === undefined ? '' : String(raw));
    if ('problem' in reading) issues.push({ path: `inputs.${input.name}`, message: problemMessage(reading.problem) });
    else if (reading.value !== undefined) values[input.name] = reading.value;
  }
  for (const name of Object.keys(given)) {
    if (!service.inputs.some((input) => input.name === name)) issues.push({ path: `inputs.${name}`, message: 'Not an input of this service.' });
  }
  if (issues.length > 0) throw problem.invalid(issues);
  return values;
}

/** The line items a service costs for the given (validated) inputs. */
export function priceService(service: Wire.Service, inputs: Record<string, string | number>): Wire.LineItem[] {
  const items: Wire.LineItem[] = [];
  const fee = service.fee;
  switch (fee.type) {
    case 'fixed':
      items.push({ kind: 'service_fee', description: service.name, quantity: 1, unit_amount: fee.amount, amount: fee.amount });
      break;
    case 'per_unit': {
      const quantity = Number(inputs[fee.quantity_input]);
      if (fee.base_amount > 0) {
        items.push({ kind: 'service_fee', description: service.name, quantity: 1, unit_amount: fee.base_amount, amount: fee.base_amount });
      }
      items.push({
        kind: 'service_fee',
        description: { en: `${service.name.en} (${fee.unit.en})`, ar: `${service.name.ar} (${fee.unit.ar})` },
        quantity,
        unit_amount: fee.unit_amount,
        amount: fee.unit_amount * quantity,
      });
      break;
    }
    case 'lookup':
      items.push(...lookUpReference(fee.kind, String(inputs[fee.reference_input]), fee.reference_input));
      break;
  }
  if (service.knowledge_fee > 0) {
    items.push({ kind: 'knowledge_fee', description: { en: 'Knowledge fee', ar: 'رسوم المعرفة' }, quantity: 1, unit_amount: service.knowledge_fee, amount: service.knowledge_fee });
  }
  if (service.innovation_fee > 0) {
    items.push({
      kind: 'innovation_fee',
      description: { en: 'Innovation fee', ar: 'رسوم الابتكار' },
      quantity: 1,
      unit_amount: service.innovation_fee,
      amount: service.innovation_fee,
    });
  }
  return items;
}

export function total(items: readonly Wire.LineItem[]): number {
  return items.reduce((sum, item) => sum + item.amount, 0);
}

const notTheSame = () =>
  new GatewayProblem(400, 'invalid_request', 'A re-quote is for the service and inputs of the quote it replaces: send them unchanged, or no inputs.', {
    param: 'replaces',
  });

function sameInputs(a: Record<string, string | number>, b: Record<string, string | number>): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => Object.hasOwn(b, name) && a[name] === b[name]);
}

export class QuoteBook {
  readonly #quotes = new Map<string, StoredQuote>();

  readonly #catalog: Catalog;
  readonly #clock: SandboxClock;

  constructor(catalog: Catalog, clock: SandboxClock) {
    this.#catalog = catalog;
    this.#clock = clock;
  }

  /**
   * Prices a service. A re-quote (`replaces`) prices the old quote's service and inputs again at
   * the current fees: the caller's service and inputs must be the same, so it never changes what
   * is paid for.
   */
  create(agencyId: string, request: Wire.QuoteRequest): Wire.Quote {
    const replaced = request.replaces === undefined ? undefined : this.#replaceable(request.replaces, agencyId);
    if (replaced && request.service !== replaced.service_id) throw notTheSame();
    const service = this.#catalog.serviceById.get(request.service);
    if (!service) throw new GatewayProblem(404, 'service_not_found', `No service ${request.service}.`, { param: 'service' });
    const inputs = validateInputs(service, request.inputs ?? replaced?.inputs ?? {});
    if (replaced && !sameInputs(inputs, replaced.inputs)) throw notTheSame();
    const items = priceService(service, inputs);
    const quote: Wire.Quote = {
      id: randomId('qt'),
      object: 'quote',
      service_id: service.id,
      entity_id: service.entity_id,
      inputs,
      items,
      total: total(items),
      currency: 'AED',
      created_at: this.#clock.iso(),
      expires_at: this.#clock.iso(QUOTE_LIFETIME_MS),
      replaces: replaced?.id ?? null,
    };
    this.#quotes.set(quote.id, { quote, agencyId });
    return quote;
  }

  /** A quote of this agency's that a re-quote may replace: expired or not, but not expired for too long. */
  #replaceable(quoteId: string, agencyId: string): Wire.Quote {
    const old = this.find(quoteId, agencyId);
    // Another agency's quote reads as unknown: a key learns nothing of other agencies' ids.
    if (!old) throw new GatewayProblem(404, 'not_found', `No quote ${quoteId}.`, { param: 'replaces' });
    if (Date.parse(old.expires_at) + REPLACEABLE_AFTER_EXPIRY_MS <= this.#clock.now()) {
      throw new GatewayProblem(410, 'quote_too_old', 'The quote is too old to be replaced; ask for a new one.', { param: 'replaces' });
    }
    return old;
  }

  /** The quote and those it replaced, newest first (the last names the fee). */
  lineage(quoteId: string | null): string[] {
    const ids: string[] = [];
    for (let id = quoteId; id !== null; id = this.#quotes.get(id)?.quote.replaces ?? null) ids.push(id);
    return ids;
  }

  /**
   * The quotes whose frames' tokens may pay a session of this one: it and those it replaced at the
   * same total. A frame shows the amount it was opened for ("Paying AED … to …"), so a token typed
   * under another amount never pays a re-priced fee (rule 1: the customer saw what they pay).
   */
  tokenQuotes(quoteId: string | null): string[] {
    const ids = this.lineage(quoteId);
    const totalOf = (id: string) => {
      const quote = this.#quotes.get(id)?.quote;
      return quote ? total(quote.items) : Number.NaN;
    };
    const end = ids.findIndex((id) => totalOf(id) !== totalOf(ids[0]!));
    return end === -1 ? ids : ids.slice(0, end);
  }

  snapshot(): unknown {
    return [...this.#quotes.values()];
  }

  restore(data: unknown): void {
    for (const stored of data as StoredQuote[]) this.#quotes.set(stored.quote.id, stored);
  }

  /** A quote of this agency's, expired or not (the hosted fields show what it was for); undefined otherwise. */
  find(quoteId: string, agencyId: string): Wire.Quote | undefined {
    const stored = this.#quotes.get(quoteId);
    return stored?.agencyId === agencyId ? stored.quote : undefined;
  }

  /** A quote that can still be paid; an expired or unknown one is a typed error. */
  usable(quoteId: string): StoredQuote {
    const stored = this.#quotes.get(quoteId);
    if (!stored) throw new GatewayProblem(404, 'not_found', `No quote ${quoteId}.`, { param: 'quote_id' });
    if (Date.parse(stored.quote.expires_at) <= this.#clock.now()) {
      throw new GatewayProblem(410, 'quote_expired', 'The quote has expired; ask for a new one.', { param: 'quote_id' });
    }
    return stored;
  }
}
