// A man in the middle of the demo's CDN path, for engines whose drivers cannot rewrite a response
// (WebKitGTK's classic WebDriver has no network interception). It forwards every request to the
// demo server and answers as the demo does, under its own port: the page's origin and the CDN's
// (localhost / 127.0.0.1) both move to it, so the page's config and CSP name it. When `tamper` is
// on it adds a line to the checkout's bundle, as an attacker on the CDN would.
import { createServer, request as forward, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BUNDLE = /^\/@dubai-pay\/elements@[^/]+\/dist\/browser\/dubai-pay\.js$/;
export const TAMPERED_LINE = '\nglobalThis.__tamperedBundleRan = true;';

export interface TamperingCdn {
  port: number;
  tamper: boolean;
  close(): Promise<void>;
}

export async function tamperingCdn(demoPort: number, port: number): Promise<TamperingCdn> {
  const state = { tamper: false };
  const moved = (text: string) => text.replaceAll(`127.0.0.1:${demoPort}`, `127.0.0.1:${port}`);
  const server: Server = createServer((incoming, outgoing) => {
    const path = incoming.url ?? '/';
    // Whole, uncompressed answers every time (the body is edited; a 304 would leave the browser with what it kept).
    const { 'if-none-match': _etag, 'if-modified-since': _since, 'accept-encoding': _encoding, ...headers } = incoming.headers;
    const upstream = forward({ host: '127.0.0.1', port: demoPort, path, method: incoming.method, headers: { ...headers, host: `127.0.0.1:${demoPort}` } }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        let body = Buffer.concat(chunks);
        if (path === '/config.js') body = Buffer.from(moved(body.toString()));
        if (state.tamper && BUNDLE.test(new URL(path, 'http://x').pathname)) body = Buffer.concat([body, Buffer.from(TAMPERED_LINE)]);
        const sent: IncomingHttpHeaders = { ...answer.headers, 'content-length': String(body.length) };
        delete sent.etag;
        delete sent['transfer-encoding'];
        if (typeof sent['content-security-policy'] === 'string') sent['content-security-policy'] = moved(sent['content-security-policy']);
        outgoing.writeHead(answer.statusCode ?? 502, sent).end(body);
      });
    });
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    get tamper() {
      return state.tamper;
    },
    set tamper(on: boolean) {
      state.tamper = on;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
