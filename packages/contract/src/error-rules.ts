import type { GatewayErrorCode } from './errors.ts';

/**
 * Codes the client makes itself, never sent by the gateway: no answer, an answer it could not
 * use, or what it learnt by reading the session back after one; and a webhook delivery an
 * agency's server refused.
 */
export const CLIENT_ERROR_CODES = [
  'network_error',
  'timeout',
  'invalid_response',
  'outcome_unknown',
  'attempt_not_received',
  'unknown',
  // An agency's server checking a webhook delivery: its signature header, its signature, its age, its body.
  'webhook_header_malformed',
  'webhook_signature_invalid',
  'webhook_timestamp_out_of_range',
  'webhook_payload_invalid',
] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/**
 * What kind of failure a code is, which decides what a client does with it:
 * - `setup`: the agency's keys, origins or settings; nothing the customer can do.
 * - `request`: the request was refused as sent (fix the call, or start again).
 * - `lookup`: about what the customer asked to pay for (a service, a reference, a quote).
 * - `details`: the payment details; the customer corrects them and pays again.
 * - `declined`: an attempt's outcome (issuer, 3-D Secure, bank), also kept on the session.
 * - `in_progress`: another attempt on the session is being processed.
 * - `session_over`: the session takes no more attempts.
 * - `transient`: nothing is known to have been processed; the same request may be sent again.
 * - `unknown_outcome`: whether money moved is not known yet (the client keeps asking).
 */
export type ErrorKind = 'setup' | 'request' | 'lookup' | 'details' | 'declined' | 'in_progress' | 'session_over' | 'transient' | 'unknown_outcome';

export interface ErrorRule {
  kind: ErrorKind;
  /** Another attempt at the same payment can succeed (the same or other details, or a method). */
  retryable: boolean;
  /** The payment-details field it is about, as the gateway's `param` names it. */
  param?: string;
  /** The gateway's own word that the session ended unpaid (the customer may be told "not charged"). */
  endsUnpaid?: true;
}

/**
 * The payment-details field each field error is about, as the gateway's `param` names it (it may
 * name a closer one, `edirham.number`). Its own export so the hosted fields can read it without
 * the whole table.
 */
export const FIELD_ERROR_PARAMS = {
  invalid_card_number: 'card.number',
  invalid_expiry: 'card.exp_month',
  invalid_cvc: 'card.cvc',
  invalid_pin: 'edirham.pin',
} as const satisfies Partial<Record<GatewayErrorCode, string>>;

/** Declines that are about one detail the customer typed: the hosted fields mark that field (WCAG 3.3.1). */
export const DECLINED_FIELD_PARAMS = {
  incorrect_cvc: 'card.cvc',
  expired_card: 'card.exp_month',
  incorrect_pin: 'edirham.pin',
} as const satisfies Partial<Record<GatewayErrorCode, string>>;
export type DeclinedFieldCode = keyof typeof DECLINED_FIELD_PARAMS;

const setup = { kind: 'setup', retryable: false } as const;
const details = (code: keyof typeof FIELD_ERROR_PARAMS) => ({ kind: 'details', retryable: true, param: FIELD_ERROR_PARAMS[code] }) as const;
const declined = { kind: 'declined', retryable: true } as const;
const transient = { kind: 'transient', retryable: true } as const;

/** Every error code, gateway's and client's, and what it means: the one table every package reads. */
export const ERROR_RULES = {
  invalid_request: { kind: 'request', retryable: true },
  malformed_json: { kind: 'request', retryable: true },
  unauthorized: setup,
  forbidden: setup,
  origin_not_allowed: setup,
  not_found: { kind: 'request', retryable: false },
  rate_limited: transient,
  server_error: transient,
  idempotency_conflict: { kind: 'request', retryable: false },
  service_not_found: { kind: 'lookup', retryable: false },
  reference_not_found: { kind: 'lookup', retryable: true },
  nothing_due: { kind: 'lookup', retryable: false },
  quote_expired: { kind: 'lookup', retryable: true },
  quote_used: { kind: 'lookup', retryable: false },
  quote_too_old: { kind: 'lookup', retryable: true },
  session_expired: { kind: 'session_over', retryable: false, endsUnpaid: true },
  session_canceled: { kind: 'session_over', retryable: false, endsUnpaid: true },
  session_failed: { kind: 'session_over', retryable: false, endsUnpaid: true },
  session_completed: { kind: 'session_over', retryable: false },
  session_busy: { kind: 'in_progress', retryable: true },
  method_not_allowed: { kind: 'request', retryable: true },
  payment_method_used: { kind: 'details', retryable: true },
  payment_method_expired: { kind: 'details', retryable: true },
  invalid_card_number: details('invalid_card_number'),
  invalid_expiry: details('invalid_expiry'),
  invalid_cvc: details('invalid_cvc'),
  invalid_pin: details('invalid_pin'),
  payment_method_mismatch: { kind: 'details', retryable: true },
  three_ds_required: setup,
  pin_blocked: declined,
  amount_too_large: setup,
  card_declined: declined,
  insufficient_funds: declined,
  lost_card: declined,
  stolen_card: declined,
  expired_card: declined,
  incorrect_cvc: declined,
  incorrect_pin: declined,
  processing_error: declined,
  authentication_failed: declined,
  authentication_canceled: declined,
  authentication_timed_out: declined,
  authentication_rejected: declined,
  authentication_unavailable: declined,
  authentication_attempted: declined,
  authentication_error: declined,
  bank_rejected: declined,
  bank_abandoned: declined,
  session_not_paid: { kind: 'request', retryable: false },
  refund_exceeds_balance: { kind: 'request', retryable: false },
  currency_mismatch: { kind: 'request', retryable: false },
  network_error: transient,
  timeout: transient,
  invalid_response: transient,
  outcome_unknown: { kind: 'unknown_outcome', retryable: false },
  attempt_not_received: transient,
  // A delivery that fails its check is refused as sent: the same delivery never passes later.
  webhook_header_malformed: { kind: 'request', retryable: false },
  webhook_signature_invalid: { kind: 'request', retryable: false },
  webhook_timestamp_out_of_range: { kind: 'request', retryable: false },
  webhook_payload_invalid: { kind: 'request', retryable: false },
  // A code this version does not know (a newer gateway's): handled as a refusal, not as a transient failure.
  unknown: { kind: 'request', retryable: true },
} as const satisfies Record<GatewayErrorCode | ClientErrorCode, ErrorRule>;

export type ErrorCode = keyof typeof ERROR_RULES;

/**
 * Codes only an agency's server ever meets (refunds, webhook checks): their messages live in
 * `@dubai-pay/core/server`, so no browser bundle carries them.
 */
export const SERVER_ONLY_CODES = [
  'session_not_paid',
  'refund_exceeds_balance',
  'currency_mismatch',
  'webhook_header_malformed',
  'webhook_signature_invalid',
  'webhook_timestamp_out_of_range',
  'webhook_payload_invalid',
] as const satisfies readonly ErrorCode[];
export type ServerOnlyCode = (typeof SERVER_ONLY_CODES)[number];

/** The codes of one kind, as a type (`CodeOfKind<'declined'>`: what an attempt can end with). */
export type CodeOfKind<K extends ErrorKind> = { [C in ErrorCode]: (typeof ERROR_RULES)[C]['kind'] extends K ? C : never }[ErrorCode];

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_RULES, code);
}

/** The rule for a code; a code this version does not know is treated as `unknown`. */
export function errorRule(code: string): ErrorRule {
  return isErrorCode(code) ? ERROR_RULES[code] : ERROR_RULES.unknown;
}

/** The gateway's code for a session that ended unpaid, by its status: the same words whoever says it. */
export const ENDED_UNPAID_CODES = { expired: 'session_expired', canceled: 'session_canceled', failed: 'session_failed' } as const satisfies Record<
  string,
  CodeOfKind<'session_over'>
>;

/** The code for a session in this status that ended unpaid; `undefined` for any other status. */
export function endedUnpaidCode(status: string): (typeof ENDED_UNPAID_CODES)[keyof typeof ENDED_UNPAID_CODES] | undefined {
  return Object.hasOwn(ENDED_UNPAID_CODES, status) ? ENDED_UNPAID_CODES[status as keyof typeof ENDED_UNPAID_CODES] : undefined;
}

/** The codes of one kind, in the table's order. */
export function codesOfKind<K extends ErrorKind>(kind: K): CodeOfKind<K>[] {
  return (Object.keys(ERROR_RULES) as ErrorCode[]).filter((code): code is CodeOfKind<K> => ERROR_RULES[code].kind === kind);
}

/**
 * Whether an HTTP exchange proves nothing about the request having been processed: no answer at
 * all, or a 5xx (a proxy's 502 can hide a processed request). Only a 4xx is the gateway's word.
 */
export function statusProvesNothing(status: number | undefined): boolean {
  return status === undefined || status >= 500;
}

/** The code for an answer whose body could not be used: the server's failure for a 5xx, else an off-contract answer. */
export function unreadableAnswerCode(status: number): 'server_error' | 'invalid_response' {
  return status >= 500 ? 'server_error' : 'invalid_response';
}
