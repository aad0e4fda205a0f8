import * as z from 'zod/mini';
import { errorBody } from './errors.ts';
import { endpointRoutes, type EndpointName, type EndpointRoute } from './endpoint-routes.ts';
import { abandonActionRequest, threeDsMethodCompletion } from './next-action.ts';
import { paymentMethodRequest } from './payment-method-request.ts';
import { quoteRequest } from './quote.ts';
import { confirmRequest, createSessionRequest } from './session-requests.ts';

export interface Endpoint extends EndpointRoute {
  summary: string;
  query?: z.core.$ZodType;
  body?: z.core.$ZodType;
}

/** The gateway API v1. The OpenAPI document is generated from this table. */
export const endpoints = {
  listEntities: {
    ...endpointRoutes.listEntities,
    summary: 'The participating government entities, with bilingual names.',
  },
  listServices: {
    ...endpointRoutes.listServices,
    summary: 'Services with their fee rules and the inputs they need; filter by entity.',
    query: z.object({ entity: z.optional(z.string()) }),
  },
  createQuote: {
    ...endpointRoutes.createQuote,
    summary: 'Prices a service for the given inputs: line items, total and expiry. The browser never sets an amount.',
    body: quoteRequest,
  },
  createSession: {
    ...endpointRoutes.createSession,
    summary: 'Opens a payment session from a quote (any key) or from items (secret key only).',
    body: createSessionRequest,
  },
  retrieveSession: {
    ...endpointRoutes.retrieveSession,
    summary: "The session's state, with the next action if any.",
  },
  createPaymentMethod: {
    ...endpointRoutes.createPaymentMethod,
    summary: 'Card or e-Dirham details → a one-time token. Accepted only from the hosted frame (gateway origin) or with a secret key from a server channel.',
    body: paymentMethodRequest,
  },
  confirmSession: {
    ...endpointRoutes.confirmSession,
    summary: 'Pays the session with a payment method token or by direct debit at a bank.',
    body: confirmRequest,
  },
  completeThreeDsMethod: {
    ...endpointRoutes.completeThreeDsMethod,
    summary: 'Reports how the 3DS Method ended (Y, N or U) so that authentication can go on.',
    body: threeDsMethodCompletion,
  },
  abandonAction: {
    ...endpointRoutes.abandonAction,
    summary: 'Ends a 3-D Secure challenge or bank approval the customer canceled or the client timed out; the session stays open for another attempt.',
    body: abandonActionRequest,
  },
  createHandoff: {
    ...endpointRoutes.createHandoff,
    summary: 'A single-use, short-lived link and code that open this session on the customer’s phone (kiosk and IVR hand-off). A new one replaces the last.',
  },
  cancelSession: {
    ...endpointRoutes.cancelSession,
    summary: 'Cancels a session that is not yet paid.',
  },
} as const satisfies Record<EndpointName, Endpoint>;

export { errorBody as errorResponse };
