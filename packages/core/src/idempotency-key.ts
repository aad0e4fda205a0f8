import { newIdempotencyKey } from '@dubai-pay/contract';

export { newIdempotencyKey };

/**
 * Keys for mutating calls whose outcome is not known yet (rule 3). The same call (same path and
 * body) gets the same key until the gateway has answered it, so a retry after a timeout or a
 * dropped connection, a second click, or a manual "try again" can never make a second charge.
 */
export class PendingKeys {
  readonly #keys = new Map<string, string>();

  keyFor(fingerprint: string): string {
    let key = this.#keys.get(fingerprint);
    if (!key) {
      key = newIdempotencyKey();
      this.#keys.set(fingerprint, key);
    }
    return key;
  }

  /** The gateway answered: the outcome is known, a new identical call is a new operation. */
  settle(fingerprint: string): void {
    this.#keys.delete(fingerprint);
  }
}
