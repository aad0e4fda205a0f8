import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox, type Sandbox, type SandboxOptions, type SandboxState } from './app.ts';
import { CLIENT_HEADER } from './config.ts';
import { DROP_RESPONSE_HEADER } from './faults.ts';
import type { FrameAssets } from './routes/built-assets.ts';
import { encodeForWire } from './http-encoding.ts';
import { fontsourceFiles } from './routes/font-files.ts';

export { encodeForWire } from './http-encoding.ts';
import { GatewayProblem } from './problems.ts';
import { problemResponse } from './request-guard.ts';

export interface SandboxServerOptions extends Omit<SandboxOptions, 'origins'> {
  /** Loopback address to listen on. */
  host?: string;
  /** Gateway port; 0 picks a free one. The ACS and bank simulators take their own ports. */
  port?: number;
  /**
   * An SQLite file to keep the sandbox's state in (created if new): a team's shared sandbox can
   * be restarted, even killed, and go on where it was. Without it, state is in memory only.
   */
  dataFile?: string;
}

export interface SandboxServer {
  sandbox: Sandbox;
  /** The gateway origin, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** The API base URL: `${url}/v1`. */
  apiUrl: string;
  close(): Promise<void>;
}

/**
 * Where the built browser files are. From the sources (this file is `.ts`): the repository's
 * dist/browser, as `pnpm build` writes it. Installed from npm: the copy the package ships in its
 * own dist/browser (scripts/build.ts), beside this module.
 */
const BUILT = import.meta.url.endsWith('.ts') ? new URL('../../../dist/browser/', import.meta.url) : new URL('../dist/browser/', import.meta.url);

/** The hosted fields as built by rollup (`pnpm build`, run by `pnpm demo` and `pnpm test`). */
const frameFiles: FrameAssets = {
  read: (name) => readFile(new URL(name === 'dubai-pay.js' || name.startsWith('chunks/') ? name : `frame/${name}`, BUILT), 'utf8').catch(() => undefined),
};

/** Bodies larger than this are refused (413): no request can make the sandbox hold unbounded memory. */
export const MAX_BODY_BYTES = 1024 * 1024;

async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new GatewayProblem(413, 'invalid_request', `The request body is over ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk as Buffer);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  // Who is calling, as this server saw it: a client cannot choose its own bucket for the limits.
  headers.set(CLIENT_HEADER, incoming.socket.remoteAddress ?? 'unknown');
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // Only the path and query are the client's to choose: an absolute-form target
  // (`GET http://elsewhere/…`) is answered as if for this origin.
  const target = incoming.url ?? '/';
  const { pathname, search } = new URL(target.startsWith('/') ? `${origin}${target}` : target);
  const url = new URL(origin);
  url.pathname = pathname;
  url.search = search;
  return new Request(url, { method, headers, ...(hasBody ? { body: Buffer.concat(chunks) } : {}) });
}

async function send(response: Response, outgoing: ServerResponse, incoming: IncomingMessage): Promise<void> {
  if (response.headers.has(DROP_RESPONSE_HEADER)) {
    outgoing.socket?.destroy(); // the work is done, the answer never arrives
    return;
  }
  const answer = { status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) };
  const { status, headers, body } = encodeForWire(answer, {
    method: incoming.method ?? 'GET',
    acceptEncoding: incoming.headers['accept-encoding'],
    ifNoneMatch: incoming.headers['if-none-match'],
  });
  outgoing.writeHead(status, { ...headers, 'content-length': String(body.length) });
  outgoing.end(body);
}

/** The raw 400 for a request Node's HTTP parser refused (bad request line or header): still a typed body. */
export const MALFORMED_REQUEST_RESPONSE = (() => {
  const body = JSON.stringify({ error: { code: 'invalid_request', message: 'The request is malformed (its request line or headers).' } });
  return `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
})();

/** Node's parser refuses a bad request line or header before any handler runs; the answer is still typed. */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end(MALFORMED_REQUEST_RESPONSE);
    else socket.destroy();
  });
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/** Serves the sandbox over real HTTP on loopback. */
export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const host = options.host ?? '127.0.0.1';
  let sandbox: Sandbox | undefined;
  // Loaded only when asked for: node:sqlite is Node's own, but not every runtime has it.
  const stateFile = options.dataFile ? new (await import('./state-file.ts')).StateFile(options.dataFile) : undefined;
  /** One listener per origin, each answered by its part of the sandbox. */
  const serve = (part: (app: Sandbox) => { origin: string; fetch: (request: Request) => Promise<Response> }) => {
    const server = createServer((incoming, outgoing) => {
      if (!sandbox) return void outgoing.writeHead(503).end();
      const { origin, fetch } = part(sandbox);
      // A request the platform cannot even turn into a `Request` (a URL or header it refuses) is
      // the client's fault; the app's own failures are already typed responses (request-guard.ts).
      toRequest(incoming, origin)
        .then(fetch, (error: unknown) => problemResponse(error, 'http'))
        .then((response) => {
          // What the client is about to be told is on disk first.
          stateFile?.save(sandbox!.saveState());
          return send(response, outgoing, incoming);
        })
        .catch((error: unknown) => {
          console.error('[sandbox] could not answer', error);
          if (!outgoing.headersSent) outgoing.writeHead(500).end();
          else outgoing.destroy();
        });
    });
    answerClientErrors(server);
    server.keepAliveTimeout = 1000;
    return server;
  };
  const server = serve((app) => ({ origin: app.origins.gateway, fetch: (request) => app.fetch(request) }));
  const acsServer = serve((app) => ({ origin: app.origins.acs, fetch: (request) => app.acsFetch(request) }));
  const bankServer = serve((app) => ({ origin: app.origins.bank, fetch: (request) => app.bankFetch(request) }));
  const port = await listen(server, options.port ?? 0, host);
  // With a fixed port the ACS takes the next one and the banks the one after.
  const acsPort = await listen(acsServer, options.port ? options.port + 1 : 0, host);
  const bankPort = await listen(bankServer, options.port ? options.port + 2 : 0, host);
  const url = `http://${host}:${port}`;
  const state = stateFile?.load();
  sandbox = createSandbox({
    frameAssets: frameFiles,
    fontFiles: fontsourceFiles(),
    ...options,
    ...(state ? { state } : {}),
    ...(stateFile ? { persist: (saved: SandboxState) => stateFile.save(saved) } : {}),
    origins: { gateway: url, acs: `http://${host}:${acsPort}`, bank: `http://${host}:${bankPort}` },
  });
  // Time-driven work (webhook retries, expiries) happens without traffic too; the timer does not keep the process alive.
  const app = sandbox;
  const ticker = setInterval(
    () =>
      void app
        .tick()
        .then(() => stateFile?.save(app.saveState()))
        .catch(() => {}),
    1000,
  );
  ticker.unref();
  return {
    sandbox,
    url,
    apiUrl: `${url}/v1`,
    close: async () => {
      clearInterval(ticker);
      stateFile?.save(app.saveState());
      stateFile?.close();
      await Promise.all(
        [server, acsServer, bankServer].map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
    },
  };
}
