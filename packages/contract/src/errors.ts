import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';

/**
 * Every failure has a name (rule 6). The gateway sends these codes; the client adds its own
 * transport codes (`network_error`, `timeout`, `invalid_response`, `aborted`).
 */
export const GATEWAY_ERROR_CODES = [
  // the request itself
  'invalid_request',
  'malformed_json',
  'unauthorized',
  'forbidden',
  'origin_not_allowed',
  'not_found',
  'rate_limited',
  'server_error',
  'idempotency_conflict',
  // catalog and quotes
  'service_not_found',
  'reference_not_found',
  'nothing_due',
  'quote_expired',
  /** The quote's payment has been made: one fee, one payment. */
  'quote_used',
  /** The quote is too old to be replaced (priced again) by a re-quote: quote afresh. */
  'quote_too_old',
  // sessions
  'session_expired',
  'session_canceled',
  /** The session ended unpaid after too many failed attempts; it takes no more. */
  'session_failed',
  'session_completed',
  'session_busy',
  'method_not_allowed',
  'payment_method_used',
  'payment_method_expired',
  // card and e-Dirham details
  'invalid_card_number',
  'invalid_expiry',
  'invalid_cvc',
  'invalid_pin',
  /** The payment details were made for another payment or another agency. */
  'payment_method_mismatch',
  /** Card payments on web, mobile and kiosk sessions are authenticated in the customer's browser. */
  'three_ds_required',
  /** The e-Dirham card is blocked for a while after too many wrong PINs. */
  'pin_blocked',
  /** The amount is over what one session may ask for. */
  'amount_too_large',
  // outcomes of an attempt (also found in a session's `last_error`)
  'card_declined',
  'insufficient_funds',
  'lost_card',
  'stolen_card',
  'expired_card',
  'incorrect_cvc',
  'incorrect_pin',
  'processing_error',
  'authentication_failed',
  'authentication_canceled',
  'authentication_timed_out',
  /** The issuer rejected the payment in 3-D Secure (`R`): it must not be authorised. */
  'authentication_rejected',
  /** 3-D Secure could not be performed (`U`) and the agency's policy declines that. */
  'authentication_unavailable',
  /** Only an attempt was recorded (`A`) and the agency's policy declines that. */
  'authentication_attempted',
  /** The 3-D Secure exchange ended in an error (an EMV Erro): nothing was authorised. */
  'authentication_error',
  'bank_rejected',
  'bank_abandoned',
  // refunds
  /** Only a paid session can be refunded. */
  'session_not_paid',
  /** The refund is more than what is left of the payment after its other refunds. */
  'refund_exceeds_balance',
  /** The refund's currency is not the payment's. */
  'currency_mismatch',
] as const;

export type GatewayErrorCode = (typeof GATEWAY_ERROR_CODES)[number];

/**
 * Codes are kept open (`string`) on the wire so that a gateway adding a code does not make every
 * deployed client reject the response; the client maps unknown codes to a generic message.
 */
export const errorIssue = lazySchema(() => z.object({ path: z.string(), message: z.string() }));

export const errorBody = lazySchema(() =>
  z.object({
    error: z.object({
      code: z.string(),
      /** For developers, in English. Citizens see the client's bilingual message for the code. */
      message: z.string(),
      /** The field the error is about, as a dotted path (`card.number`, `inputs.plate_number`). */
      param: z.optional(z.string()),
      issues: z.optional(z.array(errorIssue)),
    }),
  }),
);

/** The outcome of a failed attempt, kept on the session while it stays open for another try. */
export const attemptError = lazySchema(() =>
  z.object({
    code: z.string(),
    message: z.string(),
    /** Whether another attempt may be made on the same session. */
    retryable: z.boolean(),
  }),
);
