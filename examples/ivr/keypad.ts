import type { Clock } from './clock.ts';

export type Key = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '*' | '#';
export type KeyEvent = Key | 'timeout' | 'hung_up';

const KEYS = new Set('0123456789*#');

/**
 * The DTMF keys one leg of a call receives, in order. Keys pressed while a prompt plays are kept
 * (type-ahead); `next` waits for the next one at most `ms` on the injected clock.
 */
export class Keypad {
  readonly #clock: Clock;
  readonly #queue: (Key | 'hung_up')[] = [];
  #hungUp = false;
  #waiter: ((event: KeyEvent) => void) | undefined;
  #idle: (() => void)[] = [];

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** The caller presses keys; anything that is not a phone key is ignored. */
  press(keys: string): void {
    for (const key of keys) if (KEYS.has(key)) this.#push(key as Key);
  }

  hangUp(): void {
    if (!this.#hungUp) this.#push('hung_up');
    this.#hungUp = true;
  }

  /** The next key, `timeout` if none came within `ms`, `hung_up` once the caller has gone. */
  next(ms: number): Promise<KeyEvent> {
    const queued = this.#queue.shift();
    if (queued === 'hung_up') this.#queue.unshift('hung_up'); // stays hung up for every later read
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => {
      const cancel = this.#clock.after(ms, () => this.#settle('timeout'));
      this.#waiter = (event) => {
        cancel();
        resolve(event);
      };
      for (const notify of this.#idle.splice(0)) notify();
    });
  }

  /** True while the line waits for a key and none is queued. */
  get waiting(): boolean {
    return this.#waiter !== undefined && this.#queue.length === 0;
  }

  /** Resolves when the line is waiting for a key and none is queued: the moment a caller acts. */
  whenWaiting(): Promise<void> {
    if (this.waiting) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  #push(event: Key | 'hung_up'): void {
    if (this.#waiter) this.#settle(event);
    else this.#queue.push(event);
  }

  #settle(event: KeyEvent): void {
    const waiter = this.#waiter;
    this.#waiter = undefined;
    if (event === 'hung_up') this.#queue.push('hung_up');
    waiter?.(event);
  }
}
