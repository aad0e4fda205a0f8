import type { Limit } from './rate-limiter.ts';

/**
 * The gateway's abuse limits, each scoped to one key, one client or one card, so that an attacker
 * limits only itself. A human paying never comes near them; a bot testing cards or guessing
 * secrets meets them within seconds. (A client is the address the request came from.)
 */
export const LIMITS = {
  /** Card and e-Dirham details turned into tokens, per client. */
  tokenizePerClient: { limit: 30, windowMs: 60_000 },
  /** The same, per agency key (all its clients together). */
  tokenizePerKey: { limit: 600, windowMs: 60_000 },
  /** The same card tokenized again and again (its number's digest). */
  tokenizePerCard: { limit: 30, windowMs: 10 * 60_000 },
  /** Declines of one card (wrong CVC, insufficient funds, …): testing it further waits. */
  declinesPerCard: { limit: 8, windowMs: 10 * 60_000 },
  /** Wrong hand-off codes, per client. */
  handoffCodesPerClient: { limit: 10, windowMs: 10 * 60_000 },
  /** Wrong hand-off codes typed on one code page (a page token). */
  handoffCodesPerPage: { limit: 5, windowMs: 10 * 60_000 },
} as const satisfies Record<string, Limit>;

/** Wrong PINs an e-Dirham card takes before it is blocked, whichever sessions they came through. */
export const MAX_WRONG_PINS = 3;
/** How long a card stays blocked after that. */
export const PIN_BLOCK_MS = 30 * 60_000;
