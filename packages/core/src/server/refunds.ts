import { serverEndpointRoutes, snakeize, type Camelize, type Refund, type Wire } from '@dubai-pay/contract';
import type { DubaiPayError } from '../errors/dubai-pay-error.ts';
import type { GatewayHttp } from '../http/gateway-http.ts';
import { pageOf, type Page, type PageFilters } from './pages.ts';
import { wireQuery } from './wire-query.ts';
import { asResult } from '../results.ts';
import { serverCall } from '../secret-key.ts';
import type { OperationOptions } from '../sessions.ts';

/** A refund of a paid session: `session` its id, `amount` in fils (all that is left of it when absent), why. */
export type RefundRequest = Camelize<Wire.CreateRefundRequest>;

export type RefundResult = { refund: Refund; error?: undefined } | { refund?: undefined; error: DubaiPayError };

export interface RefundListFilters extends PageFilters {
  /** One session's refunds (its id). */
  session?: string;
}

/** Refunds of paid sessions, from the agency's server (secret key). */
export class Refunds {
  readonly #http: GatewayHttp;
  readonly #keys: { secret?: string | undefined };

  constructor(http: GatewayHttp, keys: { secret?: string | undefined }) {
    this.#http = http;
    this.#keys = keys;
  }

  /**
   * Refunds a paid session, in full or in part. A refusal is a value (`refund_exceeds_balance`,
   * `session_not_paid`, `not_found`); transport failures throw. After a throw marked
   * `outcomeUnknown`, make the same call again: it carries the same idempotency key, so the
   * gateway answers with the refund it may already have made instead of making a second one.
   */
  async create(request: RefundRequest, options: OperationOptions = {}): Promise<RefundResult> {
    const result = await asResult(() => this.#http.call(serverEndpointRoutes.createRefund, { ...serverCall(this.#keys, options), body: snakeize(request) }));
    return result.error ? { error: result.error } : { refund: result.value };
  }

  /** A refund now (a direct-debit refund is `pending` until the bank settles it). */
  retrieve(id: string, options: OperationOptions = {}): Promise<Refund> {
    return this.#http.call(serverEndpointRoutes.retrieveRefund, { ...serverCall(this.#keys, options), params: { id } });
  }

  /** One page of refunds, newest first: all, or one session's. */
  async list(filters: RefundListFilters = {}, options: OperationOptions = {}): Promise<Page<Refund>> {
    return pageOf(await this.#http.call(serverEndpointRoutes.listRefunds, { ...serverCall(this.#keys, options), query: wireQuery(filters) }));
  }
}
