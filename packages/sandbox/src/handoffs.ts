import type { Wire } from '@dubai-pay/contract';
import type { Agency } from './agencies.ts';
import type { SandboxClock } from './clock.ts';
import { randomId } from './ids.ts';

export const HANDOFF_LIFETIME_MS = 10 * 60 * 1000;
/** Wrong codes the gateway takes in a minute before it refuses codes for a while (8 digits: 10⁸ codes). */
export const MAX_WRONG_CODES_PER_MINUTE = 10;

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

/**
 * Hand-offs between channels: single use, ten minutes, one per session (a new one replaces the
 * last), found by the long token of its link or by its eight-digit code. Wrong codes are
 * counted, and past ten in a minute every code is refused for that minute.
 */
export class HandoffBook {
  readonly #byToken = new Map<string, StoredHandoff>();
  readonly #byCode = new Map<string, StoredHandoff>();
  readonly #bySession = new Map<string, StoredHandoff>();
  #wrongCodes: number[] = [];
  readonly #clock: SandboxClock;
  readonly #gateway: string;

  constructor(clock: SandboxClock, gatewayOrigin: string) {
    this.#clock = clock;
    this.#gateway = gatewayOrigin;
  }

  create(sessionId: string, agency: Agency): Wire.Handoff {
    this.#drop(this.#bySession.get(sessionId));
    let code = randomCode();
    while (this.#byCode.has(code)) code = randomCode();
    const stored: StoredHandoff = { sessionId, agency, code, token: randomId('ho', 24), expiresAt: this.#clock.now() + HANDOFF_LIFETIME_MS };
    this.#byToken.set(stored.token, stored);
    this.#byCode.set(code, stored);
    this.#bySession.set(sessionId, stored);
    return { object: 'handoff', code, url: `${this.#gateway}/pay/h/${stored.token}`, expires_at: new Date(stored.expiresAt).toISOString() };
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

  /** Uses up the hand-off of a code; `'locked'` while too many wrong codes have been tried. */
  redeemCode(code: string): RedeemedHandoff | null | 'locked' {
    const now = this.#clock.now();
    this.#wrongCodes = this.#wrongCodes.filter((at) => at > now - 60_000);
    if (this.#wrongCodes.length >= MAX_WRONG_CODES_PER_MINUTE) return 'locked';
    const redeemed = this.#redeem(this.#byCode.get(code));
    if (!redeemed) this.#wrongCodes.push(now);
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
