import * as z from 'zod/mini';
import { IDEMPOTENCY_KEY_PARAM, PUBLISHABLE_KEY_PARAM, type Endpoint } from '@dubai-pay/contract';
import { authenticate, type AuthContext, type Caller } from './auth.ts';
import { viewFor } from './browser-view.ts';
import { API_PREFIX } from './config.ts';
import { errorResponse, issuesOf, json, parseBody } from './http.ts';
import type { IdempotencyStore } from './idempotency.ts';
import { GatewayProblem, onlyOne, problem } from './problems.ts';
import { decodePathSegment } from './request-guard.ts';

export interface RouteContext<Body, Query = Record<string, string>> {
  request: Request;
  caller: Caller;
  params: Record<string, string>;
  /** The query string, checked with the endpoint's query schema when it has one. */
  query: Query;
  body: Body;
}

export interface Route {
  method: string;
  pattern: RegExp;
  paramNames: string[];
  handle(request: Request, params: Record<string, string>, deps: RouterDeps): Promise<Response>;
}

export interface RouterDeps {
  auth: AuthContext;
  idempotency: IdempotencyStore;
  now(): number;
  /** The gateway's own origin: card details are accepted from it alone. */
  frameOrigin: string;
}

function compile(path: string): { pattern: RegExp; paramNames: string[] } {
  const paramNames: string[] = [];
  const source = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    paramNames.push(name);
    return '([^/]+)';
  });
  return { pattern: new RegExp(`^${source}$`), paramNames };
}

/**
 * A route for an endpoint of the contract: credentials, body schema and idempotency all come
 * from the contract's endpoint table, so the sandbox cannot drift from it.
 */
export function route<E extends Endpoint>(
  endpoint: E,
  handler: (
    context: RouteContext<E['body'] extends z.core.$ZodType ? z.output<E['body']> : undefined, E['query'] extends z.core.$ZodType ? z.output<E['query']> : Record<string, string>>,
  ) => unknown,
  options: { cardDetails?: boolean } = {},
): Route {
  const { pattern, paramNames } = compile(`${API_PREFIX}${endpoint.path}`);
  return {
    method: endpoint.method,
    pattern,
    paramNames,
    async handle(request, params, deps) {
      const caller = authenticate(request, endpoint.credentials, deps.auth, options.cardDetails ? deps.frameOrigin : undefined);
      if (caller.credential === 'client_secret' && params.id !== caller.sessionId) {
        throw new GatewayProblem(404, 'not_found', `No session ${params.id ?? ''}.`);
      }
      const search = new URL(request.url).searchParams;
      const idempotencyKey = idempotencyKeyOf(request.headers.get('idempotency-key'), onlyOne(search, IDEMPOTENCY_KEY_PARAM));
      // The credential and idempotency key a simple request carries in its query are not the endpoint's query.
      search.delete(PUBLISHABLE_KEY_PARAM);
      search.delete(IDEMPOTENCY_KEY_PARAM);
      const query = parseQuery(search, endpoint.query);
      const run = async (bodyText: string) => {
        const body = endpoint.body ? parseBody(bodyText, endpoint.body) : undefined;
        const result = await handler({ request, caller, params, query: query as never, body: body as never });
        // A handler may answer in another representation (a CSV report).
        return result instanceof Response ? result : json(viewFor(caller, result));
      };
      const bodyText = await request.text();
      if (!endpoint.idempotent) return run(bodyText);
      const scope = caller.credential === 'client_secret' ? caller.clientSecret : caller.agency.id + caller.credential;
      const fingerprint = `${request.method} ${new URL(request.url).pathname}\n${bodyText}`;
      return deps.idempotency.run(scope, idempotencyKey, fingerprint, deps.now(), () =>
        run(bodyText).catch((error: unknown) => {
          if (error instanceof GatewayProblem) return errorResponse(error);
          throw error;
        }),
      );
    },
  };
}

/** The idempotency key, from the header or (a simple request's) query; two different ones are refused. */
function idempotencyKeyOf(header: string | null, inQuery: string | null): string | null {
  if (header !== null && inQuery !== null && header !== inQuery) {
    throw new GatewayProblem(400, 'invalid_request', 'Two different idempotency keys: one in the header, another in the URL.', { param: IDEMPOTENCY_KEY_PARAM });
  }
  return header ?? inQuery;
}

/** The query string as an object, checked with the endpoint's schema (a repeated name is refused). */
function parseQuery(search: URLSearchParams, schema: z.core.$ZodType | undefined): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of search) {
    if (Object.hasOwn(query, name)) throw problem.invalid([{ path: name, message: 'Given more than once.' }]);
    query[name] = value;
  }
  if (!schema) return query;
  const result = z.safeParse(schema, query);
  if (!result.success) throw problem.invalid(issuesOf(result.error));
  return result.data as Record<string, string>;
}

/** A route outside the contract (sandbox controls), matched on the full path. */
export function rawRoute(method: string, path: string, handle: Route['handle']): Route {
  return { method, ...compile(path), handle };
}

export function match(routes: readonly Route[], method: string, pathname: string): { route: Route; params: Record<string, string> } | 'wrong_method' | undefined {
  let pathMatched = false;
  for (const candidate of routes) {
    const found = candidate.pattern.exec(pathname);
    if (!found) continue;
    pathMatched = true;
    if (candidate.method !== method) continue;
    const params: Record<string, string> = {};
    for (const [i, name] of candidate.paramNames.entries()) params[name] = decodePathSegment(found[i + 1] ?? '');
    return { route: candidate, params };
  }
  return pathMatched ? 'wrong_method' : undefined;
}
