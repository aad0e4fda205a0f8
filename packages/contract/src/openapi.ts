import * as z from 'zod/mini';
import { entity, entityList, feeRule, service, serviceDetail, serviceInput, serviceList } from './catalog.ts';
import { localizedText } from './common.ts';
import type { Credential } from './endpoint-routes.ts';
import { endpoints, type Endpoint } from './endpoints.ts';
import { attemptError, errorBody } from './errors.ts';
import { handoff, receiptLink } from './handoff.ts';
import { abandonActionRequest, nextAction, threeDsMethodCompletion } from './next-action.ts';
import { paymentMethod, paymentMethodSummary } from './payment-method.ts';
import { paymentMethodRequest } from './payment-method-request.ts';
import { lineItem, quote, quoteRequest } from './quote.ts';
import { paymentSession, receipt } from './session.ts';
import { threeDSecure, threeDsPolicy } from './three-d-secure.ts';
import { browserInfo, confirmRequest, createSessionRequest, sessionItemRequest } from './session-requests.ts';
import { refundPage, sessionPage } from './listing.ts';
import { createRefundRequest, refund } from './refund.ts';
import { settlementReport } from './settlement.ts';
import {
  createWebhookEndpointRequest,
  PAYMENT_EVENT_TYPES,
  REFUND_EVENT_TYPES,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TOLERANCE_SECONDS,
  webhookDelivery,
  webhookEndpoint,
  webhookEvent,
} from './webhooks.ts';

/** Schemas given a name in `components.schemas`, and referenced by it wherever they appear. */
const named: Record<string, z.core.$ZodType> = {
  LocalizedText: localizedText,
  Entity: entity,
  EntityList: entityList,
  ServiceInput: serviceInput,
  FeeRule: feeRule,
  Service: service,
  ServiceDetail: serviceDetail,
  ServiceList: serviceList,
  LineItem: lineItem,
  QuoteRequest: quoteRequest,
  Quote: quote,
  PaymentMethodRequest: paymentMethodRequest,
  PaymentMethodSummary: paymentMethodSummary,
  PaymentMethod: paymentMethod,
  NextAction: nextAction,
  AttemptError: attemptError,
  Receipt: receipt,
  SessionItemRequest: sessionItemRequest,
  CreateSessionRequest: createSessionRequest,
  BrowserInfo: browserInfo,
  ConfirmRequest: confirmRequest,
  ThreeDsMethodCompletion: threeDsMethodCompletion,
  AbandonActionRequest: abandonActionRequest,
  ThreeDSecure: threeDSecure,
  ThreeDsPolicy: threeDsPolicy,
  PaymentSession: paymentSession,
  Handoff: handoff,
  ReceiptLink: receiptLink,
  SessionPage: sessionPage,
  CreateRefundRequest: createRefundRequest,
  Refund: refund,
  RefundPage: refundPage,
  CreateWebhookEndpointRequest: createWebhookEndpointRequest,
  WebhookEndpoint: webhookEndpoint,
  WebhookEvent: webhookEvent,
  WebhookDelivery: webhookDelivery,
  SettlementReport: settlementReport,
  Error: errorBody,
};

/** What the gateway POSTs to an agency's endpoints (OpenAPI 3.1 `webhooks`): one entry per event type. */
function webhooks(): Record<string, unknown> {
  const signature = {
    name: WEBHOOK_SIGNATURE_HEADER,
    in: 'header',
    required: true,
    description: `\`t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.raw body">\` (one v1 per live secret while a secret is rolled). Refuse a signature older or newer than ${WEBHOOK_TOLERANCE_SECONDS} s. Delivery is at least once: de-duplicate on the event id. Answer 2xx quickly; anything else, a redirect or no answer in 10 s is retried with growing waits for about 42 hours.`,
    schema: { type: 'string' },
  };
  const entries: Record<string, unknown> = {};
  for (const type of [...PAYMENT_EVENT_TYPES, ...REFUND_EVENT_TYPES]) {
    entries[type] = {
      post: {
        operationId: `webhook_${type.replace('.', '_')}`,
        summary: `The \`${type}\` event.`,
        parameters: [signature],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookEvent' } } } },
        responses: { 200: { description: 'Received (any 2xx).' } },
      },
    };
  }
  return entries;
}

const securitySchemes = {
  publishable: { type: 'http', scheme: 'bearer', description: 'Publishable key `pk_…`: browsers, kiosks, webviews; limited to the key’s registered origins.' },
  secret: { type: 'http', scheme: 'bearer', description: 'Secret key `sk_…`: agency servers and PCI-scoped server channels (IVR) only; refused from browsers.' },
  client_secret: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A session’s client secret `ps_…_secret_…`: reads and pays that one session. On a POST it may come instead as the `client_secret` field of the JSON body, sent as `text/plain` with the idempotency key as its `idempotency_key` field, so that a browser call is a CORS simple request (no preflight); `POST /sessions/{id}/view` reads the session that way. Never in a URL (401).',
  },
  publishable_in_query: {
    type: 'apiKey',
    in: 'query',
    name: 'key',
    description:
      'The publishable key in the URL instead of `Authorization`, so that a browser call is a CORS simple request (no preflight); with it, `idempotency_key` may come in the query too, and a JSON body as `text/plain`. Only a publishable key: a secret key or client secret in a URL is refused (401).',
  },
} satisfies Record<Credential | 'publishable_in_query', unknown>;

const nameOf = new Map(Object.entries(named).map(([name, schema]) => [schema, name]));

/** A `$ref` for a named schema, else the schema inline (query parameters, small bodies). */
function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output'): unknown {
  const name = nameOf.get(schema);
  if (name) return { $ref: `#/components/schemas/${name}` };
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
}

function components(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  return schemas;
}

function operation(name: string, endpoint: Endpoint) {
  const parameters: unknown[] = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  if (endpoint.query) {
    const query = jsonSchema(endpoint.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [param, schema] of Object.entries(query.properties ?? {})) {
      parameters.push({ name: param, in: 'query', required: query.required?.includes(param) ?? false, schema });
    }
  }
  if (endpoint.idempotent) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description:
        'Unique per operation; a retry reuses it. Same key and body → the first response again; same key, other body → 409. With the publishable key in the query, it may be sent as the `idempotency_key` query parameter instead; with a client secret in the body, as the body’s `idempotency_key` field (both, if different: 400).',
      schema: { type: 'string', minLength: 8, maxLength: 255 },
    });
  }
  return {
    operationId: name,
    summary: endpoint.summary,
    security: [...endpoint.credentials.map((credential) => ({ [credential]: [] })), ...(endpoint.credentials.includes('publishable') ? [{ publishable_in_query: [] }] : [])],
    ...(parameters.length ? { parameters } : {}),
    ...(endpoint.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(endpoint.body, 'input') } } } } : {}),
    responses: {
      200: { description: 'OK', content: { 'application/json': { schema: jsonSchema(endpoint.response, 'output') } } },
      default: { description: 'A typed error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    },
  };
}

/** The OpenAPI 3.1 document of the gateway API v1, generated from the contract. */
export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    const path = paths[endpoint.path] ?? {};
    path[endpoint.method.toLowerCase()] = operation(name, endpoint);
    paths[endpoint.path] = path;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'dubai-pay gateway API',
      version: '1.0.0',
      description: 'JSON, snake_case. Amounts are integer fils (100 fils = 1 AED). Responses may carry fields not listed here; clients must ignore them.',
    },
    servers: [{ url: 'https://gateway.example/v1' }],
    paths,
    webhooks: webhooks(),
    components: { securitySchemes, schemas: components() },
  };
}
