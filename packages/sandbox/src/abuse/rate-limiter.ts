/** The answer of a limit: go on, or wait this long. */
export type LimitAnswer = { ok: true } | { ok: false; retryAfterMs: number };

/** How many of something a key may do in a window. */
export interface Limit {
  limit: number;
  windowMs: number;
}

/**
 * Sliding-window counters, one per key (a client, an agency key, a card). Used for every limit
 * of the sandbox: each is scoped so that one attacker can only ever limit itself, never lock
 * everyone out.
 */
export class RateLimiter {
  readonly #hits = new Map<string, number[]>();
  readonly #now: () => number;
  #takes = 0;

  constructor(now: () => number) {
    this.#now = now;
  }

  /** Counts one for `key`, or refuses (without counting) when the window is full. */
  take(key: string, { limit, windowMs }: Limit): LimitAnswer {
    const now = this.#now();
    const recent = (this.#hits.get(key) ?? []).filter((at) => at > now - windowMs);
    if (++this.#takes % 1000 === 0) this.#forgetOld(now, windowMs);
    if (recent.length >= limit) {
      this.#hits.set(key, recent);
      return { ok: false, retryAfterMs: Math.max(1, recent[0]! + windowMs - now) };
    }
    recent.push(now);
    this.#hits.set(key, recent);
    return { ok: true };
  }

  /** Forgets every count (the sandbox's test control: one test run is one client, the tests' limits are not each other's). */
  reset(): void {
    this.#hits.clear();
  }

  /** Whether `key` is at its limit now (without counting). */
  full(key: string, { limit, windowMs }: Limit): LimitAnswer {
    const now = this.#now();
    const recent = (this.#hits.get(key) ?? []).filter((at) => at > now - windowMs);
    return recent.length >= limit ? { ok: false, retryAfterMs: Math.max(1, recent[0]! + windowMs - now) } : { ok: true };
  }

  /** Counts one for `key` without a limit (a failure being tallied). */
  count(key: string): void {
    const list = this.#hits.get(key) ?? [];
    list.push(this.#now());
    this.#hits.set(key, list);
  }

  forget(key: string): void {
    this.#hits.delete(key);
  }

  #forgetOld(now: number, windowMs: number): void {
    for (const [key, hits] of this.#hits) if ((hits.at(-1) ?? 0) < now - Math.max(windowMs, 3_600_000)) this.#hits.delete(key);
  }
}
