import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Receipt, Service } from '@dubai-pay/core';
import { ar } from '../../src/i18n/ar.ts';
import { en } from '../../src/i18n/en.ts';
import { receiptLines } from '../../src/kiosk/receipt-lines.ts';
import { paidFor, paidWith, receiptTime } from '../../src/receipt-text.ts';

const receipt = (paymentMethod: Receipt['paymentMethod']): Receipt => ({
  number: 'R-2026-000123',
  issuedAt: '2026-12-01T08:30:00Z',
  amount: 30_000,
  currency: 'AED',
  items: [{ description: { en: 'Licence renewal', ar: 'تجديد الرخصة' }, kind: 'service_fee', quantity: 1, unitAmount: 30_000, amount: 30_000 }],
  paymentMethod,
  entityId: 'rta',
  serviceId: 'rta-licence',
  reference: null,
  inputs: null,
  channel: 'kiosk',
});

describe('what a receipt says was paid with', () => {
  const cases: [string, Receipt['paymentMethod'], string, string][] = [
    ['a bank, by its name in each language', { type: 'direct_debit', bank: 'dib' }, 'Dubai Islamic Bank', 'بنك دبي الإسلامي'],
    ['a card, by brand and last four', { type: 'card', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2034 }, 'VISA •••• 4242', 'VISA •••• 4242'],
    ['an e-Dirham card', { type: 'edirham', last4: '0005' }, `${en.edirham} •••• 0005`, `${ar.edirham} •••• 0005`],
    ['a bank the client does not know yet, as the gateway named it', { type: 'direct_debit', bank: 'newbank' }, 'NEWBANK', 'NEWBANK'],
  ];
  for (const [name, method, english, arabic] of cases)
    it(name, () => {
      assert.equal(paidWith(method, en), english);
      assert.equal(paidWith(method, ar), arabic);
    });

  it('the kiosk’s printed lines say the same as the checkout', () => {
    const lines = receiptLines(receipt({ type: 'direct_debit', bank: 'adcb' }), ar, 'هيئة الطرق والمواصلات');
    assert.ok(lines.includes(`${ar.receiptMethod}: بنك أبوظبي التجاري`), lines.join('\n'));
    assert.ok(lines.some((line) => line.startsWith(`${ar.receiptNumber}: R-2026-000123`)));
    assert.ok(
      lines.some((line) => line.startsWith(`${ar.total}: `) && /300/.test(line)),
      lines.join('\n'),
    );
  });
});

describe('what a receipt says was paid for', () => {
  const service = {
    id: 'rta-licence',
    inputs: [
      { name: 'traffic_file_number', label: { en: 'Traffic file number', ar: 'رقم الملف المروري' } },
      { name: 'years', label: { en: 'Years', ar: 'السنوات' } },
    ],
  } as never;
  const paid = (reference: string | null, inputs: Record<string, string | number> | null): Receipt => ({
    ...receipt({ type: 'card', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 } as never),
    reference,
    inputs,
  });
  const cases: [string, Receipt, Service | null, 'en' | 'ar', [string, string][]][] = [
    [
      'the reference, then each input under its label',
      paid('APP-1', { traffic_file_number: '12345678', years: 2 }),
      service,
      'en',
      [
        ['Reference', 'APP-1'],
        ['Traffic file number', '12345678'],
        ['Years', '2'],
      ],
    ],
    [
      'in Arabic',
      paid('APP-1', { traffic_file_number: '12345678' }),
      service,
      'ar',
      [
        ['الرقم المرجعي', 'APP-1'],
        ['رقم الملف المروري', '12345678'],
      ],
    ],
    ['no reference, no row', paid(null, { years: 1 }), service, 'en', [['Years', '1']]],
    ['inputs of a service it does not know: not shown (no raw field names)', paid('X', { traffic_file_number: '1' }), null, 'en', [['Reference', 'X']]],
    ['an input the service does not declare: not shown', paid(null, { secret_field: 'x' }), service, 'en', []],
  ];
  for (const [name, given, known, lang, rows] of cases) it(name, () => assert.deepEqual(paidFor(given, known, lang === 'en' ? en : ar), rows));
});

describe('when a receipt says it was paid', () => {
  it('in Dubai time with its zone, whatever the device’s zone (a UTC device once showed 10:33 for a 14:33 payment)', () => {
    const before = process.env.TZ;
    try {
      const seen = new Set<string>();
      for (const zone of ['UTC', 'America/New_York', 'Asia/Tokyo', 'Asia/Dubai']) {
        process.env.TZ = zone;
        const english = receiptTime('2026-12-02T10:33:00Z', en);
        const arabic = receiptTime('2026-12-02T10:33:00Z', ar);
        assert.match(english, /^2 Dec 2026, 2:33\s?pm GST$/i, english);
        assert.match(arabic, /2:33/, arabic);
        assert.ok(arabic.endsWith(' بتوقيت الإمارات'), arabic);
        assert.ok(!/[٠-٩]/.test(arabic), 'Latin digits, as receipts here are printed');
        seen.add(english + arabic);
      }
      assert.equal(seen.size, 1, 'the same text in every zone');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('the kiosk’s printed lines carry the authorisation code and the zone', () => {
    const lines = receiptLines(
      { ...receipt({ type: 'card', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2034 }), authorizationCode: 'K7Q2MX' },
      en,
      'Roads and Transport Authority',
    );
    assert.ok(lines.includes('Authorisation code: K7Q2MX'), lines.join('\n'));
    assert.ok(
      lines.some((line) => line.startsWith(`${en.receiptTime}: `) && line.endsWith(' GST')),
      lines.join('\n'),
    );
    assert.ok(!receiptLines(receipt({ type: 'direct_debit', bank: 'dib' }), en, null).some((line) => line.startsWith('Authorisation code')), 'no row when the gateway gave none');
  });
});
