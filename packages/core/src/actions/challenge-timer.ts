import { sleep } from '../sleep.ts';

/** How long before a challenge is given up the customer is warned. */
export const CHALLENGE_WARNING_MS = 60_000;
/** How long a challenge may take before it is given up (`authentication_timed_out`). */
export const DEFAULT_CHALLENGE_TIMEOUT_MS = 10 * 60 * 1000;
/** The least time WCAG 2.2.1 gives to answer a warning: a shorter challenge is warned of at once. */
const LEAST_WARNING_MS = 20_000;

/** Said before a challenge is given up: how long is left, and how to ask for its whole time again. */
export interface ChallengeTimeoutWarning {
  remainingMs: number;
  /** More time: the challenge's whole time starts again (WCAG 2.2.1). */
  extend: () => void;
}

/**
 * Resolves when a challenge has waited `timeoutMs` unanswered. Before that, `onWarning` is told
 * (with at least 20 s left, as WCAG 2.2.1 asks), and `extend()` starts the time again, as often
 * as the customer asks. Rejects when `signal` aborts (the challenge ended otherwise).
 */
export async function challengeTimedOut(timeoutMs: number, signal: AbortSignal, onWarning?: (warning: ChallengeTimeoutWarning) => void): Promise<'timed_out'> {
  for (;;) {
    // A minute before; half the time for a short challenge, but never under 20 s (all of it, if shorter).
    const warnBefore = Math.min(timeoutMs, Math.max(LEAST_WARNING_MS, Math.min(CHALLENGE_WARNING_MS, timeoutMs / 2)));
    await sleep(timeoutMs - warnBefore, signal);
    const more = new Promise<'more'>((resolve) => onWarning?.({ remainingMs: warnBefore, extend: () => resolve('more') }));
    const outcome = await Promise.race([sleep(warnBefore, signal).then(() => 'timed_out' as const), more]);
    if (outcome === 'timed_out') return outcome;
  }
}
