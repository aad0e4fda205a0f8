/**
 * When a failed request to the gateway is tried again, and after how long: one rule for core's
 * HTTP layer and the hosted fields' tokenizer. Pure (the time and the randomness are given), so
 * it is tested as a table. A retry of a POST always carries the same `Idempotency-Key` (rule 3):
 * this decides only *when*.
 */

/** Statuses worth another attempt: the gateway or a proxy on the way was busy or failed. */
export const RETRYABLE_STATUSES: readonly number[] = [408, 425, 429, 500, 502, 503, 504];

/** The first retry waits about this long; each next one twice as long. */
export const RETRY_BASE_MS = 300;
/** No computed backoff waits longer than this. */
export const RETRY_BACKOFF_CAP_MS = 4000;
/** The longest `Retry-After` waited; asked for longer, the client stops trying. */
export const MAX_RETRY_AFTER_MS = 10_000;

export interface RetryTimingInput {
  /** Which retry this would be: 1 for the first. */
  retry: number;
  /** The failed attempt's HTTP status; `undefined` when there was no answer (network error, timeout, a cut body). */
  status?: number | undefined;
  /** Its `Retry-After` header exactly as sent (delta-seconds or an HTTP-date), or null/undefined when absent. */
  retryAfter?: string | null | undefined;
  /** Now, in ms since the epoch: for an HTTP-date. */
  now: number;
  /** ms left before the operation's deadline (Infinity: none). */
  remaining: number;
  /** A number in [0, 1): the jitter. */
  random: number;
}

/**
 * The wait before the next attempt in ms, or `undefined` for "do not try again": the status is
 * not worth it (a 4xx other than 408/425/429 is the gateway's definite answer), or the wait
 * would not end before the deadline.
 *
 * Without `Retry-After`: exponential backoff with "equal jitter" (between half and all of
 * 300 ms × 2^(retry−1), capped at 4 s), so retries are spread but never fired back to back.
 * With it (seconds or an HTTP-date): the server's wait, no jitter; a wait over 10 s is not waited
 * at all (the caller is told at once, with the server's reason).
 */
export function retryDelay(input: RetryTimingInput): number | undefined {
  if (input.status !== undefined && !RETRYABLE_STATUSES.includes(input.status)) return undefined;
  const told = retryAfterMs(input.retryAfter, input.now);
  // Asked to wait longer than a customer can: stop and say so, rather than wait a part of it.
  if (told !== undefined && told > MAX_RETRY_AFTER_MS) return undefined;
  const backoff = Math.min(RETRY_BASE_MS * 2 ** Math.max(0, input.retry - 1), RETRY_BACKOFF_CAP_MS);
  const delay = told ?? Math.round(backoff / 2 + (backoff / 2) * input.random);
  return delay < input.remaining ? delay : undefined;
}

/**
 * A `Retry-After` value in ms: delta-seconds (digits only) or an HTTP-date (RFC 9110), a date in
 * the past being 0. `undefined` when absent or unreadable (then the backoff applies: a missing
 * header is not "retry at once").
 */
export function retryAfterMs(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // The three HTTP-date forms (IMF-fixdate, RFC 850, asctime), all in GMT; anything else
  // Date.parse might guess at (ISO strings, local times) is refused.
  const asctime = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}:\d{2}:\d{2}) (\d{4})$/.exec(text);
  const gmt = asctime ? `${asctime[2]!.trim()} ${asctime[1]} ${asctime[4]} ${asctime[3]} GMT` : /^[A-Z][a-z]{2,8}, .+ GMT$/.test(text) ? text : undefined;
  if (gmt === undefined) return undefined;
  const at = Date.parse(gmt);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}
