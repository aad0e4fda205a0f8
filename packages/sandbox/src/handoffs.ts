import { HANDOFF_PAGE_PATH, type Locale, type Wire } from '@dubai-pay/contract';
import type { Agency } from './agencies.ts';
import type { SandboxClock } from './clock.ts';
import { randomId } from './ids.ts';
import { LIMITS } from './abuse/limits.ts';
import type { RateLimiter } from './abuse/rate-limiter.ts';

export const HANDOFF_LIFETIME_MS = 10 * 60 * 1000;

interface StoredHandoff {
  sessionId: string;
  agency: Agency;
  code: string;
  token: string;
  expiresAt: number;
}

/** Where a redeemed hand-off leads: the session, and the agency it belongs to. */
export interface RedeemedHandoff {
  sessionId: string;
  agency: Agency;
}

function randomCode(): string {
  const [n] = crypto.getRandomValues(new Uint32Array(1));
  return String(n! % 100_000_000).padStart(8, '0');
}

/** Who is typing codes: the client's address and the code page they came from. */
export interface CodeTrier {
  client: string;
  page: string;
}

/**
 * Hand-offs between channels: single use, ten minutes, one per session (a new one replaces the
 * last), found by the long token of its link or by its eight-digit code. Wrong codes are counted
 * per client and per code page (never for everyone: one attacker must not lock every customer
 * out); past the limit, that client or page is refused for a while.
 */
export class HandoffBook {
  readonly #byToken = new Map<string, StoredHandoff>();
  readonly #byCode = new Map<string, StoredHandoff>();
  readonly #bySession = new Map<string, StoredHandoff>();
  readonly #clock: SandboxClock;
  readonly #gateway: string;
  readonly #limiter: RateLimiter;

  constructor(clock: SandboxClock, gatewayOrigin: string, limiter: RateLimiter) {
    this.#clock = clock;
    this.#gateway = gatewayOrigin;
    this.#limiter = limiter;
  }

  /** `locale`: the language the link's pages open in (the customer's, where the channel knows it). */
  create(sessionId: string, agency: Agency, locale?: Locale): Wire.Handoff {
    this.#drop(this.#bySession.get(sessionId));
    let code = randomCode();
    while (this.#byCode.has(code)) code = randomCode();
    const stored: StoredHandoff = { sessionId, agency, code, token: randomId('ho', 24), expiresAt: this.#clock.now() + HANDOFF_LIFETIME_MS };
    this.#byToken.set(stored.token, stored);
    this.#byCode.set(code, stored);
    this.#bySession.set(sessionId, stored);
    return {
      object: 'handoff',
      code,
      url: `${this.#gateway}${HANDOFF_PAGE_PATH}h/${stored.token}${locale ? `?lang=${locale}` : ''}`,
      expires_at: new Date(stored.expiresAt).toISOString(),
    };
  }

  /** Whether a link's token is still good (the landing page asks before it is used). */
  peek(token: string): boolean {
    const stored = this.#byToken.get(token);
    return stored !== undefined && stored.expiresAt > this.#clock.now();
  }

  /** Uses up the hand-off of a link's token. */
  redeemToken(token: string): RedeemedHandoff | null {
    return this.#redeem(this.#byToken.get(token));
  }

  /** Uses up the hand-off of a code; `'locked'` while this client or page has tried too many wrong codes. */
  redeemCode(code: string, trier: CodeTrier): RedeemedHandoff | null | 'locked' {
    const byClient = `handoff-codes:client:${trier.client}`;
    const byPage = `handoff-codes:page:${trier.page}`;
    if (!this.#limiter.full(byClient, LIMITS.handoffCodesPerClient).ok || !this.#limiter.full(byPage, LIMITS.handoffCodesPerPage).ok) return 'locked';
    const redeemed = this.#redeem(this.#byCode.get(code));
    if (!redeemed) {
      this.#limiter.count(byClient);
      this.#limiter.count(byPage);
    }
    return redeemed;
  }

  #redeem(stored: StoredHandoff | undefined): RedeemedHandoff | null {
    if (!stored) return null;
    this.#drop(stored);
    return stored.expiresAt > this.#clock.now() ? { sessionId: stored.sessionId, agency: stored.agency } : null;
  }

  #drop(stored: StoredHandoff | undefined): void {
    if (!stored) return;
    this.#byToken.delete(stored.token);
    this.#byCode.delete(stored.code);
    if (this.#bySession.get(stored.sessionId) === stored) this.#bySession.delete(stored.sessionId);
  }
}
