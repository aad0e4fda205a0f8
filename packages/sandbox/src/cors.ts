import { bearerOf } from './auth.ts';
import { PUBLISHABLE_KEY_PARAM, type GatewayErrorCode } from '@dubai-pay/contract';

/** CORS for the API's answers: for an origin some agency registered; the call itself is checked against the caller's own agency in `auth.ts`. */
export function corsHeaders(origin: string | null, knownOrigins: ReadonlySet<string>): Record<string, string> {
  if (!origin || !knownOrigins.has(origin)) return {};
  return allowOrigin(origin);
}

/**
 * A preflight is answered for any origin. It carries no credential and grants nothing: the call
 * that follows is still refused unless its credential's agency registered the origin, and only
 * that refusal is readable there (`refusalCorsHeaders`). Refusing the preflight instead turned a
 * client secret used on an unregistered origin into an opaque network error for the developer.
 */
export function preflightHeaders(origin: string | null): Record<string, string> {
  return origin ? allowOrigin(origin) : {};
}

/**
 * CORS for the refusal of an origin no agency registered (`origin_not_allowed`), when the call
 * carries a publishable key the gateway knows, or a live session's client secret: the agency's developer then reads why, instead of
 * an opaque network error. Only that refusal: it is what such a call always gets, so reading it
 * tells a page nothing (any other answer made readable, say a failed guess on a route that does
 * not take keys, would be an oracle beside the opaque success). An unknown key gets none, and
 * its answer says only "unknown key", whichever keys exist.
 */
export function refusalCorsHeaders(request: Request, refusal: GatewayErrorCode | undefined, knownCredential: (credential: string) => boolean): Record<string, string> {
  const origin = request.headers.get('origin');
  if (!origin || refusal !== 'origin_not_allowed') return {};
  const inUrl = new URL(request.url).searchParams.getAll(PUBLISHABLE_KEY_PARAM);
  const bearer = bearerOf(request);
  const credentials = bearer === undefined ? inUrl : [...inUrl, bearer];
  return credentials.length > 0 && credentials.every(knownCredential) ? allowOrigin(origin) : {};
}

function allowOrigin(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST',
    'access-control-allow-headers': 'authorization, content-type, idempotency-key',
    'access-control-expose-headers': 'idempotency-replayed, request-id',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

export function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
