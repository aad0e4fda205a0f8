import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { amount, currency, localizedText, timestamp } from './common.ts';

/** Values of a service's inputs, keyed by input name. Numbers are sent as strings or integers. */
export const inputValues = lazySchema(() => z.record(z.string(), z.union([z.string(), z.int()])));

export const lineItemKind = z.enum(['service_fee', 'knowledge_fee', 'innovation_fee', 'fine', 'bill', 'dues', 'other']);

/** One line of what is owed. `amount` = `unit_amount` × `quantity`, in fils. */
export const lineItem = lazySchema(() =>
  z.object({
    kind: lineItemKind,
    description: localizedText,
    quantity: z.int().check(z.positive()),
    unit_amount: amount,
    amount,
  }),
);

export const quoteRequest = lazySchema(() =>
  z.object({
    service: z.string().check(z.minLength(1)),
    inputs: z.optional(inputValues),
    /**
     * A re-quote: the quote (`qt_…`, expired or not) this one replaces, priced again at the
     * current fees. The service must be the old quote's and the inputs, if sent, the same; a card
     * token made for the old quote (its hosted fields frame) may pay a session of the new one.
     */
    replaces: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  }),
);

export const quote = lazySchema(() =>
  z.object({
    id: z.string(),
    object: z.literal('quote'),
    service_id: z.string(),
    entity_id: z.string(),
    inputs: inputValues,
    items: z.array(lineItem),
    total: amount,
    currency,
    created_at: timestamp,
    expires_at: timestamp,
    /** The quote this one replaced (a re-quote), or null. Absent from answers of gateways before it. */
    replaces: z.optional(z.nullable(z.string())),
  }),
);
