import * as z from 'zod/mini';
import { errorBody } from './errors.ts';
import { endpointRoutes, type EndpointName, type EndpointRoute } from './endpoint-routes.ts';
import { serverEndpointRoutes, type ServerEndpointName } from './server-routes.ts';
import { handoffRequest, receiptLinkRequest } from './handoff.ts';
import { abandonActionRequest, threeDsMethodCompletion } from './next-action.ts';
import { paymentMethodRequest } from './payment-method-request.ts';
import { quoteRequest } from './quote.ts';
import { refundListQuery, sessionListQuery } from './listing.ts';
import { createRefundRequest } from './refund.ts';
import { confirmRequest, createSessionRequest } from './session-requests.ts';
import { settlementQuery } from './settlement.ts';
import { createWebhookEndpointRequest, rollWebhookSecretRequest } from './webhooks.ts';

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
    summary: 'Services with their fee rules and the inputs they need; filter by entity, search with `q` (Arabic or English words).',
    query: z.object({ entity: z.optional(z.string()), q: z.optional(z.string().check(z.maxLength(200))) }),
  },
  retrieveService: {
    ...endpointRoutes.retrieveService,
    summary: 'One service with its entity: what a checkout for that service needs to show, without loading the catalog.',
  },
  createQuote: {
    ...endpointRoutes.createQuote,
    summary:
      'Prices a service for the given inputs: line items, total and expiry. The browser never sets an amount. With `replaces`, prices an earlier quote of the key again (its service and inputs, current fees): a token made for that quote pays the new one.',
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
  viewSession: {
    ...endpointRoutes.viewSession,
    summary:
      'The same as `GET /sessions/{id}`, for a browser: the client secret comes as the `client_secret` field of a JSON body sent as `text/plain`, a CORS simple request (no preflight, no secret in the URL).',
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
    summary:
      'A single-use, short-lived link and code that open this session on the customer’s phone (kiosk and IVR hand-off), in the language given as `locale`. A new one replaces the last.',
    body: handoffRequest,
  },
  createReceiptLink: {
    ...endpointRoutes.createReceiptLink,
    summary:
      'A short-lived, read-only link to a paid session’s receipt on the gateway (“send to my phone”), in the language given as `locale`. It shows that receipt only; a new one replaces the last.',
    body: receiptLinkRequest,
  },
  cancelSession: {
    ...endpointRoutes.cancelSession,
    summary: 'Cancels a session that is not yet paid.',
  },
  listSessions: {
    ...serverEndpointRoutes.listSessions,
    summary: "The agency's sessions, newest first, filtered by status, entity, service, reference and creation time; page on with `starting_after`.",
    query: sessionListQuery,
  },
  createRefund: {
    ...serverEndpointRoutes.createRefund,
    summary: 'Refunds a paid session, in full or in part; never more than was paid across its refunds. Direct-debit refunds are pending until the bank settles them.',
    body: createRefundRequest,
  },
  retrieveRefund: { ...serverEndpointRoutes.retrieveRefund, summary: 'One refund.' },
  listRefunds: { ...serverEndpointRoutes.listRefunds, summary: 'Refunds, newest first, of one session or all.', query: refundListQuery },
  createWebhookEndpoint: {
    ...serverEndpointRoutes.createWebhookEndpoint,
    summary: 'Registers a URL to be told of events, signed with the secret in the answer (shown once).',
    body: createWebhookEndpointRequest,
  },
  listWebhookEndpoints: { ...serverEndpointRoutes.listWebhookEndpoints, summary: "The agency's webhook endpoints (secrets not shown)." },
  rollWebhookSecret: {
    ...serverEndpointRoutes.rollWebhookSecret,
    summary: 'A new signing secret (shown once); the old one keeps signing beside it for the overlap.',
    body: rollWebhookSecretRequest,
  },
  listWebhookDeliveries: { ...serverEndpointRoutes.listWebhookDeliveries, summary: 'The delivery log of an endpoint: every try, newest first.' },
  listEvents: { ...serverEndpointRoutes.listEvents, summary: "The agency's events, newest first." },
  resendEvent: { ...serverEndpointRoutes.resendEvent, summary: 'Delivers an event again to every endpoint subscribed to its type (the id stays the same).' },
  settlementReport: {
    ...serverEndpointRoutes.settlementReport,
    summary: 'Every payment and settled refund of a day in Dubai, by line kind and beneficiary, with totals to the fils; `format=csv` for CSV.',
    query: settlementQuery,
  },
} as const satisfies Record<EndpointName | ServerEndpointName, Endpoint>;

export { errorBody as errorResponse };
