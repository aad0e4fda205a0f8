// Names that tie the gateway, the client and the frame together on the wire, each in one place.

/** The version prefix of the gateway's API on its origin: `https://gateway…/v1/sessions`. */
export const API_PREFIX = '/v1';

/** A client secret is the session id, this mark, then a random part: `ps_…_secret_…`. */
export const CLIENT_SECRET_MARK = '_secret_';

/** The session id in a client secret (or the id itself, given an id). */
export function sessionIdOfSecret(idOrClientSecret: string): string {
  const at = idOrClientSecret.indexOf(CLIENT_SECRET_MARK);
  return at === -1 ? idOrClientSecret : idOrClientSecret.slice(0, at);
}

/** The query parameter the bank's return URL carries the session id in. */
export const BANK_RETURN_PARAM = 'dubai_pay_session';

/**
 * A browser's calls with the publishable key are CORS simple requests: the key and the
 * idempotency key ride in the query (neither is a secret), the body is JSON sent as
 * `text/plain`, so no preflight round trip comes before each call. Secret keys and client
 * secrets are only ever sent in `Authorization`: the gateway refuses them in a URL.
 */
export const PUBLISHABLE_KEY_PARAM = 'key';
export const IDEMPOTENCY_KEY_PARAM = 'idempotency_key';
