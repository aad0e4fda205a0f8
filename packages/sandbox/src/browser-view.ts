import type { Wire } from '@dubai-pay/contract';
import type { Caller } from './auth.ts';

/**
 * Decline reasons that tell a card tester more than they tell a customer: a browser (publishable
 * key, client secret) sees a plain decline; the agency's server (secret key) the real reason.
 */
const FOR_THE_AGENCY_ONLY: ReadonlySet<string> = new Set(['lost_card', 'stolen_card']);

/** An answer as this caller may see it. */
export function viewFor(caller: Caller, value: unknown): unknown {
  if (caller.credential === 'secret' || !isSession(value) || !value.last_error || !FOR_THE_AGENCY_ONLY.has(value.last_error.code)) return value;
  return { ...value, last_error: { ...value.last_error, code: 'card_declined', message: 'The card was declined.' } };
}

function isSession(value: unknown): value is Wire.PaymentSession {
  return typeof value === 'object' && value !== null && (value as { object?: unknown }).object === 'payment_session';
}
