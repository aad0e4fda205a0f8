import { serverEndpointRoutes, type PaymentSession, type SessionStatus } from '@dubai-pay/contract';
import type { GatewayHttp } from '../http/gateway-http.ts';
import { serverCall } from '../secret-key.ts';
import { Sessions, type OperationOptions } from '../sessions.ts';
import { everyItem, pageOf, type Page, type PageFilters } from './pages.ts';
import { wireQuery } from './wire-query.ts';

/** Filters of `sessions.list()`, combined with AND. */
export interface SessionListFilters extends PageFilters {
  status?: SessionStatus;
  /** An entity's id (`rta`): sessions for its services. */
  entity?: string;
  /** A service's id. */
  service?: string;
  /** The agency's own reference, exactly. */
  reference?: string;
  /** Created at or after this time (RFC 3339, or a Date). */
  createdGte?: string | Date;
  /** Created before this time. */
  createdLt?: string | Date;
}

/** `sessions` on an agency's server: everything a browser has, and the agency's list. */
export class ServerSessions extends Sessions {
  readonly #server: GatewayHttp;
  readonly #keys: { secret?: string | undefined };

  constructor(http: GatewayHttp, keys: { publishable?: string | undefined; secret?: string | undefined }, deadline: number) {
    super(http, keys, deadline);
    this.#server = http;
    this.#keys = keys;
  }

  /** One page of the agency's sessions, newest first. */
  async list(filters: SessionListFilters = {}, options: OperationOptions = {}): Promise<Page<PaymentSession>> {
    return pageOf(await this.#server.call(serverEndpointRoutes.listSessions, { ...serverCall(this.#keys, options), query: wireQuery(filters) }));
  }

  /** Every session matching the filters, newest first, page after page (`for await … of`). */
  listAll(filters: SessionListFilters = {}, options: OperationOptions = {}): AsyncGenerator<PaymentSession, void, undefined> {
    return everyItem((startingAfter) => this.list({ ...filters, startingAfter }, options), filters.startingAfter);
  }
}
