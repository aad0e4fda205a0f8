import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CardBrand } from '@dubai-pay/contract';
import { cvcLength, editCvc, maxCvcLength, validateCvc } from '@dubai-pay/frame';

describe('frame: security code', () => {
  describe('length by brand', () => {
    const table: [CardBrand, number, number][] = [
      ['amex', 4, 4],
      ['visa', 3, 3],
      ['mastercard', 3, 3],
      ['unionpay', 3, 3],
      ['jcb', 3, 3],
      ['discover', 3, 3],
      ['unknown', 3, 4],
    ];
    for (const [brand, length, max] of table) {
      it(`${brand}: ${length} digits (input takes ${max})`, () => {
        assert.equal(cvcLength(brand), length);
        assert.equal(maxCvcLength(brand), max);
      });
    }
  });

  describe('validation', () => {
    const table: [string, CardBrand, string | undefined][] = [
      ['', 'visa', 'empty'],
      ['1', 'visa', 'incomplete'],
      ['12', 'visa', 'incomplete'],
      ['123', 'visa', undefined],
      ['1234', 'visa', 'invalid'],
      ['123', 'amex', 'incomplete'],
      ['1234', 'amex', undefined],
      ['123', 'unknown', undefined],
      ['1234', 'unknown', 'invalid'],
    ];
    for (const [digits, brand, error] of table) it(`${digits || '(empty)'} with ${brand} → ${error ?? 'valid'}`, () => assert.equal(validateCvc(digits, brand), error));
  });

  describe('editing', () => {
    const table: [string, CardBrand, string][] = [
      ['123', 'visa', '123'],
      ['1234', 'visa', '123'],
      ['1234', 'amex', '1234'],
      ['12345', 'amex', '1234'],
      ['١٢٣', 'visa', '123'],
      ['1 2a3', 'visa', '123'],
    ];
    for (const [raw, brand, shown] of table) it(`${JSON.stringify(raw)} with ${brand} → ${shown}`, () => assert.equal(editCvc(raw, raw.length, undefined, '', brand).value, shown));
  });
});
