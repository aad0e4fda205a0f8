// `@dubai-pay/core/server`: the agency's server side. Browsers never load it (a secret key is refused there).

export { createServerClient } from './server-client.ts';
export type { DubaiPayServerClient, ServerClientOptions, Webhooks } from './server-client.ts';
export type { ServerSessions, SessionListFilters } from './server-sessions.ts';
export { verifyWebhook } from './webhooks.ts';
export type { VerifyWebhookOptions } from './webhooks.ts';
export type { Page, PageFilters } from './pages.ts';
export type { RefundListFilters, RefundRequest, RefundResult, Refunds } from './refunds.ts';
export type { WebhookEndpointRequest, WebhookEndpointResult, WebhookEndpoints } from './webhook-endpoints.ts';
export type { EventResult, Events } from './events.ts';
export { settlementCsv } from './reports.ts';
export { prerenderedFields } from './prerendered-fields.ts';
export type { PrerenderedFieldsOptions } from './prerendered-fields.ts';
export type { Reports, SettlementQuery } from './reports.ts';
export type { Refund, SettlementReport, WebhookDelivery, WebhookEndpoint, WebhookEvent, WebhookEventType } from '@dubai-pay/contract';
