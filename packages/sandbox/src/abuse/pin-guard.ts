import { MAX_WRONG_PINS, PIN_BLOCK_MS } from './limits.ts';

/**
 * Wrong e-Dirham PINs, counted per card (not per session: a new session is no new try). The
 * third wrong PIN blocks the card for a while; a right one clears the count.
 */
export class PinGuard {
  readonly #wrong = new Map<string, { count: number; blockedUntil: number }>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  blocked(card: string): boolean {
    const entry = this.#wrong.get(card);
    return entry !== undefined && entry.blockedUntil > this.#now();
  }

  /** A wrong PIN; true when it blocked the card. */
  wrong(card: string): boolean {
    const now = this.#now();
    const entry = this.#wrong.get(card);
    const count = entry && entry.blockedUntil <= now && entry.count >= MAX_WRONG_PINS ? 1 : (entry?.count ?? 0) + 1;
    const blockedUntil = count >= MAX_WRONG_PINS ? now + PIN_BLOCK_MS : 0;
    this.#wrong.set(card, { count, blockedUntil });
    return blockedUntil > 0;
  }

  right(card: string): void {
    this.#wrong.delete(card);
  }
}
