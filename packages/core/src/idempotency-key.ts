/** A fresh `Idempotency-Key`: a random UUID (crypto.randomUUID needs a secure context; this does not). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

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
