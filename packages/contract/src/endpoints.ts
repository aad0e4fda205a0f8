import * as z from 'zod/mini';
import { entityList, serviceList } from './catalog.ts';
import { errorBody } from './errors.ts';
import { handoff } from './handoff.ts';
import { abandonActionRequest, threeDsMethodCompletion } from './next-action.ts';
import { paymentMethod } from './payment-method.ts';
import { paymentMethodRequest } from './payment-method-request.ts';
import { quote, quoteRequest } from './quote.ts';
import { paymentSession } from './session.ts';
import { confirmRequest, createSessionRequest } from './session-requests.ts';

/**
 * Who may call an endpoint, by the bearer token sent in `Authorization`:
 * - `publishable`: `pk_…`, safe in a browser, limited to the key's registered origins;
 * - `secret`: `sk_…`, agency servers and PCI-scoped server channels (IVR) only;
 * - `client_secret`: one session's secret, handed to the browser that pays it.
 */
export type Credential = 'publishable' | 'secret' | 'client_secret';

export interface Endpoint {
  method: 'GET' | 'POST';
  /** Path below the base URL (`…/v1`), with `{id}` parameters. */
  path: string;
  summary: string;
  credentials: readonly Credential[];
  query?: z.core.$ZodType;
  body?: z.core.$ZodType;
  response: z.core.$ZodType;
  /** Mutating calls take an `Idempotency-Key` header (rule 3). */
  idempotent: boolean;
}

/** The gateway API v1. The OpenAPI document is generated from this table. */
export const endpoints = {
  listEntities: {
    method: 'GET',
    path: '/catalog/entities',
    summary: 'The participating government entities, with bilingual names.',
    credentials: ['publishable', 'secret'],
    response: entityList,
    idempotent: false,
  },
  listServices: {
    method: 'GET',
    path: '/catalog/services',
    summary: 'Services with their fee rules and the inputs they need; filter by entity.',
    credentials: ['publishable', 'secret'],
    query: z.object({ entity: z.optional(z.string()) }),
    response: serviceList,
    idempotent: false,
  },
  createQuote: {
    method: 'POST',
    path: '/quotes',
    summary: "Prices a service for the given inputs: line items, total and expiry. The browser never sets an amount.",
    credentials: ['publishable', 'secret'],
    body: quoteRequest,
    response: quote,
    idempotent: true,
  },
  createSession: {
    method: 'POST',
    path: '/sessions',
    summary: 'Opens a payment session from a quote (any key) or from items (secret key only).',
    credentials: ['publishable', 'secret'],
    body: createSessionRequest,
    response: paymentSession,
    idempotent: true,
  },
  retrieveSession: {
    method: 'GET',
    path: '/sessions/{id}',
    summary: "The session's state, with the next action if any.",
    credentials: ['client_secret', 'secret'],
    response: paymentSession,
    idempotent: false,
  },
  createPaymentMethod: {
    method: 'POST',
    path: '/payment_methods',
    summary:
      'Card or e-Dirham details → a one-time token. Accepted only from the hosted frame (gateway origin) or with a secret key from a server channel.',
    credentials: ['publishable', 'secret'],
    body: paymentMethodRequest,
    response: paymentMethod,
    idempotent: true,
  },
  confirmSession: {
    method: 'POST',
    path: '/sessions/{id}/confirm',
    summary: 'Pays the session with a payment method token or by direct debit at a bank.',
    credentials: ['client_secret', 'secret'],
    body: confirmRequest,
    response: paymentSession,
    idempotent: true,
  },
  completeThreeDsMethod: {
    method: 'POST',
    path: '/sessions/{id}/three_ds_method',
    summary: 'Reports how the 3DS Method ended (Y, N or U) so that authentication can go on.',
    credentials: ['client_secret', 'secret'],
    body: threeDsMethodCompletion,
    response: paymentSession,
    idempotent: true,
  },
  abandonAction: {
    method: 'POST',
    path: '/sessions/{id}/abandon_action',
    summary: 'Ends a 3-D Secure challenge or bank approval the customer canceled or the client timed out; the session stays open for another attempt.',
    credentials: ['client_secret', 'secret'],
    body: abandonActionRequest,
    response: paymentSession,
    idempotent: true,
  },
  createHandoff: {
    method: 'POST',
    path: '/sessions/{id}/handoff',
    summary: 'A single-use, short-lived link and code that open this session on the customer’s phone (kiosk and IVR hand-off). A new one replaces the last.',
    credentials: ['client_secret', 'secret'],
    response: handoff,
    idempotent: true,
  },
  cancelSession: {
    method: 'POST',
    path: '/sessions/{id}/cancel',
    summary: 'Cancels a session that is not yet paid.',
    credentials: ['client_secret', 'secret'],
    response: paymentSession,
    idempotent: true,
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof endpoints;

export { errorBody as errorResponse };
