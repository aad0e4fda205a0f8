import { beneficiaryOf, settlementDay, settlementTotals, type Wire } from '@dubai-pay/contract';
import type { Agency } from './agencies.ts';
import type { SandboxClock } from './clock.ts';
import type { RefundBook } from './refunds.ts';
import type { SessionBook } from './sessions.ts';

/**
 * A day's settlement for an agency (or one of its entities): every payment on its receipt's time
 * and every refund when it settled, each split into its lines and their beneficiaries. Pending and
 * failed refunds move no money, so they are not in it.
 */
export function settlementReport(
  agency: Agency,
  date: string,
  entity: string | undefined,
  books: { sessions: SessionBook; refunds: RefundBook; clock: SandboxClock },
): Wire.SettlementReport {
  const { start, end } = settlementDay(date);
  const within = (iso: string | null) => iso !== null && Date.parse(iso) >= start && Date.parse(iso) < end;
  const paid = books.sessions.list(agency, { status: 'succeeded', ...(entity === undefined ? {} : { entity }) });
  const sessionsById = new Map(paid.map((session) => [session.id, session]));
  const entries: Wire.SettlementEntry[] = [];
  for (const session of paid) {
    const receipt = session.receipt;
    if (!receipt || !within(receipt.issued_at)) continue;
    entries.push({
      type: 'payment',
      id: session.id,
      session_id: session.id,
      reference: session.reference,
      service_id: session.service_id,
      method: receipt.payment_method.type,
      at: receipt.issued_at,
      amount: session.amount,
      lines: session.items.map((item) => ({ kind: item.kind, beneficiary: beneficiaryOf(item.kind, session.entity_id), amount: item.amount })),
    });
  }
  for (const refund of books.refunds.list(agency, undefined)) {
    const session = sessionsById.get(refund.session_id);
    if (!session || refund.status !== 'succeeded' || !within(refund.settled_at)) continue;
    entries.push({
      type: 'refund',
      id: refund.id,
      session_id: refund.session_id,
      reference: refund.reference,
      service_id: session.service_id,
      method: refund.payment_method.type,
      at: refund.settled_at ?? refund.created_at,
      amount: -refund.amount,
      lines: refund.lines.map((line) => ({ kind: line.kind, beneficiary: beneficiaryOf(line.kind, session.entity_id), amount: -line.amount })),
    });
  }
  entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));
  return {
    object: 'settlement_report',
    entity_id: entity ?? null,
    date,
    currency: 'AED',
    entries,
    totals: settlementTotals(entries),
    generated_at: books.clock.iso(),
  };
}
