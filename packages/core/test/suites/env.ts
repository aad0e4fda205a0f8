import type { Fault } from '@dubai-pay/sandbox';

/** The test functions of the runner in use: node:test in Node, mocha in the browsers. */
export interface TestApi {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void> | void): void;
}

/** A running sandbox, reached over real HTTP (Node) or through msw (browsers): the same app either way. */
export interface SandboxEnv {
  kind: 'node' | 'browser';
  /** API base URL, `…/v1`. */
  apiUrl: string;
  publishableKey: string;
  secretKey: string;
  control: SandboxControl;
}

/** The sandbox's test controls (`/_sandbox/…`), called with the secret key. */
export class SandboxControl {
  readonly #origin: string;
  readonly #secretKey: string;

  constructor(apiUrl: string, secretKey: string) {
    this.#origin = new URL(apiUrl).origin;
    this.#secretKey = secretKey;
  }

  async charges(sessionId: string): Promise<number> {
    const body = (await this.#call('GET', `/_sandbox/sessions/${sessionId}/charges`)) as { charges: number };
    return body.charges;
  }

  async fault(fault: Omit<Fault, 'times'> & { times?: number }): Promise<void> {
    await this.#call('POST', '/_sandbox/faults', fault);
  }

  async clearFaults(): Promise<void> {
    await this.#call('POST', '/_sandbox/faults/clear', {});
  }

  async advanceClock(ms: number): Promise<void> {
    await this.#call('POST', '/_sandbox/clock', { advance_ms: ms });
  }

  async #call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.#origin}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.#secretKey}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`sandbox control ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  }
}
