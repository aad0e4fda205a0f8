import type { Locale, Wire } from '@dubai-pay/contract';
import type { Agency } from './agencies.ts';
import type { SandboxClock } from './clock.ts';
import { randomId } from './ids.ts';

/** Long enough to scan the code and open the page; short enough that a photo of the screen is soon worth nothing. */
export const RECEIPT_LINK_LIFETIME_MS = 15 * 60 * 1000;
export const RECEIPT_PAGE_PATH = '/pay/r/';

interface StoredLink {
  sessionId: string;
  agency: Agency;
  token: string;
  expiresAt: number;
}

/**
 * Receipt links ("send to my phone"): a long random token that shows one paid session's receipt,
 * read-only, until it expires; one per session (a new one replaces the last). A book of its own,
 * never the hand-offs': a receipt token can never open a payment, nor a hand-off token a receipt.
 */
export class ReceiptLinkBook {
  readonly #byToken = new Map<string, StoredLink>();
  readonly #bySession = new Map<string, StoredLink>();
  readonly #clock: SandboxClock;
  readonly #gateway: string;

  constructor(clock: SandboxClock, gatewayOrigin: string) {
    this.#clock = clock;
    this.#gateway = gatewayOrigin;
  }

  create(sessionId: string, agency: Agency, locale?: Locale): Wire.ReceiptLink {
    this.#drop(this.#bySession.get(sessionId));
    this.#sweep();
    const stored: StoredLink = { sessionId, agency, token: randomId('rl', 24), expiresAt: this.#clock.now() + RECEIPT_LINK_LIFETIME_MS };
    this.#byToken.set(stored.token, stored);
    this.#bySession.set(sessionId, stored);
    return {
      object: 'receipt_link',
      url: `${this.#gateway}${RECEIPT_PAGE_PATH}${stored.token}${locale ? `?lang=${locale}` : ''}`,
      expires_at: new Date(stored.expiresAt).toISOString(),
    };
  }

  /** The session a token shows, while it is good; null for an unknown, replaced or expired token. */
  find(token: string): { sessionId: string; agency: Agency } | null {
    const stored = this.#byToken.get(token);
    if (!stored) return null;
    if (stored.expiresAt <= this.#clock.now()) {
      this.#drop(stored);
      return null;
    }
    return { sessionId: stored.sessionId, agency: stored.agency };
  }

  /** Expired links go when a new one is made: the book does not grow with every receipt ever sent. */
  #sweep(): void {
    const now = this.#clock.now();
    for (const stored of this.#byToken.values()) if (stored.expiresAt <= now) this.#drop(stored);
  }

  #drop(stored: StoredLink | undefined): void {
    if (!stored) return;
    this.#byToken.delete(stored.token);
    if (this.#bySession.get(stored.sessionId) === stored) this.#bySession.delete(stored.sessionId);
  }
}
