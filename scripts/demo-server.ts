import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { TEST_CARDS, TEST_EDIRHAM_CARDS } from '@dubai-pay/sandbox';
import { answerClientErrors, encodeForWire, startSandboxServer, type SandboxServer } from '@dubai-pay/sandbox/server';
import { randomUUID } from 'node:crypto';
import { serverSessionHandler } from '../examples/server-session/server.ts';
import { MIRROR_HEADERS, mirroredFile } from './npm-mirror.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The decoded path of a request target, or undefined when it is malformed (`/%E0%A4%A`). */
export function pagePath(target: string | undefined): string | undefined {
  try {
    const path = decodeURIComponent(new URL(target ?? '/', 'http://page.invalid').pathname);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
}

/** Sends an answer with a validator and compression (see http-encoding.ts): a repeat visit costs headers, not files. */
function reply(request: IncomingMessage, response: ServerResponse, status: number, headers: Record<string, string>, body: Buffer | string): void {
  const encoded = encodeForWire(
    { status, headers, body: Buffer.from(body) },
    { method: request.method ?? 'GET', acceptEncoding: request.headers['accept-encoding'], ifNoneMatch: request.headers['if-none-match'] },
  );
  response.writeHead(encoded.status, { ...encoded.headers, 'content-length': String(encoded.body.length) }).end(encoded.body);
}

function badRequest(response: ServerResponse): void {
  const body = JSON.stringify({ error: { code: 'invalid_request', message: 'The request URL is malformed.' } });
  response.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
}

export interface Demo {
  pageUrl: string;
  gateway: SandboxServer;
  close(): Promise<void>;
}

/**
 * The examples, served from their own origin (`http://localhost:PORT`), beside the sandbox
 * gateway on another (`http://127.0.0.1:PORT`): the browser enforces the same boundaries as in
 * production. Pages get a strict Content-Security-Policy that allows exactly the gateway.
 */
export async function startDemo(options: { pagePort?: number; gatewayPort?: number } = {}): Promise<Demo> {
  const pagePort = options.pagePort ?? 4000;
  const pageOrigin = `http://localhost:${pagePort}`;
  // The packages as a CDN that mirrors npm serves them (npm-mirror.ts): the same server under its
  // other name, so another origin than the pages'.
  const cdnOrigin = `http://127.0.0.1:${pagePort}`;
  const gateway = await startSandboxServer({ port: options.gatewayPort ?? 4010, allowedOrigins: [pageOrigin] });
  const agency = gateway.sandbox.agencies[0]!;
  // What the examples need to know, served as a module so that pages keep `script-src 'self'`.
  const config = {
    gateway: gateway.apiUrl,
    publishableKey: agency.publishableKey,
    cdn: cdnOrigin,
    // Test payment method tokens that finish without 3-D Secure or a bank (those come with the
    // checkout and its action handlers); card details themselves are only ever typed in the
    // gateway's hosted fields.
    testPaymentMethods: [
      ...TEST_CARDS.filter((c) => c.authentication.method === 'none' && c.authentication.ares !== 'C').map((c) => ({
        token: c.token,
        label: { en: `${c.brand.toUpperCase()} •••• ${c.number.slice(-4)}: ${c.description.en}`, ar: `${c.brand.toUpperCase()} •••• ${c.number.slice(-4)}: ${c.description.ar}` },
      })),
      ...TEST_EDIRHAM_CARDS.map((c) => ({
        token: c.token,
        label: { en: `e-Dirham •••• ${c.number.slice(-4)}: ${c.description.en}`, ar: `الدرهم الإلكتروني •••• ${c.number.slice(-4)}: ${c.description.ar}` },
      })),
    ],
  };
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${gateway.url}`,
    `frame-src ${gateway.url}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
  ].join('; ');
  // examples/loader: @dubai-pay/loader puts the bundle on the page from the CDN, under Trusted
  // Types that allow only the policies the guide names (docs/csp-cors-trusted-types.md).
  // `?without-loader-policy`: the same page with the guide's policy left out, to show what the loader says then.
  const loaderCsp = (target: string | undefined) =>
    `${csp.replace("script-src 'self'", `script-src 'self' ${cdnOrigin}/@dubai-pay/`)}; trusted-types lit-html${target?.endsWith('?without-loader-policy') ? '' : ' dubai-pay-loader'}`;

  const serverSession = serverSessionHandler({
    gateway: gateway.apiUrl,
    secretKey: agency.secretKey,
    publishableKey: agency.publishableKey,
    origin: pageOrigin,
    staffToken: randomUUID(),
  });

  const serve = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = pagePath(request.url);
    if (path === undefined) return badRequest(response);
    if (path.startsWith('/server-session/') && !path.endsWith('.js')) {
      response.setHeader('content-security-policy', csp);
      if (await serverSession.handle(request, response, path)) return;
    }
    const mirrored = await mirroredFile(path);
    if (mirrored) {
      // Not built yet, or a folder: not found, as on a CDN.
      const body = await readFile(mirrored).catch(() => undefined);
      if (!body) return void response.writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }).end('Not found');
      return reply(request, response, 200, { 'content-type': TYPES[extname(mirrored)] ?? 'application/octet-stream', ...MIRROR_HEADERS }, body);
    }
    if (path === '/config.js') {
      return reply(request, response, 200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-cache' }, `export default ${JSON.stringify(config, null, 2)};\n`);
    }
    const file = path.startsWith('/vendor/')
      ? join(ROOT, 'dist', 'browser', normalize(path.slice('/vendor/'.length)))
      : join(ROOT, 'examples', normalize(path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(join(ROOT, 'examples')) && !file.startsWith(join(ROOT, 'dist', 'browser'))) {
      return void response.writeHead(403).end();
    }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Revalidated on every use (`no-cache` + ETag): the demo's files change while it runs. Bundle
      // chunks are named by their content's hash: a new build is a new name, so they are kept for good.
      const caching = path.startsWith('/vendor/chunks/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      reply(
        request,
        response,
        200,
        {
          'content-type': type,
          'cache-control': caching,
          ...(type.startsWith('text/html') ? { 'content-security-policy': path.startsWith('/loader/') ? loaderCsp(request.url) : csp } : {}),
        },
        body,
      );
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  };
  // No request can take the pages down: whatever escapes is answered, never thrown.
  const server: Server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      console.error('[demo] could not answer', error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' }).end('Server error');
      else response.destroy();
    });
  });
  answerClientErrors(server);
  await new Promise<void>((done) => server.listen(pagePort, '127.0.0.1', done));
  // The agency's back end tells the gateway where its webhooks go, now that it can receive them.
  await serverSession.register(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return {
    pageUrl: `http://localhost:${(server.address() as AddressInfo).port}/`,
    gateway,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await gateway.close();
    },
  };
}
