import type { Credential } from '@dubai-pay/contract';
import type { Agency } from './agencies.ts';
import { GatewayProblem } from './problems.ts';

export type Caller =
  | { credential: 'publishable' | 'secret'; agency: Agency; origin: string | null }
  | { credential: 'client_secret'; agency: Agency; origin: string | null; sessionId: string; clientSecret: string };

export interface AuthContext {
  agencies: readonly Agency[];
  /** Finds the session a client secret belongs to, with its agency. */
  sessionForSecret(clientSecret: string): { sessionId: string; agency: Agency } | undefined;
}

function bearer(request: Request): string {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new GatewayProblem(401, 'unauthorized', 'Send a key or client secret as `Authorization: Bearer …`.');
  return match[1];
}

/**
 * Works out who is calling and refuses credentials the endpoint does not take. A browser call
 * (one with an `Origin` header) must come from one of the agency's registered origins.
 */
export function authenticate(
  request: Request,
  accepted: readonly Credential[],
  context: AuthContext,
  /** For card details: browser calls must come from the hosted frame on this (the gateway's) origin. */
  frameOrigin?: string,
): Caller {
  const token = bearer(request);
  const origin = request.headers.get('origin');
  let caller: Caller | undefined;
  const byKey = context.agencies.find((a) => a.publishableKey === token || a.secretKey === token);
  if (byKey) {
    caller = { credential: byKey.secretKey === token ? 'secret' : 'publishable', agency: byKey, origin };
  } else {
    const owner = context.sessionForSecret(token);
    if (owner) caller = { credential: 'client_secret', origin, ...owner, clientSecret: token };
  }
  if (!caller) throw new GatewayProblem(401, 'unauthorized', 'Unknown key or client secret.');
  if (!accepted.includes(caller.credential)) {
    throw new GatewayProblem(403, 'forbidden', `This call does not accept a ${caller.credential.replace('_', ' ')}; use: ${accepted.join(', ')}.`);
  }
  if (caller.credential === 'secret' && origin !== null) {
    throw new GatewayProblem(403, 'forbidden', 'A secret key must never be used from a browser.');
  }
  if (frameOrigin !== undefined && caller.credential !== 'secret' && origin !== frameOrigin) {
    throw new GatewayProblem(403, 'origin_not_allowed', 'Card details are accepted only from the hosted fields frame or a server channel.');
  }
  if (frameOrigin === undefined && origin !== null && !caller.agency.allowedOrigins.includes(origin)) {
    throw new GatewayProblem(403, 'origin_not_allowed', `Origin ${origin} is not registered for this key.`);
  }
  return caller;
}
