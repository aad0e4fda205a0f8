import type { Wire } from '@dubai-pay/contract';
import type { Agency } from './agencies.ts';
import type { SandboxClock } from './clock.ts';
import { randomId } from './ids.ts';
import { GatewayProblem } from './problems.ts';
import type { SessionBook } from './sessions.ts';

/** How long the bank takes to settle a direct-debit refund (sandbox time: tests move the clock). */
export const DIRECT_DEBIT_REFUND_SETTLE_MS = 2 * 3600_000;
/** A direct-debit refund of exactly this many fils is returned by the bank (to test `refund.failed`). */
export const FAILING_REFUND_AMOUNT = 1313;

export type RefundEventType = 'refund.succeeded' | 'refund.failed';
export type RefundListener = (type: RefundEventType, refund: Wire.Refund, agency: Agency) => void;

interface StoredRefund {
  refund: Wire.Refund;
  agency: Agency;
  seq: number;
}

/**
 * The part of each line kind a refund gives back, in proportion to what is still left of each
 * (paid, less what earlier refunds took), to the fils: shares rounded down, then the fils left
 * over one each to the largest remainders. No kind ever gives back more than was paid into it,
 * however many partial refunds there are. Exact for any amounts (BigInt: 5e9 × 5e9 does not fit
 * a double).
 */
export function refundLines(items: readonly Wire.LineItem[], amount: number, earlier: readonly Wire.Refund['lines'][] = []): Wire.Refund['lines'] {
  const left = new Map<Wire.LineItem['kind'], number>();
  for (const item of items) left.set(item.kind, (left.get(item.kind) ?? 0) + item.amount);
  for (const lines of earlier) for (const line of lines) left.set(line.kind, (left.get(line.kind) ?? 0) - line.amount);
  const total = [...left.values()].reduce((sum, value) => sum + value, 0);
  if (total <= 0) return [];
  const shares = [...left].map(([kind, value]) => {
    const exact = BigInt(amount) * BigInt(value);
    return { kind, value, amount: Number(exact / BigInt(total)), remainder: exact % BigInt(total) };
  });
  let fils = amount - shares.reduce((sum, share) => sum + share.amount, 0);
  const byRemainder = [...shares].sort((a, b) => (a.remainder === b.remainder ? b.value - a.value : a.remainder > b.remainder ? -1 : 1));
  for (const share of byRemainder) {
    if (fils === 0) break;
    if (share.remainder > 0n) {
      share.amount += 1;
      fils -= 1;
    }
  }
  return shares.filter((share) => share.amount > 0).map(({ kind, amount: part }) => ({ kind, amount: part }));
}

/** Refunds: checked against what is left of the payment, settled at once or (direct debit) later. */
export class RefundBook {
  readonly #refunds = new Map<string, StoredRefund>();
  readonly #listeners: RefundListener[] = [];
  readonly #clock: SandboxClock;
  readonly #sessions: SessionBook;
  #receiptCounter = 0;

  constructor(clock: SandboxClock, sessions: SessionBook) {
    this.#clock = clock;
    this.#sessions = sessions;
  }

  snapshot(): unknown {
    return { refunds: [...this.#refunds.values()].map((stored) => ({ ...stored, agency: stored.agency.id })), receiptCounter: this.#receiptCounter };
  }

  restore(data: unknown, agencyOf: (id: string) => Agency): void {
    const saved = data as { refunds: (Omit<StoredRefund, 'agency'> & { agency: string })[]; receiptCounter: number };
    for (const stored of saved.refunds) this.#refunds.set(stored.refund.id, { ...stored, agency: agencyOf(stored.agency) });
    this.#receiptCounter = saved.receiptCounter;
  }

  listen(listener: RefundListener): void {
    this.#listeners.push(listener);
  }

  /**
   * A refund of a paid session. Every check comes first, and the whole refund is recorded in one
   * step: two refunds at once cannot both take the last of a payment (the sandbox handles one
   * request at a time, as a gateway would with a lock on the session).
   */
  create(agency: Agency, request: Wire.CreateRefundRequest): Wire.Refund {
    if (request.currency !== undefined && request.currency !== 'AED') {
      throw new GatewayProblem(400, 'currency_mismatch', `The payment is in AED; a refund in ${request.currency} is not possible.`, { param: 'currency' });
    }
    const session = this.#sessions.paid(request.session, agency);
    const left = session.amount - this.#taken(session.id);
    const amount = request.amount ?? left;
    if (left === 0 || amount > left) {
      throw new GatewayProblem(400, 'refund_exceeds_balance', `At most ${left} fils of session ${session.id} can still be refunded.`, { param: 'amount' });
    }
    const method = session.payment_method ?? session.receipt?.payment_method;
    if (!method) throw new GatewayProblem(409, 'session_not_paid', `Session ${session.id} has no payment to refund.`);
    const refund: Wire.Refund = {
      id: randomId('re'),
      object: 'refund',
      session_id: session.id,
      amount,
      currency: 'AED',
      status: 'pending',
      reason: request.reason ?? 'requested_by_customer',
      lines: refundLines(session.items, amount, this.#linesTaken(session.id)),
      payment_method: method,
      reference: session.reference,
      created_at: this.#clock.iso(),
      settled_at: null,
      failure_code: null,
      receipt_number: null,
    };
    const stored: StoredRefund = { refund, agency, seq: this.#refunds.size };
    this.#refunds.set(refund.id, stored);
    // Cards and e-Dirham give the money back at once; a bank takes its time.
    if (method.type !== 'direct_debit') this.#settle(stored, true);
    return refund;
  }

  get(id: string, agency: Agency): Wire.Refund {
    this.settleDue();
    const stored = this.#refunds.get(id);
    if (!stored || stored.agency.id !== agency.id) throw new GatewayProblem(404, 'not_found', `No refund ${id}.`);
    return stored.refund;
  }

  /** The agency's refunds (of one session, or all), newest first; with a cursor, those made before it. */
  list(agency: Agency, session: string | undefined, startingAfter?: string): Wire.Refund[] {
    this.settleDue();
    const cursor = startingAfter === undefined ? Infinity : (this.#refunds.get(startingAfter)?.seq ?? -1);
    if (startingAfter !== undefined && this.#refunds.get(startingAfter)?.agency.id !== agency.id) throw new GatewayProblem(404, 'not_found', `No refund ${startingAfter}.`);
    return [...this.#refunds.values()]
      .filter((stored) => stored.agency.id === agency.id && stored.seq < cursor && (session === undefined || stored.refund.session_id === session))
      .map((stored) => stored.refund)
      .reverse();
  }

  /** Settles direct-debit refunds the bank has had long enough (called as sandbox time passes). */
  settleDue(): void {
    const now = this.#clock.now();
    for (const stored of this.#refunds.values()) {
      if (stored.refund.status !== 'pending' || Date.parse(stored.refund.created_at) + DIRECT_DEBIT_REFUND_SETTLE_MS > now) continue;
      this.#settle(stored, stored.refund.amount !== FAILING_REFUND_AMOUNT);
    }
  }

  /** The lines of the session's refunds that hold money (all but the failed). */
  #linesTaken(sessionId: string): Wire.Refund['lines'][] {
    return [...this.#refunds.values()].filter(({ refund }) => refund.session_id === sessionId && refund.status !== 'failed').map(({ refund }) => refund.lines);
  }

  /** What is given back or on its way back: pending refunds hold their amount until they settle. */
  #taken(sessionId: string): number {
    let taken = 0;
    for (const { refund } of this.#refunds.values()) if (refund.session_id === sessionId && refund.status !== 'failed') taken += refund.amount;
    return taken;
  }

  #settle(stored: StoredRefund, succeeded: boolean): void {
    const { refund } = stored;
    refund.settled_at = this.#clock.iso();
    if (succeeded) {
      refund.status = 'succeeded';
      refund.receipt_number = `DXB-R-${new Date(this.#clock.now()).getUTCFullYear()}-${String(++this.#receiptCounter).padStart(6, '0')}`;
      this.#sessions.addRefunded(refund.session_id, stored.agency, refund.amount);
    } else {
      refund.status = 'failed';
      refund.failure_code = 'bank_returned';
    }
    const snapshot = structuredClone(refund);
    for (const listener of this.#listeners) listener(succeeded ? 'refund.succeeded' : 'refund.failed', snapshot, stored.agency);
  }
}
