import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { amount, currency, timestamp } from './common.ts';
import { lineItemKind } from './quote.ts';
import { paymentMethodSummary } from './payment-method.ts';

/**
 * A refund's state. Card and e-Dirham refunds settle at once; a direct-debit refund is `pending`
 * until the bank confirms it (`succeeded`) or returns it (`failed`, the money stays with the agency).
 */
export const refundStatus = z.enum(['pending', 'succeeded', 'failed']);

export const refundReason = z.enum(['requested_by_customer', 'duplicate', 'service_not_provided', 'other']);

/** What a refund gives back, line by line (service fee, knowledge fee, …): it adds up to `amount`. */
export const refundLine = lazySchema(() => z.object({ kind: lineItemKind, amount }));

export const refund = lazySchema(() =>
  z.object({
    id: z.string(),
    object: z.literal('refund'),
    session_id: z.string(),
    amount,
    currency,
    status: refundStatus,
    reason: refundReason,
    /** The lines given back, in proportion to what was paid (the last fils to the largest line). */
    lines: z.array(refundLine),
    payment_method: paymentMethodSummary,
    /** The agency's reference of the payment refunded. */
    reference: z.nullable(z.string()),
    created_at: timestamp,
    /** When it settled (succeeded or failed); `null` while pending. */
    settled_at: z.nullable(timestamp),
    /** Why a refund failed (the bank returned it). */
    failure_code: z.nullable(z.string()),
    /** The refund receipt's number, once it succeeded. */
    receipt_number: z.nullable(z.string()),
  }),
);

/** A refund of a paid session, all of what is left or `amount` fils of it (secret key only). */
export const createRefundRequest = lazySchema(() =>
  z.object({
    session: z.string().check(z.minLength(1)),
    amount: z.optional(amount.check(z.positive())),
    currency: z.optional(z.string()),
    reason: z.optional(refundReason),
  }),
);
