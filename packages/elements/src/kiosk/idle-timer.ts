/**
 * A kiosk's idle timer: after `timeoutMs` without activity it fires `onExpire`; for the last
 * `warnMs` it ticks every second with the seconds left (a visible countdown), and `null` when
 * activity puts it back.
 */
export class IdleTimer {
  readonly #timeoutMs: number;
  readonly #warnMs: number;
  readonly #onTick: (secondsLeft: number | null) => void;
  readonly #onExpire: () => void;
  #deadline = 0;
  #interval: ReturnType<typeof setInterval> | undefined;
  #warning = false;

  constructor(options: { timeoutMs: number; warnMs: number; onTick: (secondsLeft: number | null) => void; onExpire: () => void }) {
    this.#timeoutMs = options.timeoutMs;
    this.#warnMs = Math.min(options.warnMs, options.timeoutMs);
    this.#onTick = options.onTick;
    this.#onExpire = options.onExpire;
  }

  start(): void {
    this.activity();
    this.#interval ??= setInterval(() => this.#check(), 250);
  }

  /** A touch, a key, a change in the hosted fields: the customer is still there. */
  activity(): void {
    this.#deadline = Date.now() + this.#timeoutMs;
    if (this.#warning) {
      this.#warning = false;
      this.#onTick(null);
    }
  }

  stop(): void {
    clearInterval(this.#interval);
    this.#interval = undefined;
    this.#warning = false;
  }

  #check(): void {
    const left = this.#deadline - Date.now();
    if (left <= 0) {
      this.#warning = false;
      this.#deadline = Infinity; // until the reset's own activity() restarts it
      this.#onExpire();
      return;
    }
    if (left <= this.#warnMs) {
      this.#warning = true;
      this.#onTick(Math.ceil(left / 1000));
    }
  }
}
