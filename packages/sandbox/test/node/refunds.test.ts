import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { refund as refundSchema, paymentSession } from '@dubai-pay/contract';
import { DIRECT_DEBIT_REFUND_SETTLE_MS, FAILING_REFUND_AMOUNT, refundLines } from '../../src/refunds.ts';
import { agencySandbox } from './agency-support.ts';

// Refunds: never more than was paid, never on an unpaid session, once per key, settled at once
// (card, e-Dirham) or by the bank later (direct debit).

const FEES = [
  { kind: 'service_fee', unit_amount: 30_000 },
  { kind: 'knowledge_fee', unit_amount: 1_000 },
  { kind: 'innovation_fee', unit_amount: 1_000 },
];

describe('refunds', () => {
  it('refunds in part, then the rest by default; the session counts what was given back', async () => {
    const { api, openSession, payByCard } = agencySandbox();
    const session = await payByCard((await openSession({ items: FEES }, 'APP-1')).id);
    const part = await api('POST', '/refunds', { session: session.id, amount: 12_000, reason: 'service_not_provided' });
    assert.equal(part.status, 200, JSON.stringify(part.body));
    z.parse(refundSchema, part.body);
    assert.deepEqual([part.body.status, part.body.amount, part.body.reference], ['succeeded', 12_000, 'APP-1']);
    assert.match(part.body.receipt_number, /^DXB-R-\d{4}-\d{6}$/);
    assert.equal(
      part.body.lines.reduce((sum: number, line: { amount: number }) => sum + line.amount, 0),
      12_000,
      'the lines add up to the refund',
    );
    const rest = await api('POST', '/refunds', { session: session.id });
    assert.equal(rest.body.amount, 20_000);
    const after = await api('GET', `/sessions/${session.id}`);
    z.parse(paymentSession, after.body);
    assert.deepEqual([after.body.status, after.body.amount_refunded], ['succeeded', 32_000]);
    const listed = await api('GET', `/refunds?session=${session.id}`);
    assert.deepEqual(
      listed.body.data.map((r: { id: string }) => r.id),
      [rest.body.id, part.body.id],
    );
  });

  it('refuses what would take more than is left, an unpaid session, another currency, and a stranger’s session', async () => {
    const { api, openSession, payByCard } = agencySandbox();
    const paid = await payByCard((await openSession({ items: FEES })).id);
    await api('POST', '/refunds', { session: paid.id, amount: 30_000 });
    const cases: [string, unknown, number, string][] = [
      ['over the balance', { session: paid.id, amount: 2_001 }, 400, 'refund_exceeds_balance'],
      ['zero', { session: paid.id, amount: 0 }, 400, 'invalid_request'],
      ['a fraction of a fils', { session: paid.id, amount: 10.5 }, 400, 'invalid_request'],
      ['another currency', { session: paid.id, amount: 100, currency: 'USD' }, 400, 'currency_mismatch'],
      ['an unpaid session', { session: (await openSession({ items: FEES })).id }, 409, 'session_not_paid'],
      ['no such session', { session: 'ps_nope' }, 404, 'not_found'],
    ];
    for (const [name, body, status, code] of cases) {
      const answer = await api('POST', '/refunds', body);
      assert.deepEqual([answer.status, answer.body.error?.code], [status, code], name);
    }
    assert.equal((await api('POST', '/refunds', { session: paid.id, amount: 2_000 })).status, 200, 'the exact rest is still allowed');
    assert.equal((await api('POST', '/refunds', { session: paid.id, amount: 1 })).body.error.code, 'refund_exceeds_balance', 'nothing is left');
    // Only the agency's secret key refunds.
    const browser = await api('POST', '/refunds', { session: paid.id, amount: 1 }, { token: 'pk_test_demo' });
    assert.deepEqual([browser.status, browser.body.error.code], [403, 'forbidden']);
  });

  it('with the same key twice: one refund; two at once that together exceed the balance: one refused', async () => {
    const { api, openSession, payByCard } = agencySandbox();
    const paid = await payByCard((await openSession({ items: FEES })).id);
    const first = await api('POST', '/refunds', { session: paid.id, amount: 5_000 }, { key: 'refund-once-1' });
    const again = await api('POST', '/refunds', { session: paid.id, amount: 5_000 }, { key: 'refund-once-1' });
    assert.equal(again.body.id, first.body.id);
    const both = await Promise.all([api('POST', '/refunds', { session: paid.id, amount: 20_000 }), api('POST', '/refunds', { session: paid.id, amount: 20_000 })]);
    assert.deepEqual(both.map((answer) => answer.status).sort(), [200, 400]);
    const refunds = (await api('GET', `/refunds?session=${paid.id}`)).body.data;
    assert.equal(refunds.length, 2);
    assert.equal((await api('GET', `/sessions/${paid.id}`)).body.amount_refunded, 25_000);
  });

  it('direct debit: pending until the bank settles it; a returned refund frees its amount again', async () => {
    const { api, payByBank, advance } = agencySandbox();
    const paid = await payByBank([{ kind: 'service_fee', unit_amount: 50_000 }]);
    const pending = await api('POST', '/refunds', { session: paid.id, amount: 10_000 });
    const returned = await api('POST', '/refunds', { session: paid.id, amount: FAILING_REFUND_AMOUNT });
    assert.deepEqual([pending.body.status, returned.body.status, pending.body.settled_at], ['pending', 'pending', null]);
    // Pending refunds hold their amount: the rest is what may still be asked for.
    assert.equal((await api('POST', '/refunds', { session: paid.id, amount: 50_000 - 10_000 - FAILING_REFUND_AMOUNT + 1 })).body.error.code, 'refund_exceeds_balance');
    assert.equal((await api('GET', `/sessions/${paid.id}`)).body.amount_refunded, 0);
    await advance(DIRECT_DEBIT_REFUND_SETTLE_MS);
    const settled = await api('GET', `/refunds/${pending.body.id}`);
    const failed = await api('GET', `/refunds/${returned.body.id}`);
    assert.deepEqual([settled.body.status, failed.body.status, failed.body.failure_code], ['succeeded', 'failed', 'bank_returned']);
    assert.equal((await api('GET', `/sessions/${paid.id}`)).body.amount_refunded, 10_000);
    assert.equal((await api('POST', '/refunds', { session: paid.id })).body.amount, 40_000, 'the returned refund’s amount can be refunded again');
  });
});

describe('a refund’s lines: in proportion, to the fils', () => {
  const items = (...amounts: [string, number][]) => amounts.map(([kind, amount]) => ({ kind, amount, unit_amount: amount, quantity: 1, description: { en: '', ar: '' } })) as never;
  const cases: [string, ReturnType<typeof items>, number, [string, number][]][] = [
    [
      'all of it',
      items(['service_fee', 30_000], ['knowledge_fee', 1_000], ['innovation_fee', 1_000]),
      32_000,
      [
        ['service_fee', 30_000],
        ['knowledge_fee', 1_000],
        ['innovation_fee', 1_000],
      ],
    ],
    [
      'half',
      items(['service_fee', 30_000], ['knowledge_fee', 1_000], ['innovation_fee', 1_000]),
      16_000,
      [
        ['service_fee', 15_000],
        ['knowledge_fee', 500],
        ['innovation_fee', 500],
      ],
    ],
    [
      'a fils left over goes to the largest remainder (1.33 and 0.67 → 1 and 1)',
      items(['service_fee', 2], ['knowledge_fee', 1]),
      2,
      [
        ['service_fee', 1],
        ['knowledge_fee', 1],
      ],
    ],
    ['two lines of one kind are one line', items(['service_fee', 100], ['service_fee', 300]), 200, [['service_fee', 200]]],
    [
      'amounts past 2^53 when multiplied stay exact',
      items(['service_fee', 4_999_999_999], ['knowledge_fee', 1]),
      5_000_000_000,
      [
        ['service_fee', 4_999_999_999],
        ['knowledge_fee', 1],
      ],
    ],
    [
      'large shares split exactly (…000.4 and …998.6: the fils to the larger remainder)',
      items(['service_fee', 3_000_000_001], ['knowledge_fee', 1_999_999_999]),
      4_999_999_999,
      [
        ['service_fee', 3_000_000_000],
        ['knowledge_fee', 1_999_999_999],
      ],
    ],
  ];
  it('many partial refunds never give a kind back more than was paid into it', () => {
    const refundAll = (paid: ReturnType<typeof items>, total: number, size: number, first = 0) => {
      const earlier: ReturnType<typeof refundLines>[] = [];
      for (let left = total, next = first || size; left > 0; left -= next, next = size) earlier.push(refundLines(paid, Math.min(next, left), earlier));
      const given: Record<string, number> = {};
      for (const lines of earlier) for (const line of lines) given[line.kind] = (given[line.kind] ?? 0) + line.amount;
      return given;
    };
    // The example's 2,020 AED permit refunded 10 AED at a time (and once after a 3-fils refund).
    const permit = items(['service_fee', 150_000], ['other', 50_000], ['knowledge_fee', 1_000], ['innovation_fee', 1_000]);
    const paid = { service_fee: 150_000, other: 50_000, knowledge_fee: 1_000, innovation_fee: 1_000 };
    assert.deepEqual(refundAll(permit, 202_000, 1_000), paid);
    assert.deepEqual(refundAll(permit, 202_000, 997, 3), paid);
    // 3 and 2 fils, one fils at a time, and 1 then the rest.
    const small = items(['service_fee', 3], ['knowledge_fee', 2]);
    assert.deepEqual(refundAll(small, 5, 1), { service_fee: 3, knowledge_fee: 2 });
    assert.deepEqual(refundAll(small, 5, 4, 1), { service_fee: 3, knowledge_fee: 2 });
  });
  for (const [name, lineItems, amount, expected] of cases) {
    it(name, () => {
      const lines = refundLines(lineItems, amount);
      assert.deepEqual(
        lines.map((line) => [line.kind, line.amount]),
        expected,
      );
      assert.equal(
        lines.reduce((sum, line) => sum + line.amount, 0),
        amount,
      );
    });
  }
});
