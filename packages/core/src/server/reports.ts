import { serverEndpointRoutes, settlementCsv as wireSettlementCsv, snakeize, type SettlementReport, type Wire } from '@dubai-pay/contract';
import type { GatewayHttp } from '../http/gateway-http.ts';
import { wireQuery } from './wire-query.ts';
import { serverCall } from '../secret-key.ts';
import type { OperationOptions } from '../sessions.ts';

export interface SettlementQuery {
  /** A day in Dubai, `YYYY-MM-DD`. */
  date: string;
  /** One entity's payments (its id); all of the agency's when absent. */
  entity?: string;
}

/** Reports for reconciliation (secret key). */
export class Reports {
  readonly #http: GatewayHttp;
  readonly #keys: { secret?: string | undefined };

  constructor(http: GatewayHttp, keys: { secret?: string | undefined }) {
    this.#http = http;
    this.#keys = keys;
  }

  /** Every payment and settled refund of a day, by line kind and beneficiary, with totals to the fils. */
  settlement(query: SettlementQuery, options: OperationOptions = {}): Promise<SettlementReport> {
    return this.#http.call(serverEndpointRoutes.settlementReport, { ...serverCall(this.#keys, options), query: wireQuery(query) });
  }
}

/**
 * A settlement report as CSV (RFC 4180, CRLF; one row per line of every entry, amounts in fils
 * and AED): the contract's, for the report as `reports.settlement()` gives it.
 */
export function settlementCsv(report: SettlementReport): string {
  return wireSettlementCsv(snakeize(report) as Wire.SettlementReport);
}
