// Counts what reached a sandbox gateway (and its ACS and banks), as the HTTP server answered it.
//
// Why not a wrapper around `server.sandbox.fetch`: the gateway may decide a 304 (and compression)
// after the app's fetch has answered, in server.ts's `send`; a wrapper would see a 200 for every
// revalidated file. Node's `http.server.response.finish` diagnostics channel reports each answer
// with the status that went out, without touching the sandbox.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FRAME_PATH } from '../../packages/contract/src/index.ts';

type Kind = 'api' | 'preflight' | 'frameDocument' | 'frameAsset' | 'other' | 'acs' | 'bank';

interface Answered {
  kind: Kind;
  /** `GET /v1/sessions/:id`: ids in paths replaced by `:id`. */
  route: string;
  status: number;
}

export interface GatewayCounts {
  /** Every request the gateway origin answered. */
  total: number;
  /** `/v1/…`, preflights excluded. */
  api: number;
  /** CORS preflights (`OPTIONS`). */
  preflight: number;
  /** Frame documents: the hosted fields (`/frame/fields`), the 3-D Secure container. */
  frameDocument: number;
  /** Files the frames load: `/frame/fields.js`, `fields.css`, `keypad.js`… */
  frameAsset: number;
  /** Anything else on the gateway origin. */
  other: number;
  /** Answers `304 Not Modified` (the browser revalidated a file it kept). */
  notModified: number;
  /** Requests to the ACS (3-D Secure) and bank simulators. */
  acs: number;
  bank: number;
  /** How many times each route was asked for, in the order first asked. */
  routes: Record<string, number>;
  /** The gateway requests in the order answered (`GET /v1/catalog/services 200`). */
  sequence: string[];
}

/** A place in the counter's log: what happened between two marks is `between(a, b)`. */
export type Mark = number;

export interface GatewayCounter {
  mark(): Mark;
  between(from: Mark, to?: Mark): GatewayCounts;
  stop(): void;
}

/** `/v1/sessions/ps_a1b2c3d4/confirm` → `/v1/sessions/:id/confirm` (ids are a short prefix, `_`, then random characters). */
export function routeOf(method: string, target: string): string {
  const path = new URL(target, 'http://x').pathname
    .split('/')
    .map((segment) => (/^[a-z]{2,4}_[A-Za-z0-9_]{6,}$/.test(segment) ? ':id' : segment))
    .join('/');
  return `${method} ${path}`;
}

function kindOf(method: string, path: string): Kind {
  if (method === 'OPTIONS') return 'preflight';
  if (path.startsWith('/v1/')) return 'api';
  if (path === FRAME_PATH || (path.startsWith('/frame/') && !path.slice('/frame/'.length).includes('.'))) return 'frameDocument';
  if (path.startsWith('/frame/')) return 'frameAsset';
  return 'other';
}

/** Starts counting answers on these ports (the sandbox's gateway, ACS and bank listeners). */
export function countGatewayRequests(ports: { gateway: number; acs: number; bank: number }): GatewayCounter {
  const log: Answered[] = [];
  const onFinish = (message: unknown) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const port = request.socket.localPort;
    const method = request.method ?? 'GET';
    const route = routeOf(method, request.url ?? '/');
    if (port === ports.acs) log.push({ kind: 'acs', route, status: response.statusCode });
    else if (port === ports.bank) log.push({ kind: 'bank', route, status: response.statusCode });
    else if (port === ports.gateway) log.push({ kind: kindOf(method, new URL(request.url ?? '/', 'http://x').pathname), route, status: response.statusCode });
  };
  subscribe('http.server.response.finish', onFinish);
  return {
    mark: () => log.length,
    between: (from, to = log.length) => {
      const counts: GatewayCounts = { total: 0, api: 0, preflight: 0, frameDocument: 0, frameAsset: 0, other: 0, notModified: 0, acs: 0, bank: 0, routes: {}, sequence: [] };
      for (const answered of log.slice(from, to)) {
        counts[answered.kind]++;
        if (answered.kind === 'acs' || answered.kind === 'bank') continue;
        counts.total++;
        if (answered.status === 304) counts.notModified++;
        counts.routes[answered.route] = (counts.routes[answered.route] ?? 0) + 1;
        counts.sequence.push(`${answered.route} ${answered.status}`);
      }
      return counts;
    },
    stop: () => void unsubscribe('http.server.response.finish', onFinish),
  };
}
