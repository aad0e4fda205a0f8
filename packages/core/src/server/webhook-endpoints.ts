import { serverEndpointRoutes, snakeize, type Camelize, type WebhookDelivery, type WebhookEndpoint, type Wire } from '@dubai-pay/contract';
import type { DubaiPayError } from '../errors/dubai-pay-error.ts';
import type { GatewayHttp } from '../http/gateway-http.ts';
import { asResult } from '../results.ts';
import { serverCall } from '../secret-key.ts';
import type { OperationOptions } from '../sessions.ts';

/** Where to deliver events (an https URL) and which types. */
export type WebhookEndpointRequest = Camelize<Wire.CreateWebhookEndpointRequest>;

/** An endpoint as made or with its secret rolled: `secret` (`whsec_…`) is in it this once, keep it. */
export type WebhookEndpointResult = { webhookEndpoint: WebhookEndpoint; error?: undefined } | { webhookEndpoint?: undefined; error: DubaiPayError };

/** The agency's webhook endpoints, their signing secrets and delivery logs (secret key). */
export class WebhookEndpoints {
  readonly #http: GatewayHttp;
  readonly #keys: { secret?: string | undefined };

  constructor(http: GatewayHttp, keys: { secret?: string | undefined }) {
    this.#http = http;
    this.#keys = keys;
  }

  /** Registers a URL; a URL or event type the gateway refuses is a value (`invalid_request`, with `param`). */
  async create(request: WebhookEndpointRequest, options: OperationOptions = {}): Promise<WebhookEndpointResult> {
    const result = await asResult(() => this.#http.call(serverEndpointRoutes.createWebhookEndpoint, { ...serverCall(this.#keys, options), body: snakeize(request) }));
    return result.error ? { error: result.error } : { webhookEndpoint: result.value };
  }

  /** Every endpoint (secrets not shown). */
  async list(options: OperationOptions = {}): Promise<WebhookEndpoint[]> {
    return (await this.#http.call(serverEndpointRoutes.listWebhookEndpoints, serverCall(this.#keys, options))).data;
  }

  /**
   * A new signing secret. The old one keeps signing beside it for `overlapSeconds` (default a
   * day, at most a week), so deliveries verify while the new secret reaches every server.
   */
  async rollSecret(id: string, request: { overlapSeconds?: number } = {}, options: OperationOptions = {}): Promise<WebhookEndpointResult> {
    const result = await asResult(() => this.#http.call(serverEndpointRoutes.rollWebhookSecret, { ...serverCall(this.#keys, options), params: { id }, body: snakeize(request) }));
    return result.error ? { error: result.error } : { webhookEndpoint: result.value };
  }

  /** An endpoint's delivery log: every try, newest first. */
  async deliveries(id: string, options: OperationOptions = {}): Promise<WebhookDelivery[]> {
    return (await this.#http.call(serverEndpointRoutes.listWebhookDeliveries, { ...serverCall(this.#keys, options), params: { id } })).data;
  }
}
