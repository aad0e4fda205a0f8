import { PUBLISHABLE_KEY_PARAM, type Credential } from '@dubai-pay/contract';
import type { Agency } from './agencies.ts';
import { GatewayProblem, onlyOne } from './problems.ts';

/** The query parameter a publishable key may come in (contract: `PUBLISHABLE_KEY_PARAM`). */
const KEY_PARAM = PUBLISHABLE_KEY_PARAM;

export type Caller =
  | { credential: 'publishable' | 'secret'; agency: Agency; origin: string | null }
  | { credential: 'client_secret'; agency: Agency; origin: string | null; sessionId: string; clientSecret: string };

export interface AuthContext {
  agencies: readonly Agency[];
  /** Finds the session a client secret belongs to, with its agency. */
  sessionForSecret(clientSecret: string): { sessionId: string; agency: Agency } | undefined;
}

/**
 * The caller's token: `Authorization: Bearer …`, or a publishable key as the `key` query
 * parameter. The latter lets a browser's calls with the publishable key be CORS simple requests
 * (no preflight round trip before each one). A publishable key is public; a secret key or a
 * client secret in a URL is refused, whatever else the request carries: URLs end up in logs.
 */
function tokenOf(request: Request, agencies: readonly Agency[]): string {
  const header = request.headers.get('authorization');
  const inUrl = onlyOne(new URL(request.url).searchParams, KEY_PARAM);
  if (inUrl !== null && !agencies.some((a) => a.publishableKey === inUrl)) {
    throw new GatewayProblem(
      401,
      'unauthorized',
      `Only a publishable key may be sent in the URL (\`${KEY_PARAM}\`); send secret keys and client secrets as \`Authorization: Bearer …\`.`,
      { param: KEY_PARAM },
    );
  }
  if (header === null && inUrl !== null) return inUrl;
  const bearer = bearerOf(request);
  if (!bearer) throw new GatewayProblem(401, 'unauthorized', 'Send a key or client secret as `Authorization: Bearer …` (or a publishable key as `?key=`).');
  if (inUrl !== null && inUrl !== bearer)
    throw new GatewayProblem(400, 'invalid_request', 'Two different credentials: one in `Authorization`, another in the URL.', { param: KEY_PARAM });
  return bearer;
}

/** The token of `Authorization: Bearer …`, if the request has one. */
export function bearerOf(request: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
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
  const token = tokenOf(request, context.agencies);
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
