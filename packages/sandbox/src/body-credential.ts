import { bearerOf } from './auth.ts';
import { CLIENT_SECRET_FIELD, IDEMPOTENCY_KEY_PARAM, isClientSecret } from '@dubai-pay/contract';
import { GatewayProblem } from './problems.ts';

/**
 * A browser holding a client secret sends it as the `client_secret` field of a POST's JSON body,
 * with the call's idempotency key as `idempotency_key` beside it (a CORS simple request: no
 * preflight, no secret in the URL, the URL the same as a server's). This turns such a request into
 * the same one with both in their headers and gone from the body, so one set of rules (who may
 * call, which origin, idempotency, readable refusals) sees every call alike. Only a client secret
 * may come this way: a key there, or two different credentials or idempotency keys, is a 400.
 */
export async function withBodyCredential(request: Request): Promise<Request> {
  if (request.method !== 'POST' || request.body === null) return request;
  const text = await request.clone().text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return request; // the route refuses a malformed body with its own typed error
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !Object.hasOwn(body, CLIENT_SECRET_FIELD)) return request;
  const { [CLIENT_SECRET_FIELD]: secret, [IDEMPOTENCY_KEY_PARAM]: idempotencyKey, ...rest } = body as Record<string, unknown>;
  if (typeof secret !== 'string' || !isClientSecret(secret)) {
    throw new GatewayProblem(
      400,
      'invalid_request',
      `Only a session's client secret may be sent in the body (\`${CLIENT_SECRET_FIELD}\`); send a secret key as \`Authorization: Bearer …\`.`,
      { param: CLIENT_SECRET_FIELD },
    );
  }
  const header = bearerOf(request);
  if (request.headers.has('authorization') && header !== secret) {
    throw new GatewayProblem(400, 'invalid_request', `Two different credentials: one in \`Authorization\`, another in the body.`, { param: CLIENT_SECRET_FIELD });
  }
  const headers = new Headers(request.headers);
  headers.set('authorization', `Bearer ${secret}`);
  if (idempotencyKey !== undefined) {
    if (typeof idempotencyKey !== 'string') throw new GatewayProblem(400, 'invalid_request', 'The idempotency key must be a string.', { param: IDEMPOTENCY_KEY_PARAM });
    if (request.headers.has('idempotency-key') && request.headers.get('idempotency-key') !== idempotencyKey) {
      throw new GatewayProblem(400, 'invalid_request', 'Two different idempotency keys: one in the header, another in the body.', { param: IDEMPOTENCY_KEY_PARAM });
    }
    headers.set('idempotency-key', idempotencyKey);
  }
  headers.delete('content-length');
  return new Request(request.url, { method: 'POST', headers, body: JSON.stringify(rest) });
}
