/**
 * CORS for the API. A preflight carries no credentials, so it is answered for any origin some
 * agency registered; the actual call is then checked against the caller's own agency in `auth.ts`.
 */
export function corsHeaders(origin: string | null, knownOrigins: ReadonlySet<string>): Record<string, string> {
  if (!origin || !knownOrigins.has(origin)) return {};
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
