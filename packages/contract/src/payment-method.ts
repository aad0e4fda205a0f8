import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { timestamp } from './common.ts';

export const cardBrand = z.enum(['visa', 'mastercard', 'amex', 'unionpay', 'jcb', 'discover', 'unknown']);

/** What anyone outside the frame may see of a payment method: masked, never the number. */
export const paymentMethodSummary = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('card'),
      brand: cardBrand,
      last4: z.string(),
      exp_month: z.int(),
      exp_year: z.int(),
    }),
    z.object({ type: z.literal('edirham'), last4: z.string() }),
    z.object({ type: z.literal('direct_debit'), bank: z.string() }),
  ]),
);

/** A one-time token standing for card or e-Dirham details. */
export const paymentMethod = lazySchema(() =>
  z.object({
    id: z.string(),
    object: z.literal('payment_method'),
    summary: paymentMethodSummary,
    created_at: timestamp,
    expires_at: timestamp,
  }),
);
