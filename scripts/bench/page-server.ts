// The agency origin of the bench: one-off pages (each load gets its own, with its own session),
// and `/vendor/*` exactly as the demo serves it.
//
// Why `/vendor/*` is passed through to a running demo (scripts/demo-server.ts `startDemo`) rather
// than read from dist/browser here: the bundles then reach the browser through the demo's own
// code path, with its headers, compression and validators, whatever they are in the tree being
// measured (demo-server.ts exports no helper for it). The hop is loopback inside this process.
import { randomUUID } from 'node:crypto';
import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pagePath } from '../demo-server.ts';

export interface PageServer {
  /** `http://localhost:PORT`: another site than the gateway's `http://127.0.0.1:PORT`. */
  origin: string;
  /** Serves this HTML (or JS module) once-off at a new path (returned); `drop` it when the load is over. */
  put(body: string, type?: 'html' | 'module'): string;
  drop(path: string): void;
  close(): Promise<void>;
}

/** The demo's page policy (scripts/demo-server.ts `csp`), for this origin and this gateway. */
export function demoCsp(gatewayOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${gatewayOrigin}`,
    `frame-src ${gatewayOrigin}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

export async function startPageServer(options: { port: number; gatewayOrigin: string; demoUrl: string }): Promise<PageServer> {
  const pages = new Map<string, { body: string; type: 'html' | 'module' }>();
  const csp = demoCsp(options.gatewayOrigin);
  const demo = new URL(options.demoUrl);

  const passToDemo = (request: IncomingMessage, response: ServerResponse) => {
    const headers = { ...request.headers, host: demo.host };
    const upstream = forward({ host: demo.hostname, port: demo.port, method: request.method, path: request.url, headers }, (answer) => {
      // Raw headers, status and bytes as the demo sent them (encoding, ETag, 304 included).
      response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(response);
    });
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502).end();
      else response.destroy();
    });
    request.pipe(upstream);
  };

  const server: Server = createServer((request, response) => {
    const path = pagePath(request.url);
    if (path === undefined) return void response.writeHead(400).end();
    if (path.startsWith('/vendor/')) return passToDemo(request, response);
    const found = pages.get(path);
    if (found === undefined) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    const { body, type } = found;
    if (type === 'module') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
      return void response.end(body);
    }
    // A page that carries a session's client secret is made per visit and never stored (as the
    // server-session example's page); the policy is the demo's.
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': csp, 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://localhost:${options.port}`,
    put: (body, type = 'html') => {
      const path = `/p/${randomUUID()}${type === 'module' ? '.js' : ''}`;
      pages.set(path, { body, type });
      return path;
    },
    drop: (path) => void pages.delete(path),
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
