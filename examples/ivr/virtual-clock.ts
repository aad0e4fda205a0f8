import type { Clock } from './clock.ts';

/**
 * A clock that moves only when told: a caller's silence in a test or a transcript is "let the
 * next timer fire", with no real waiting and no race with a loaded machine.
 */
export class VirtualClock implements Clock {
  #now = 0;
  #timers: { at: number; fire: () => void }[] = [];

  after(ms: number, fire: () => void): () => void {
    const timer = { at: this.#now + ms, fire };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((t) => t !== timer);
    };
  }

  /** ms since the clock started. */
  get now(): number {
    return this.#now;
  }

  /** Moves time to the earliest pending timer and fires it; false when none is pending. */
  fireNext(): boolean {
    const next = this.#timers.reduce<{ at: number; fire: () => void } | undefined>((a, t) => (a && a.at <= t.at ? a : t), undefined);
    if (!next) return false;
    this.#timers = this.#timers.filter((t) => t !== next);
    this.#now = next.at;
    next.fire();
    return true;
  }
}
