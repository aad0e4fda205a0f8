import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { timestamp } from './common.ts';
import { refund } from './refund.ts';
import { paymentSession } from './session.ts';

/** What an agency's server may be told. Each event carries the object as it was when it happened. */
export const PAYMENT_EVENT_TYPES = ['payment.succeeded', 'payment.failed', 'payment.canceled', 'session.expired'] as const;
export const REFUND_EVENT_TYPES = ['refund.succeeded', 'refund.failed'] as const;
export const WEBHOOK_EVENT_TYPES = [...PAYMENT_EVENT_TYPES, ...REFUND_EVENT_TYPES] as const;
export const webhookEventType = z.enum(WEBHOOK_EVENT_TYPES);

const eventBase = {
  /** `evt_…`: the same for every delivery of one event; de-duplicate on it (delivery is at least once). */
  id: z.string(),
  object: z.literal('event'),
  created_at: timestamp,
};

/** One thing that happened, as delivered to webhook endpoints and listed by `GET /events`. */
export const webhookEvent = lazySchema(() =>
  z.union([
    z.object({ ...eventBase, type: z.enum(PAYMENT_EVENT_TYPES), data: z.object({ object: paymentSession }) }),
    z.object({ ...eventBase, type: z.enum(REFUND_EVENT_TYPES), data: z.object({ object: refund }) }),
  ]),
);

/** The header that signs a delivery: `t=<unix seconds>,v1=<hex HMAC-SHA256>` (one `v1` per live secret while one is rolled). */
export const WEBHOOK_SIGNATURE_HEADER = 'dubai-pay-signature';
/** How old a signed timestamp may be (either way) before a delivery is refused as a replay, by default. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** What is signed: the timestamp, a dot, and the raw body exactly as sent. */
export function webhookSignedPayload(timestampSeconds: number, rawBody: string): string {
  return `${timestampSeconds}.${rawBody}`;
}

export const webhookEndpoint = lazySchema(() =>
  z.object({
    id: z.string(),
    object: z.literal('webhook_endpoint'),
    url: z.url(),
    events: z.array(webhookEventType),
    created_at: timestamp,
    /** `whsec_…`: shown once, when the endpoint is made or its secret rolled; `null` otherwise. */
    secret: z.nullable(z.string()),
    /** While a rolled secret is still signing too, until when (else `null`). */
    previous_secret_expires_at: z.nullable(timestamp),
  }),
);

export const webhookEndpointList = lazySchema(() => z.object({ object: z.literal('list'), data: z.array(webhookEndpoint) }));

export const createWebhookEndpointRequest = lazySchema(() =>
  z.object({
    url: z.url({ protocol: /^https?$/ }).check(z.maxLength(2048)),
    events: z.array(webhookEventType).check(z.minLength(1)),
  }),
);

/** A new secret; the old one keeps signing beside it for `overlap_seconds` (default a day, at most a week). */
export const rollWebhookSecretRequest = lazySchema(() => z.object({ overlap_seconds: z.optional(z.int().check(z.nonnegative(), z.maximum(7 * 24 * 3600))) }));

/** One try at delivering one event to one endpoint: the delivery log. */
export const webhookDelivery = lazySchema(() =>
  z.object({
    id: z.string(),
    object: z.literal('webhook_delivery'),
    event_id: z.string(),
    event_type: webhookEventType,
    endpoint_id: z.string(),
    /** 1 for the first try. */
    attempt: z.int().check(z.positive()),
    attempted_at: timestamp,
    /** `succeeded` on any 2xx; anything else (down, slow, 5xx, a redirect) is `failed` and retried. */
    outcome: z.enum(['succeeded', 'failed']),
    http_status: z.nullable(z.int()),
    error: z.nullable(z.string()),
    /** When the next try is due, if this one failed and tries remain; `null` otherwise. */
    next_attempt_at: z.nullable(timestamp),
  }),
);

export const webhookDeliveryList = lazySchema(() => z.object({ object: z.literal('list'), data: z.array(webhookDelivery) }));
export const eventList = lazySchema(() => z.object({ object: z.literal('list'), data: z.array(webhookEvent) }));
