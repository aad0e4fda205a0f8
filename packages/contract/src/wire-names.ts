// Names that tie the gateway, the client and the frame together on the wire, each in one place.

/** The version prefix of the gateway's API on its origin: `https://gateway…/v1/sessions`. */
export const API_PREFIX = '/v1';

/** A client secret is the session id, this mark, then a random part: `ps_…_secret_…`. */
export const CLIENT_SECRET_MARK = '_secret_';

/** Whether a credential is a session's client secret (`ps_…_secret_…`), not a key. */
export function isClientSecret(credential: string): boolean {
  return credential.startsWith('ps_') && credential.includes(CLIENT_SECRET_MARK);
}

/** The session id in a client secret (or the id itself, given an id). */
export function sessionIdOfSecret(idOrClientSecret: string): string {
  const at = idOrClientSecret.indexOf(CLIENT_SECRET_MARK);
  return at === -1 ? idOrClientSecret : idOrClientSecret.slice(0, at);
}

/** The query parameter the bank's return URL carries the session id in. */
export const BANK_RETURN_PARAM = 'dubai_pay_session';

/**
 * A browser's calls are CORS simple requests, so no preflight round trip comes before each one;
 * the body is JSON sent as `text/plain`. With the publishable key (public), the key and the
 * idempotency key (no secret) ride in the query. With a client secret, both ride in the body
 * (`client_secret`, `idempotency_key`): never a secret in a URL (URLs end up in logs), and the
 * gateway refuses one there. Servers send secret keys in `Authorization`.
 */
export const PUBLISHABLE_KEY_PARAM = 'key';
export const IDEMPOTENCY_KEY_PARAM = 'idempotency_key';
export const CLIENT_SECRET_FIELD = 'client_secret';
