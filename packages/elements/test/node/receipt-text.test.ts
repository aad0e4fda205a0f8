import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Receipt } from '@dubai-pay/core';
import { ar } from '../../src/i18n/ar.ts';
import { en } from '../../src/i18n/en.ts';
import { receiptLines } from '../../src/kiosk/receipt-lines.ts';
import { paidWith } from '../../src/receipt-text.ts';

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
