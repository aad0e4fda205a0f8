import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { amount, channel, currency, paymentMethodType, timestamp } from './common.ts';
import { attemptError } from './errors.ts';
import { nextAction } from './next-action.ts';
import { paymentMethodSummary } from './payment-method.ts';
import { inputValues, lineItem } from './quote.ts';
import { threeDSecure } from './three-d-secure.ts';

export const sessionStatus = z.enum(['open', 'processing', 'requires_action', 'succeeded', 'failed', 'expired', 'canceled']);

/** States a session never leaves. */
export const TERMINAL_STATUSES = ['succeeded', 'failed', 'expired', 'canceled'] as const;

export const receipt = lazySchema(() =>
  z.object({
    number: z.string(),
    issued_at: timestamp,
    amount,
    currency,
    items: z.array(lineItem),
    payment_method: paymentMethodSummary,
    entity_id: z.nullable(z.string()),
    service_id: z.nullable(z.string()),
    /** What was paid for: the agency's reference, and the service's inputs (plate, file number) for a quote. */
    reference: z.nullable(z.string()),
    inputs: z.nullable(inputValues),
    channel,
    /** The approval code the card's issuer (or the bank, for a direct debit) gave the payment, as on a card slip; absent or null when none was given. */
    authorization_code: z.optional(z.nullable(z.string())),
  }),
);

export const paymentSession = lazySchema(() =>
  z.object({
    id: z.string(),
    object: z.literal('payment_session'),
    /** Lets a browser read and confirm this one session; begins with the session id. */
    client_secret: z.string(),
    status: sessionStatus,
    amount,
    currency,
    items: z.array(lineItem),
    entity_id: z.nullable(z.string()),
    service_id: z.nullable(z.string()),
    quote_id: z.nullable(z.string()),
    /** The agency's own reference for the payment. */
    reference: z.nullable(z.string()),
    /** The service's inputs the quote was made for (which licence, plate or account); `null` for a session made from items. */
    inputs: z.nullable(inputValues),
    channel,
    allowed_methods: z.array(paymentMethodType),
    created_at: timestamp,
    expires_at: timestamp,
    /** Number of confirm attempts made so far. */
    attempts: z.int().check(z.nonnegative()),
    next_action: z.nullable(nextAction),
    last_error: z.nullable(attemptError),
    payment_method: z.nullable(paymentMethodSummary),
    /** What 3-D Secure said about the latest card attempt from a browser; `null` when none ran. */
    three_d_secure: z.optional(z.nullable(threeDSecure)),
    receipt: z.nullable(receipt),
    /** Fils refunded so far (succeeded refunds); never more than `amount`. */
    amount_refunded: amount,
  }),
);
