import { inBrowser } from './browser-info.ts';
import { NextActions } from './actions/next-actions.ts';
import { Fees } from './fees.ts';
import { Sessions } from './sessions.ts';
import { Transport } from './transport.ts';

export interface ClientOptions {
  /** The gateway's API base URL, e.g. `https://gateway.example/v1` (the sandbox prints its own). */
  gateway: string;
  /** `pk_…`: for browsers, kiosks and webviews. */
  publishableKey?: string;
  /** `sk_…`: for agency servers and IVR back ends only. Refused in a browser. */
  secretKey?: string;
  /** Per-attempt timeout in ms. Default 15 000. */
  timeout?: number;
  /** Retries after network errors, timeouts and 408/429/5xx. Default 2. */
  retries?: number;
  /** A fetch to use instead of the global one. */
  fetch?: typeof fetch;
}

export interface DubaiPayClient {
  readonly fees: Fees;
  readonly sessions: Sessions;
  /** 3-D Secure and bank approval, in a browser. */
  readonly actions: NextActions;
}

/** A client for the dubai-pay gateway, for browsers and for Node ≥ 22. */
export function createClient(options: ClientOptions): DubaiPayClient {
  if (options.secretKey && inBrowser()) {
    throw new TypeError('A secret key must never be used in a browser: use the publishable key, or create sessions on your server.');
  }
  if (!/^https?:\/\//.test(options.gateway)) throw new TypeError(`gateway must be an http(s) URL, got "${options.gateway}".`);
  const transport = new Transport({
    gateway: options.gateway,
    timeout: options.timeout ?? 15_000,
    retries: options.retries ?? 2,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const keys = { publishable: options.publishableKey, secret: options.secretKey };
  const catalogKey = () => {
    const key = keys.publishable ?? keys.secret;
    if (!key) throw new TypeError('createClient needs a publishableKey or a secretKey to read the catalog.');
    return key;
  };
  const sessions = new Sessions(transport, keys);
  return { fees: new Fees(transport, catalogKey), sessions, actions: new NextActions(sessions, options.gateway, keys.publishable) };
}
