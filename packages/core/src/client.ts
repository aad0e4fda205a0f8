import { inBrowser } from './browser-info.ts';
import { NextActions } from './actions/next-actions.ts';
import { Fees } from './fees.ts';
import { Sessions } from './sessions.ts';
import { GatewayHttp } from './http/gateway-http.ts';

export interface ClientOptions {
  /** The gateway's API base URL, e.g. `https://gateway.example/v1` (the sandbox prints its own). */
  gateway: string;
  /** `pk_…`: for browsers, kiosks and webviews. */
  publishableKey?: string;
  /** `sk_…`: for agency servers and IVR back ends only. Refused in a browser. */
  secretKey?: string;
  /** The longest wait for one attempt's answer, in ms. Default 10 000. */
  timeout?: number;
  /**
   * The longest one operation may take, retries and reading a lost outcome back included, in ms:
   * the customer gets an answer (or the honest "we are still checking") by then. Default 30 000;
   * kiosks should use about 10 000.
   */
  deadline?: number;
  /** A fetch to use instead of the global one. */
  fetch?: typeof fetch;
}

export interface DubaiPayClient {
  readonly fees: Fees;
  readonly sessions: Sessions;
  /** 3-D Secure and bank approval, in a browser. */
  readonly actions: NextActions;
}

export const DEFAULT_DEADLINE_MS = 30_000;
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 10_000;

/** A client for the dubai-pay gateway, for browsers and for Node ≥ 22. */
export function createClient(options: ClientOptions): DubaiPayClient {
  const { http, keys, deadline } = connect(options);
  return withSessions(http, keys, options.gateway, new Sessions(http, keys, deadline));
}

/** What every client is built on: the checked options, the HTTP layer, the keys. (Shared with `@dubai-pay/core/server`.) */
export function connect(options: ClientOptions): { http: GatewayHttp; keys: { publishable?: string | undefined; secret?: string | undefined }; deadline: number } {
  if (options.secretKey && inBrowser()) {
    throw new TypeError('A secret key must never be used in a browser: use the publishable key, or create sessions on your server.');
  }
  if (!/^https?:\/\//.test(options.gateway)) throw new TypeError(`gateway must be an http(s) URL, got "${options.gateway}".`);
  const deadline = options.deadline ?? DEFAULT_DEADLINE_MS;
  const http = new GatewayHttp({ gateway: options.gateway, attemptTimeout: options.timeout ?? DEFAULT_ATTEMPT_TIMEOUT_MS, deadline, fetch: options.fetch });
  return { http, keys: { publishable: options.publishableKey, secret: options.secretKey }, deadline };
}

/** The catalog and 3-D Secure around a `sessions` (the browser's, or the server's with its list). */
export function withSessions<S extends Sessions>(http: GatewayHttp, keys: { publishable?: string | undefined; secret?: string | undefined }, gateway: string, sessions: S) {
  const catalogKey = () => {
    const key = keys.publishable ?? keys.secret;
    if (!key) throw new TypeError('createClient needs a publishableKey or a secretKey to read the catalog.');
    return key;
  };
  return { fees: new Fees(http, catalogKey), sessions, actions: new NextActions(sessions, gateway, keys.publishable) };
}
