import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does to a request it is told to fault:
 * - `drop_after`: the gateway processes it, then the connection is cut before the answer;
 * - `delay_after`: processed, answered only after `delayMs` (past the client's attempt timeout);
 * - `unavailable_before`: a 503, never forwarded;
 * - `unavailable_after`: processed, then a 503 instead of the answer;
 * - `reset_before`: the connection is cut, never forwarded;
 * - `reset_mid_body`: processed; the headers and half the body arrive, then the connection is cut;
 * - `redirect_before`: a 303 to another session, never forwarded;
 * - `redirect_after`: processed, then a 303 instead of the answer;
 * - `corrupt_after`: processed, then a 200 whose body is not JSON.
 */
export type ProxyFault =
  | 'drop_after'
  | 'delay_after'
  | 'unavailable_before'
  | 'unavailable_after'
  | 'reset_before'
  | 'reset_mid_body'
  | 'redirect_before'
  | 'redirect_after'
  | 'corrupt_after';

export const PROXY_FAULTS: readonly ProxyFault[] = [
  'drop_after',
  'delay_after',
  'unavailable_before',
  'unavailable_after',
  'reset_before',
  'reset_mid_body',
  'redirect_before',
  'redirect_after',
  'corrupt_after',
];

interface Rule {
  method: string;
  path: string;
  /** Only requests whose body contains this (to tell apart cells that share a path). */
  bodyContains?: string | undefined;
  fault: ProxyFault;
  /** How many matching requests to fault; Infinity: all. */
  times: number;
}

/**
 * An HTTP proxy in front of the real sandbox gateway that breaks chosen requests the ways a
 * network and middleboxes do. Rules match a method and an exact path, so cells of a test matrix,
 * each on its own session, can run side by side.
 */
export class FaultingProxy {
  readonly #upstream: string;
  readonly #delayMs: number;
  #rules: Rule[] = [];
  #server: Server | undefined;
  url = '';

  constructor(upstream: string, options: { delayMs: number }) {
    this.#upstream = upstream;
    this.#delayMs = options.delayMs;
  }

  async start(): Promise<void> {
    this.#server = createServer((request, response) => void this.#handle(request, response).catch(() => response.destroy()));
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise((resolve) => this.#server?.close(resolve));
  }

  fault(method: string, path: string, fault: ProxyFault, options: { times?: number; bodyContains?: string } = {}): void {
    this.#rules.push({ method, path, fault, times: options.times ?? 1, bodyContains: options.bodyContains });
  }

  clear(path: string, bodyContains?: string): void {
    this.#rules = this.#rules.filter((rule) => rule.path !== path || rule.bodyContains !== bodyContains);
  }

  #take(method: string, path: string, body: string): ProxyFault | undefined {
    const rule = this.#rules.find((r) => r.method === method && r.path === path && r.times > 0 && (r.bodyContains === undefined || body.includes(r.bodyContains)));
    if (rule) rule.times -= 1;
    return rule?.fault;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const path = new URL(request.url ?? '/', 'http://proxy').pathname;
    const fault = this.#take(request.method ?? 'GET', path, Buffer.concat(chunks).toString('utf8'));
    if (fault === 'reset_before') return void response.socket?.destroy();
    if (fault === 'unavailable_before') return send(response, 503, JSON.stringify({ error: { code: 'server_error', message: 'Injected: unavailable.' } }));
    if (fault === 'redirect_before') return redirect(response);
    const upstream = await fetch(`${this.#upstream}${request.url}`, {
      method: request.method ?? 'GET',
      headers: Object.fromEntries(
        Object.entries(request.headers)
          .filter(([name]) => name !== 'host' && name !== 'connection')
          .map(([k, v]) => [k, String(v)]),
      ),
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
      redirect: 'manual',
    });
    const body = await upstream.text();
    switch (fault) {
      case 'drop_after':
        return void response.socket?.destroy();
      case 'unavailable_after':
        return send(response, 503, JSON.stringify({ error: { code: 'server_error', message: 'Injected: unavailable after processing.' } }));
      case 'redirect_after':
        return redirect(response);
      case 'corrupt_after':
        return send(response, 200, `${body.slice(0, 20)}<<garbage`);
      case 'reset_mid_body': {
        response.writeHead(upstream.status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
        response.write(body.slice(0, Math.floor(body.length / 2)));
        return void setTimeout(() => response.socket?.destroy(), 20);
      }
      case 'delay_after':
        await new Promise((resolve) => setTimeout(resolve, this.#delayMs));
        if (response.destroyed) return;
        return send(response, upstream.status, body, upstream.headers);
      default:
        return send(response, upstream.status, body, upstream.headers);
    }
  }
}

function send(response: ServerResponse, status: number, body: string, headers?: Headers): void {
  if (response.destroyed) return;
  // The body was read decoded (fetch undoes brotli/gzip): it goes on as is, so its encoding header does not.
  const extra = Object.fromEntries(
    [...(headers ?? new Headers())].filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive'].includes(name)),
  );
  response.writeHead(status, { ...extra, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)) });
  response.end(body);
}

function redirect(response: ServerResponse): void {
  // Towards another session's answer: a client that followed it would report someone else's payment.
  response.writeHead(303, { location: '/v1/sessions/ps_someone_else', 'content-length': '0' });
  response.end();
}
