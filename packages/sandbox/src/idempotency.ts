import { GatewayProblem } from './problems.ts';

interface StoredResponse {
  fingerprint: string;
  status: number;
  body: string;
  storedAt: number;
}

const KEY_PATTERN = /^[\x21-\x7e]{8,255}$/;
const RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * Idempotency for mutating calls (rule 3): the first response to a key is kept for 24 hours and
 * replayed for the same request; the same key with a different request is a 409.
 * Keys are scoped to the credential that sent them, so two agencies cannot collide.
 */
export class IdempotencyStore {
  readonly #responses = new Map<string, StoredResponse>();
  /** Requests under way, so that a concurrent retry waits for the first instead of running again. */
  readonly #inFlight = new Map<string, Promise<unknown>>();

  snapshot(): unknown {
    return [...this.#responses];
  }

  restore(data: unknown): void {
    for (const [id, stored] of data as [string, StoredResponse][]) this.#responses.set(id, stored);
  }

  /** Runs `handle` once per key; replays its response for a retry of the same request. */
  async run(scope: string, key: string | null, fingerprint: string, now: number, handle: () => Promise<Response>): Promise<Response> {
    if (key === null) {
      throw new GatewayProblem(400, 'invalid_request', 'Mutating calls need an `Idempotency-Key` header.', { param: 'Idempotency-Key' });
    }
    if (!KEY_PATTERN.test(key)) {
      throw new GatewayProblem(400, 'invalid_request', '`Idempotency-Key` must be 8 to 255 visible ASCII characters.', { param: 'Idempotency-Key' });
    }
    this.#forgetOlderThan(now - RETENTION_MS);
    const id = `${scope}\n${key}`;
    const running = this.#inFlight.get(id);
    if (running) await running.catch(() => undefined);
    const stored = this.#responses.get(id);
    if (stored) {
      if (stored.fingerprint !== fingerprint) {
        throw new GatewayProblem(409, 'idempotency_conflict', 'This Idempotency-Key was used with a different request.');
      }
      return new Response(stored.body, {
        status: stored.status,
        headers: { 'content-type': 'application/json; charset=utf-8', 'idempotency-replayed': 'true' },
      });
    }
    const work = handle().then(async (response) => {
      // Server errors are not kept: the request may be retried and do its work then.
      if (response.status < 500) {
        this.#responses.set(id, { fingerprint, status: response.status, body: await response.clone().text(), storedAt: now });
      }
      return response;
    });
    this.#inFlight.set(id, work);
    try {
      return await work;
    } finally {
      this.#inFlight.delete(id);
    }
  }

  #forgetOlderThan(limit: number): void {
    for (const [id, stored] of this.#responses) {
      if (stored.storedAt >= limit) break; // insertion order is time order
      this.#responses.delete(id);
    }
  }
}
