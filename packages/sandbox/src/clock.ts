/** The sandbox's time, which tests may move forward to expire quotes and sessions without waiting. */
export class SandboxClock {
  #offsetMs = 0;
  readonly #realNow: () => number;

  /** `realNow`: the time it runs on (tests may stop it, so that only `advance` moves it). */
  constructor(realNow: () => number = Date.now) {
    this.#realNow = realNow;
  }

  now(): number {
    return this.#realNow() + this.#offsetMs;
  }

  iso(offsetMs = 0): string {
    return new Date(this.now() + offsetMs).toISOString();
  }

  snapshot(): unknown {
    return this.#offsetMs;
  }

  restore(data: unknown): void {
    this.#offsetMs = Number(data) || 0;
  }

  advance(ms: number): void {
    this.#offsetMs += ms;
  }
}
