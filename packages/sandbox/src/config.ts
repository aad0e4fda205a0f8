import { API_PREFIX } from '@dubai-pay/contract';

/** Where each simulated party lives. Each is its own origin, as in production. */
export interface SandboxOrigins {
  /** The gateway: API (`/v1`), hosted fields frame and 3-D Secure notification pages. */
  gateway: string;
  /** The 3-D Secure ACS simulator. */
  acs: string;
  /** The banks' approval pages. */
  bank: string;
}

export { API_PREFIX };

export function apiBase(origins: SandboxOrigins): string {
  return `${origins.gateway}${API_PREFIX}`;
}

/**
 * The header the HTTP server puts the client's address in (overwriting whatever a client sent),
 * for per-client limits. Under msw there is none: every browser test is one client.
 */
export const CLIENT_HEADER = 'x-sandbox-client';
