import type { Wire } from '@dubai-pay/contract';
import type { Caller } from './auth.ts';

/**
 * Decline reasons that tell a card tester more than they tell a customer: a browser (publishable
 * key, client secret) sees a plain decline; the agency's server (secret key) the real reason.
 */
const FOR_THE_AGENCY_ONLY: ReadonlySet<string> = new Set(['lost_card', 'stolen_card']);

/** An answer as this caller may see it. */
export function viewFor(caller: Caller, value: unknown): unknown {
  if (caller.credential === 'secret' || !isSession(value)) return value;
  // The issuer's 3-D Secure reason (`11`: suspected fraud) is a signal for the agency, not for a card tester.
  const threeDs = value.three_d_secure ? { ...value.three_d_secure, trans_status_reason: null } : value.three_d_secure;
  if (!value.last_error || !FOR_THE_AGENCY_ONLY.has(value.last_error.code)) return { ...value, three_d_secure: threeDs };
  return { ...value, three_d_secure: threeDs, last_error: { ...value.last_error, code: 'card_declined', message: 'The card was declined.' } };
}

function isSession(value: unknown): value is Wire.PaymentSession {
  return typeof value === 'object' && value !== null && (value as { object?: unknown }).object === 'payment_session';
}
