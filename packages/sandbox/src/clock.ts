/** The sandbox's time, which tests may move forward to expire quotes and sessions without waiting. */
export class SandboxClock {
  #offsetMs = 0;

  now(): number {
    return Date.now() + this.#offsetMs;
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
