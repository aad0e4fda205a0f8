import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { sessionPage, settlementDay, settlementReport } from '@dubai-pay/contract';
import { agencySandbox } from './agency-support.ts';

// What an agency's back office reads: its sessions, page by page, and a day's settlement to the fils.

describe('listing sessions', () => {
  it('filters by status, service and reference, newest first', async () => {
    const { api, openSession, payByCard } = agencySandbox();
    const paid = await payByCard((await openSession({ quote: { service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } } }, 'FILE-1')).id);
    const open = await openSession({ items: [{ unit_amount: 100 }] }, 'FILE-2');
    const all = await api('GET', '/sessions');
    z.parse(sessionPage, all.body);
    assert.deepEqual(
      all.body.data.map((s: { id: string }) => s.id),
      [open.id, paid.id],
    );
    assert.deepEqual(
      (await api('GET', '/sessions?status=succeeded')).body.data.map((s: { id: string }) => s.id),
      [paid.id],
    );
    assert.deepEqual(
      (await api('GET', '/sessions?service=police-good-conduct&reference=FILE-1')).body.data.map((s: { id: string }) => s.id),
      [paid.id],
    );
    assert.deepEqual((await api('GET', '/sessions?reference=FILE-3')).body.data, []);
    const future = new Date(Date.now() + 3600_000).toISOString();
    assert.deepEqual((await api('GET', `/sessions?created_gte=${future}`)).body.data, []);
  });

  it('pages through while new payments arrive, without skipping or repeating one', async () => {
    const { api, openSession } = agencySandbox();
    const before: string[] = [];
    for (let i = 0; i < 7; i++) before.push((await openSession({ items: [{ unit_amount: 100 + i }] })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { data: { id: string }[]; has_more: boolean; next_cursor: string | null } } = await api(
        'GET',
        `/sessions?limit=3${cursor ? `&starting_after=${cursor}` : ''}`,
      );
      seen.push(...page.body.data.map((s) => s.id));
      cursor = page.body.next_cursor;
      assert.equal(page.body.has_more, cursor !== null);
      // A new payment between pages is newer than everything read: it is not on the next pages.
      await openSession({ items: [{ unit_amount: 999 }] });
    } while (cursor);
    assert.deepEqual(seen, [...before].reverse());
  });

  it('refuses a bad query, an unknown cursor and the publishable key', async () => {
    const { api } = agencySandbox();
    for (const query of ['status=paid', 'limit=0', 'limit=101', 'limit=ten', 'created_gte=yesterday', 'status=open&status=failed']) {
      const answer = await api('GET', `/sessions?${query}`);
      assert.deepEqual([answer.status, answer.body.error.code], [400, 'invalid_request'], query);
    }
    assert.equal((await api('GET', '/sessions?starting_after=ps_unknown')).status, 404);
    assert.equal((await api('GET', '/sessions', undefined, { token: 'pk_test_demo' })).status, 403);
  });
});

/** A small deterministic generator (the day is random, yet the same on every run). */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor(state / 65_536) % below; // the high bits: an LCG's low bits repeat with a short period
  };
}

describe('the settlement report', () => {
  it('a day of random payments and refunds: every fils in the report, and its totals add up', async () => {
    const { api, openSession, payByCard, sandbox, advance } = agencySandbox();
    // Noon in Dubai, so the day's payments cannot straddle its midnight (08:00 UTC, the next one to come).
    const now = sandbox.clock.now();
    const noon = new Date(now);
    noon.setUTCHours(8, 0, 0, 0);
    await advance(((noon.getTime() - now) % 86_400_000) + (noon.getTime() <= now ? 86_400_000 : 0));
    const next = random(20261201);
    let paidTotal = 0;
    let refundedTotal = 0;
    const byKind: Record<string, number> = {};
    for (let i = 0; i < 40; i++) {
      const items = [
        { kind: 'service_fee', unit_amount: 1 + next(500_000), quantity: 1 + next(3) },
        ...(next(2) ? [{ kind: 'knowledge_fee', unit_amount: 1_000 }] : []),
        ...(next(2) ? [{ kind: 'innovation_fee', unit_amount: 1_000 }] : []),
      ];
      const session = await payByCard((await openSession({ items })).id);
      paidTotal += session.amount;
      for (const item of session.items) byKind[item.kind] = (byKind[item.kind] ?? 0) + item.amount;
      if (next(3) === 0) {
        const refund = await api('POST', '/refunds', { session: session.id, amount: 1 + next(session.amount) });
        refundedTotal += refund.body.amount;
        for (const line of refund.body.lines) byKind[line.kind] = (byKind[line.kind] ?? 0) - line.amount;
      }
    }
    const today = new Date(sandbox.clock.now() + 4 * 3600_000).toISOString().slice(0, 10);
    const report = await api('GET', `/reports/settlement?date=${today}`);
    assert.equal(report.status, 200, JSON.stringify(report.body));
    z.parse(settlementReport, report.body);
    const { totals, entries } = report.body;
    assert.deepEqual([totals.payments, totals.refunds, totals.net], [paidTotal, -refundedTotal, paidTotal - refundedTotal]);
    assert.deepEqual(totals.by_kind, byKind);
    const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
    assert.equal(sum(totals.by_beneficiary), totals.net);
    assert.equal(totals.by_beneficiary.knowledge_fund ?? 0, byKind.knowledge_fee ?? 0);
    for (const entry of entries)
      assert.equal(
        entry.lines.reduce((a: number, l: { amount: number }) => a + l.amount, 0),
        entry.amount,
        `${entry.id} lines add up`,
      );
    const { start, end } = settlementDay(today);
    for (const entry of entries) assert.ok(Date.parse(entry.at) >= start && Date.parse(entry.at) < end);
    // The CSV: one row per line, the same fils.
    const csv = await api('GET', `/reports/settlement?date=${today}&format=csv`);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    const rows = String(csv.body).trimEnd().split('\r\n').slice(1);
    assert.equal(
      rows.length,
      entries.reduce((a: number, e: { lines: unknown[] }) => a + e.lines.length, 0),
    );
    assert.equal(
      rows.reduce((a, row) => a + Number(row.split(',')[9]), 0),
      totals.net,
    );
    console.log(
      `[settlement] ${entries.length} entries: payments ${totals.payments} fils, refunds ${totals.refunds}, net ${totals.net}; by kind ${JSON.stringify(totals.by_kind)}`,
    );
    // Another day has none of it.
    assert.deepEqual((await api('GET', '/reports/settlement?date=2020-01-01')).body.entries, []);
  });

  it('refuses a date that is not a day', async () => {
    const { api } = agencySandbox();
    for (const date of ['2026-13-01', '2026-1-1', 'today', '']) assert.equal((await api('GET', `/reports/settlement?date=${date}`)).status, 400, date);
  });
});
