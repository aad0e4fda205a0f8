import type { AuthenticationProgress, ChallengeWindow, DubaiPayError, Receipt } from '@dubai-pay/core';
import type { InputProblem } from './input-rules.ts';

/** 3-D Secure under way: what it is doing, the challenge window once one is shown, a cancel being asked. */
export interface Authentication {
  progress: AuthenticationProgress;
  window: ChallengeWindow | null;
  confirmingCancel: boolean;
  /** The challenge is about to be given up: seconds left (the customer may ask for more time), else null. */
  timeoutWarning: number | null;
}

/** What a payment under way is doing. */
export type PayingPhase = { kind: 'tokenizing' } | { kind: 'confirming' } | { kind: 'authenticating'; authentication: Authentication } | { kind: 'bank'; popup: boolean };

/**
 * The checkout is in one state at a time, and each state carries what only it has: an error to
 * show only where one can be shown, 3-D Secure only while paying, and so on. Nothing can be
 * "paying" and "failed" at once.
 */
export type CheckoutState =
  | { step: 'loading' }
  /** A service's inputs are asked for (or were refused: `problems`, `error`). */
  | { step: 'inputs'; problems: Record<string, InputProblem>; error: DubaiPayError | null }
  /** What is owed is shown; the customer chooses a method. `error`: the last attempt's, if it was declined. */
  | { step: 'ready'; error: DubaiPayError | null }
  | { step: 'paying'; phase: PayingPhase; retrying: boolean }
  /** The gateway's answer was lost and could not be read back in time: the client keeps asking, and says so. */
  | { step: 'checking'; error: DubaiPayError }
  | { step: 'receipt'; receipt: Receipt }
  | { step: 'failed'; error: DubaiPayError }
  | { step: 'canceled' };

export type CheckoutStep = CheckoutState['step'];

export type CheckoutEvent =
  /** The payment to show changed (attributes, a reset): start over. */
  | { type: 'load' }
  | { type: 'askInputs'; problems?: Record<string, InputProblem>; error?: DubaiPayError | null }
  | { type: 'ready'; error?: DubaiPayError | null }
  | { type: 'pay'; phase: PayingPhase }
  | { type: 'phase'; phase: PayingPhase }
  /** An operation is being retried (`true`) or answered (`false`): "still trying…". */
  | { type: 'retrying'; retrying: boolean }
  /** The attempt ended without paying and the payment may go on: back to choosing, with the reason. */
  | { type: 'declined'; error: DubaiPayError }
  | { type: 'outcomeUnknown'; error: DubaiPayError }
  | { type: 'paid'; receipt: Receipt }
  | { type: 'fail'; error: DubaiPayError }
  | { type: 'cancel' };

/** States a checkout never leaves except by being loaded again. */
export const TERMINAL_STEPS: readonly CheckoutStep[] = ['receipt', 'failed', 'canceled'];

/**
 * Every transition of the checkout, in one place. An event a state does not take leaves it as it
 * is (the same object: nothing changed). Tested as a table (state × event → state).
 */
export function transition(state: CheckoutState, event: CheckoutEvent): CheckoutState {
  const from = state.step;
  switch (event.type) {
    case 'load':
      return { step: 'loading' };
    case 'askInputs':
      return from === 'loading' || from === 'inputs' || from === 'ready' ? { step: 'inputs', problems: event.problems ?? {}, error: event.error ?? null } : state;
    case 'ready':
      // From `checking` too: a read-back found the session open again (nothing was paid).
      return from === 'loading' || from === 'inputs' || from === 'ready' || from === 'paying' || from === 'checking' ? { step: 'ready', error: event.error ?? null } : state;
    case 'pay':
      return from === 'ready' ? { step: 'paying', phase: event.phase, retrying: false } : state;
    case 'phase':
      return from === 'paying' ? { ...state, phase: event.phase } : state;
    case 'retrying':
      return from === 'paying' && state.retrying !== event.retrying ? { ...state, retrying: event.retrying } : state;
    case 'declined':
      return from === 'paying' || from === 'ready' || from === 'checking' || from === 'loading' ? { step: 'ready', error: event.error } : state;
    case 'outcomeUnknown':
      return from === 'paying' || from === 'checking' ? { step: 'checking', error: event.error } : state;
    case 'paid':
      // Whatever the checkout showed, the gateway's word that it is paid is the truth shown.
      return from === 'receipt' ? state : { step: 'receipt', receipt: event.receipt };
    case 'fail':
      return TERMINAL_STEPS.includes(from) ? state : { step: 'failed', error: event.error };
    case 'cancel':
      return from === 'ready' || from === 'inputs' || from === 'loading' ? { step: 'canceled' } : state;
  }
}

/** The error a state shows, if any. */
export function errorOf(state: CheckoutState): DubaiPayError | null {
  return 'error' in state ? state.error : null;
}

/** 3-D Secure under way, if any. */
export function authenticationOf(state: CheckoutState): Authentication | null {
  return state.step === 'paying' && state.phase.kind === 'authenticating' ? state.phase.authentication : null;
}
