import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { beneficiaryOf, settlementCsv, settlementDate, settlementTotals, type Wire } from '../../src/index.ts';

const entry = (reference: string | null, amount: number): Wire.SettlementEntry => ({
  type: amount < 0 ? 'refund' : 'payment',
  id: 'ps_1',
  session_id: 'ps_1',
  reference,
  service_id: null,
  method: 'card',
  at: '2026-12-01T08:00:00.000Z',
  amount,
  lines: [
    { kind: 'service_fee', beneficiary: 'rta', amount: amount - Math.sign(amount) * 20 },
    { kind: 'knowledge_fee', beneficiary: 'knowledge_fund', amount: Math.sign(amount) * 20 },
  ],
});

const report = (entries: Wire.SettlementEntry[]): Wire.SettlementReport => ({
  object: 'settlement_report',
  entity_id: null,
  date: '2026-12-01',
  currency: 'AED',
  entries,
  totals: settlementTotals(entries),
  generated_at: '2026-12-01T20:00:00.000Z',
});

describe('the settlement CSV', () => {
  const cases: [string, string, string][] = [
    ['a formula is not a formula', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['nor after a separator some spreadsheets split on', "x;=cmd|' /C calc'!A0", `"x;=cmd|' /C calc'!A0"`],
    ['a leading @, + or - neither', '@SUM(1)', `"'@SUM(1)"`],
    ['a comma stays in its cell', 'A,B', '"A,B"'],
  ];
  for (const [name, reference, cell] of cases) {
    it(name, () => {
      const [, row] = settlementCsv(report([entry(reference, 10_000)])).split('\r\n');
      assert.ok(row?.includes(`,${cell},`), row);
    });
  }

  it('writes fils as numbers and AED with two decimals, refunds negative, and the totals add up', () => {
    const csv = settlementCsv(report([entry('A', 10_050), entry('A', -2_000)]));
    const rows = csv.trimEnd().split('\r\n').slice(1);
    assert.deepEqual(
      rows.map((row) => row.split(',').slice(-2)),
      [
        ['10030', '100.30'],
        ['20', '0.20'],
        ['-1980', '-19.80'],
        ['-20', '-0.20'],
      ],
    );
    assert.equal(settlementTotals([entry('A', 10_050), entry('A', -2_000)]).net, 8_050);
  });
});

describe('a settlement day', () => {
  const cases: [string, boolean][] = [
    ['2026-12-01', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-31', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['26-12-01', false],
  ];
  for (const [date, valid] of cases) it(`${date}: ${valid ? 'a day' : 'refused'}`, () => assert.equal(z.safeParse(settlementDate, date).success, valid));
  it('pays the funds their fees and the entity the rest', () => {
    assert.deepEqual(
      [beneficiaryOf('knowledge_fee', 'rta'), beneficiaryOf('innovation_fee', 'rta'), beneficiaryOf('service_fee', 'rta'), beneficiaryOf('other', null)],
      ['knowledge_fund', 'innovation_fund', 'rta', 'agency'],
    );
  });
});
