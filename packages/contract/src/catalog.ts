import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { amount, list, localizedText } from './common.ts';

export const entity = lazySchema(() =>
  z.object({
    id: z.string(),
    name: localizedText,
    short_name: localizedText,
    service_count: z.int().check(z.nonnegative()),
  }),
);

/** An input a service needs before it can be quoted (a plate number, an account number, years). */
export const serviceInput = lazySchema(() =>
  z.object({
    name: z.string(),
    label: localizedText,
    hint: z.optional(localizedText),
    kind: z.enum(['text', 'digits', 'integer', 'plate']),
    required: z.boolean(),
    /** ECMAScript regular expression source that the whole value must match. */
    pattern: z.optional(z.string()),
    min_length: z.optional(z.int()),
    max_length: z.optional(z.int()),
    min: z.optional(z.int()),
    max: z.optional(z.int()),
  }),
);

/** How the gateway computes the service fee. The browser only displays it (rule 2). */
export const feeRule = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('fixed'), amount }),
    z.object({
      type: z.literal('per_unit'),
      unit_amount: amount,
      unit: localizedText,
      quantity_input: z.string(),
      base_amount: amount,
    }),
    z.object({
      type: z.literal('lookup'),
      reference_input: z.string(),
      kind: z.enum(['fine', 'bill', 'dues']),
    }),
  ]),
);

export const service = lazySchema(() =>
  z.object({
    id: z.string(),
    entity_id: z.string(),
    name: localizedText,
    description: z.optional(localizedText),
    inputs: z.array(serviceInput),
    fee: feeRule,
    /** Fixed government fee lines added to every quote of the service (0 when exempt). */
    knowledge_fee: amount,
    innovation_fee: amount,
    keywords: z.array(z.string()),
  }),
);

/** One service with the entity it belongs to: what a checkout for one service shows, in one small answer (not the whole catalog). */
export const serviceDetail = lazySchema(() => z.extend(service, { entity }));

export const entityList = list(entity);
export const serviceList = list(service);
