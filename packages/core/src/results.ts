import { type DubaiPayError, isDubaiPayError } from './errors/dubai-pay-error.ts';
import type { ErrorCode } from './errors/messages.ts';

/**
 * Errors a citizen can act on (a decline, an expired quote, a wrong plate number) are returned
 * as values; errors a developer must fix, and transport failures, are thrown.
 */
const THROWN: ReadonlySet<ErrorCode> = new Set([
  'unauthorized',
  'forbidden',
  'origin_not_allowed',
  'malformed_json',
  'idempotency_conflict',
  'network_error',
  'timeout',
  'invalid_response',
  'server_error',
  'rate_limited',
  'outcome_unknown',
  'unknown',
]);

export function isExpectedOutcome(error: DubaiPayError): boolean {
  return !THROWN.has(error.code);
}

/** Runs a call and returns an expected error as `{ error }`; anything else is rethrown. */
export async function asResult<T>(call: () => Promise<T>): Promise<{ value: T; error?: undefined } | { value?: undefined; error: DubaiPayError }> {
  try {
    return { value: await call() };
  } catch (error) {
    if (isDubaiPayError(error) && isExpectedOutcome(error)) return { error };
    throw error;
  }
}
