import { serverEndpointRoutes, type WebhookEvent } from '@dubai-pay/contract';
import type { DubaiPayError } from '../errors/dubai-pay-error.ts';
import type { GatewayHttp } from '../http/gateway-http.ts';
import { asResult } from '../results.ts';
import { serverCall } from '../secret-key.ts';
import type { OperationOptions } from '../sessions.ts';

export type EventResult = { event: WebhookEvent; error?: undefined } | { event?: undefined; error: DubaiPayError };

/** The agency's events, as webhooks deliver them (secret key). */
export class Events {
  readonly #http: GatewayHttp;
  readonly #keys: { secret?: string | undefined };

  constructor(http: GatewayHttp, keys: { secret?: string | undefined }) {
    this.#http = http;
    this.#keys = keys;
  }

  /** The events, newest first: what a server that missed deliveries reads to catch up. */
  async list(options: OperationOptions = {}): Promise<WebhookEvent[]> {
    return (await this.#http.call(serverEndpointRoutes.listEvents, serverCall(this.#keys, options))).data;
  }

  /** Delivers an event again to every endpoint subscribed to its type, with the same id (de-duplicate on it). */
  async resend(id: string, options: OperationOptions = {}): Promise<EventResult> {
    const result = await asResult(() => this.#http.call(serverEndpointRoutes.resendEvent, { ...serverCall(this.#keys, options), params: { id }, body: {} }));
    return result.error ? { error: result.error } : { event: result.value };
  }
}
