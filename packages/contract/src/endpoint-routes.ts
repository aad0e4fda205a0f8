import type * as z from 'zod/mini';
import { entityList, serviceDetail, serviceList } from './catalog.ts';
import { handoff, receiptLink } from './handoff.ts';
import { paymentMethod } from './payment-method.ts';
import { quote } from './quote.ts';
import { paymentSession } from './session.ts';

/**
 * Who may call an endpoint, by the bearer token sent in `Authorization` (or, from a browser, in
 * the query or body: `PUBLISHABLE_KEY_PARAM`, `CLIENT_SECRET_FIELD`):
 * - `publishable`: `pk_…`, safe in a browser, limited to the key's registered origins;
 * - `secret`: `sk_…`, agency servers and PCI-scoped server channels (IVR) only;
 * - `client_secret`: one session's secret, handed to the browser that pays it.
 */
export type Credential = 'publishable' | 'secret' | 'client_secret';

/** How an endpoint is called and what it answers: all a client needs (`endpoints` adds the request schemas and docs). */
export interface EndpointRoute {
  method: 'GET' | 'POST';
  /** Path below the base URL (`…/v1`), with `{id}` parameters. */
  path: string;
  credentials: readonly Credential[];
  response: z.core.$ZodType;
  /** Mutating calls take an `Idempotency-Key` header (rule 3). */
  idempotent: boolean;
  /** Calls that can move money or end a payment: after an unknown outcome, the session is read back (rule 7). */
  movesMoney?: boolean;
}

/** The gateway API v1's routes. The client calls through this table, the sandbox serves it, the OpenAPI document is made from it. */
export const endpointRoutes = {
  listEntities: { method: 'GET', path: '/catalog/entities', credentials: ['publishable', 'secret'], response: entityList, idempotent: false },
  listServices: { method: 'GET', path: '/catalog/services', credentials: ['publishable', 'secret'], response: serviceList, idempotent: false },
  retrieveService: { method: 'GET', path: '/catalog/services/{id}', credentials: ['publishable', 'secret'], response: serviceDetail, idempotent: false },
  createQuote: { method: 'POST', path: '/quotes', credentials: ['publishable', 'secret'], response: quote, idempotent: true },
  createSession: { method: 'POST', path: '/sessions', credentials: ['publishable', 'secret'], response: paymentSession, idempotent: true },
  retrieveSession: { method: 'GET', path: '/sessions/{id}', credentials: ['client_secret', 'secret'], response: paymentSession, idempotent: false },
  // The same read as a POST, so that a browser holding the client secret sends it in the body of a
  // simple request: no preflight before the checkout's first call, and no secret in the URL.
  viewSession: { method: 'POST', path: '/sessions/{id}/view', credentials: ['client_secret'], response: paymentSession, idempotent: false },
  createPaymentMethod: { method: 'POST', path: '/payment_methods', credentials: ['publishable', 'secret'], response: paymentMethod, idempotent: true },
  confirmSession: { method: 'POST', path: '/sessions/{id}/confirm', credentials: ['client_secret', 'secret'], response: paymentSession, idempotent: true, movesMoney: true },
  completeThreeDsMethod: {
    method: 'POST',
    path: '/sessions/{id}/three_ds_method',
    credentials: ['client_secret', 'secret'],
    response: paymentSession,
    idempotent: true,
    movesMoney: true,
  },
  abandonAction: { method: 'POST', path: '/sessions/{id}/abandon_action', credentials: ['client_secret', 'secret'], response: paymentSession, idempotent: true, movesMoney: true },
  createHandoff: { method: 'POST', path: '/sessions/{id}/handoff', credentials: ['client_secret', 'secret'], response: handoff, idempotent: true },
  createReceiptLink: { method: 'POST', path: '/sessions/{id}/receipt_link', credentials: ['client_secret', 'secret'], response: receiptLink, idempotent: true },
  cancelSession: { method: 'POST', path: '/sessions/{id}/cancel', credentials: ['client_secret', 'secret'], response: paymentSession, idempotent: true, movesMoney: true },
} as const satisfies Record<string, EndpointRoute>;

export type EndpointName = keyof typeof endpointRoutes;
