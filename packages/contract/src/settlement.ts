import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { currency, paymentMethodType, timestamp } from './common.ts';
import { lineItemKind } from './quote.ts';

type LineKind = z.output<typeof lineItemKind>;

/**
 * Who a line's money goes to: the knowledge and innovation fees to their funds, everything else
 * to the entity whose service it is (`agency` for a session an agency made from its own items).
 */
export const FUNDS: Record<'knowledge_fund' | 'innovation_fund', { en: string; ar: string }> = {
  knowledge_fund: { en: 'Knowledge fund', ar: 'صندوق المعرفة' },
  innovation_fund: { en: 'Innovation fund', ar: 'صندوق الابتكار' },
};

export function beneficiaryOf(kind: LineKind, entityId: string | null): string {
  if (kind === 'knowledge_fee') return 'knowledge_fund';
  if (kind === 'innovation_fee') return 'innovation_fund';
  return entityId ?? 'agency';
}

/** A settlement day is a day in Dubai (UTC+4, no daylight saving), `YYYY-MM-DD`. */
export const SETTLEMENT_UTC_OFFSET_HOURS = 4;
export const settlementDate = z.string().check(
  z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
  // A day that exists (no 31 February, which Date would read as 3 March).
  z.refine((date) => {
    const time = Date.parse(`${date}T00:00:00Z`);
    return Number.isFinite(time) && new Date(time).toISOString().startsWith(date);
  }, 'Not a day of the calendar.'),
);

/** The instants a settlement day covers: [start, end). */
export function settlementDay(date: string): { start: number; end: number } {
  const start = Date.parse(`${date}T00:00:00.000+0${SETTLEMENT_UTC_OFFSET_HOURS}:00`);
  return { start, end: start + 24 * 3600 * 1000 };
}

/** One line of an entry: refunds are negative. */
export const settlementLine = lazySchema(() => z.object({ kind: lineItemKind, beneficiary: z.string(), amount: z.int() }));

/** A payment (on its receipt's time) or a refund (when it settled), with its lines. */
export const settlementEntry = lazySchema(() =>
  z.object({
    type: z.enum(['payment', 'refund']),
    /** The session's id for a payment, the refund's for a refund. */
    id: z.string(),
    session_id: z.string(),
    reference: z.nullable(z.string()),
    service_id: z.nullable(z.string()),
    method: paymentMethodType,
    at: timestamp,
    /** Signed: a refund takes away. */
    amount: z.int(),
    lines: z.array(settlementLine),
  }),
);

export const settlementReport = lazySchema(() =>
  z.object({
    object: z.literal('settlement_report'),
    /** The entity reported on; `null` for all of the agency's. */
    entity_id: z.nullable(z.string()),
    date: settlementDate,
    currency,
    entries: z.array(settlementEntry),
    totals: z.object({
      payments: z.int(),
      refunds: z.int(),
      net: z.int(),
      /** Net by line kind and by beneficiary; each adds up to `net`. */
      by_kind: z.record(z.string(), z.int()),
      by_beneficiary: z.record(z.string(), z.int()),
    }),
    generated_at: timestamp,
  }),
);

export const settlementQuery = lazySchema(() => z.object({ date: settlementDate, entity: z.optional(z.string()), format: z.optional(z.enum(['json', 'csv'])) }));

/** The totals of entries, to the fils. */
export function settlementTotals(entries: readonly z.output<typeof settlementEntry>[]): z.output<typeof settlementReport>['totals'] {
  const totals = { payments: 0, refunds: 0, net: 0, by_kind: {} as Record<string, number>, by_beneficiary: {} as Record<string, number> };
  for (const entry of entries) {
    if (entry.type === 'payment') totals.payments += entry.amount;
    else totals.refunds += entry.amount;
    totals.net += entry.amount;
    for (const line of entry.lines) {
      totals.by_kind[line.kind] = (totals.by_kind[line.kind] ?? 0) + line.amount;
      totals.by_beneficiary[line.beneficiary] = (totals.by_beneficiary[line.beneficiary] ?? 0) + line.amount;
    }
  }
  return totals;
}

const CSV_COLUMNS = ['at', 'type', 'id', 'session_id', 'reference', 'service_id', 'method', 'line_kind', 'beneficiary', 'amount_fils', 'amount_aed'] as const;

/**
 * A CSV field. Numbers as they are; text always quoted (a spreadsheet splitting on `;` keeps it
 * one cell) and never read as a formula (a leading `=`, `+`, `-`, `@`, tab or CR gets a `'`).
 */
function csvField(value: string): string {
  if (/^-?\d+(\.\d+)?$/.test(value)) return value;
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The report as CSV (RFC 4180, CRLF): one row per line of every entry, amounts in fils and in AED. */
export function settlementCsv(report: z.output<typeof settlementReport>): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const entry of report.entries) {
    for (const line of entry.lines) {
      const aed = `${line.amount < 0 ? '-' : ''}${Math.floor(Math.abs(line.amount) / 100)}.${String(Math.abs(line.amount) % 100).padStart(2, '0')}`;
      rows.push([
        entry.at,
        entry.type,
        entry.id,
        entry.session_id,
        entry.reference ?? '',
        entry.service_id ?? '',
        entry.method,
        line.kind,
        line.beneficiary,
        String(line.amount),
        aed,
      ]);
    }
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
