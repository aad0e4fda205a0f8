import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';

/**
 * Card or e-Dirham details, accepted only from the hosted frame on the gateway origin or from a
 * PCI-scoped server channel (secret key). Never from an agency page (rule 1).
 */
export const paymentMethodRequest = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('card'),
      card: z.object({
        number: z.string(),
        exp_month: z.int(),
        exp_year: z.int(),
        cvc: z.string(),
        holder_name: z.optional(z.string()),
      }),
    }),
    z.object({
      type: z.literal('edirham'),
      edirham: z.object({ number: z.string(), pin: z.string() }),
    }),
  ]),
);
