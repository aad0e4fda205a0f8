import type { EndpointRoute } from './endpoint-routes.ts';
import { refundPage, sessionPage } from './listing.ts';
import { refund } from './refund.ts';
import { settlementReport } from './settlement.ts';
import { eventList, webhookDeliveryList, webhookEndpoint, webhookEndpointList, webhookEvent } from './webhooks.ts';

/**
 * The agency's server API (secret key only): lists, refunds, webhooks, reports. A table of its
 * own so that what a browser loads (`endpointRoutes`) never carries these schemas.
 */
export const serverEndpointRoutes = {
  listSessions: { method: 'GET', path: '/sessions', credentials: ['secret'], response: sessionPage, idempotent: false },
  createRefund: { method: 'POST', path: '/refunds', credentials: ['secret'], response: refund, idempotent: true },
  retrieveRefund: { method: 'GET', path: '/refunds/{id}', credentials: ['secret'], response: refund, idempotent: false },
  listRefunds: { method: 'GET', path: '/refunds', credentials: ['secret'], response: refundPage, idempotent: false },
  createWebhookEndpoint: { method: 'POST', path: '/webhook_endpoints', credentials: ['secret'], response: webhookEndpoint, idempotent: true },
  listWebhookEndpoints: { method: 'GET', path: '/webhook_endpoints', credentials: ['secret'], response: webhookEndpointList, idempotent: false },
  rollWebhookSecret: { method: 'POST', path: '/webhook_endpoints/{id}/roll_secret', credentials: ['secret'], response: webhookEndpoint, idempotent: true },
  listWebhookDeliveries: { method: 'GET', path: '/webhook_endpoints/{id}/deliveries', credentials: ['secret'], response: webhookDeliveryList, idempotent: false },
  listEvents: { method: 'GET', path: '/events', credentials: ['secret'], response: eventList, idempotent: false },
  resendEvent: { method: 'POST', path: '/events/{id}/resend', credentials: ['secret'], response: webhookEvent, idempotent: true },
  settlementReport: { method: 'GET', path: '/reports/settlement', credentials: ['secret'], response: settlementReport, idempotent: false },
} as const satisfies Record<string, EndpointRoute>;

export type ServerEndpointName = keyof typeof serverEndpointRoutes;
