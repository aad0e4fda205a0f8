import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cardBrandOf,
  cardNumberIsFull,
  cardNumberLengths,
  editCardNumber,
  formatCardNumber,
  luhnValid,
  maxCardNumberLength,
  validateCardNumber,
  type Deletion,
} from '@dubai-pay/frame';

describe('frame: card number', () => {
  describe('brand from the first digits', () => {
    const table: [string, string][] = [
      ['4', 'visa'],
      ['4242424242424242', 'visa'],
      ['51', 'mastercard'],
      ['55', 'mastercard'],
      ['5555555555554444', 'mastercard'],
      ['50', 'unknown'],
      ['56', 'unknown'],
      ['2221', 'mastercard'],
      ['2230', 'mastercard'],
      ['2299', 'mastercard'],
      ['2300', 'mastercard'],
      ['2699', 'mastercard'],
      ['2700', 'mastercard'],
      ['2720', 'mastercard'],
      ['2220', 'unknown'],
      ['2721', 'unknown'],
      ['222', 'unknown'],
      ['34', 'amex'],
      ['37', 'amex'],
      ['378282246310005', 'amex'],
      ['35', 'unknown'],
      ['3528', 'jcb'],
      ['3589', 'jcb'],
      ['3527', 'unknown'],
      ['62', 'unionpay'],
      ['6011', 'discover'],
      ['65', 'discover'],
      ['6012', 'unknown'],
      ['', 'unknown'],
      ['9', 'unknown'],
    ];
    for (const [digits, brand] of table) it(`${digits || '(empty)'} → ${brand}`, () => assert.equal(cardBrandOf(digits), brand));
  });

  describe('lengths per brand', () => {
    const table: [string, number[]][] = [
      ['visa', [13, 16, 19]],
      ['mastercard', [16]],
      ['amex', [15]],
      ['unionpay', [16, 17, 18, 19]],
      ['jcb', [16, 17, 18, 19]],
      ['discover', [16, 17, 18, 19]],
      ['unknown', [13, 14, 15, 16, 17, 18, 19]],
    ];
    for (const [brand, lengths] of table) {
      it(`${brand}: ${lengths.join(', ')}`, () => {
        assert.deepEqual(cardNumberLengths(brand as Parameters<typeof cardNumberLengths>[0]), lengths);
        assert.equal(maxCardNumberLength(brand as Parameters<typeof cardNumberLengths>[0]), lengths.at(-1));
      });
    }
  });

  describe('Luhn check, the same as the gateway’s', () => {
    const table: [string, boolean][] = [
      ['4242424242424242', true],
      ['4242424242424241', false],
      ['5555555555554444', true],
      ['378282246310005', true],
      ['4000000000003220', true],
      ['7840000000000009', true],
      ['7840000000009992', true],
      ['0', true],
      ['18', true],
      ['', false],
      ['4242 4242', false],
    ];
    for (const [digits, valid] of table) {
      it(`${digits || '(empty)'} → ${valid}`, () => {
        assert.equal(luhnValid(digits), valid);
      });
    }
  });

  describe('grouping as printed', () => {
    const table: [string, string][] = [
      ['', ''],
      ['4', '4'],
      ['4242', '4242'],
      ['42424', '4242 4'],
      ['4242424242424242', '4242 4242 4242 4242'],
      ['4242424242424242424', '4242 4242 4242 4242 424'],
      ['3782', '3782'],
      ['37828', '3782 8'],
      ['3782822463', '3782 822463'],
      ['37828224631', '3782 822463 1'],
      ['378282246310005', '3782 822463 10005'],
      ['5555555555554444', '5555 5555 5555 4444'],
    ];
    for (const [digits, formatted] of table) it(`${digits || '(empty)'} → ${formatted || '(empty)'}`, () => assert.equal(formatCardNumber(digits), formatted));
  });

  describe('validation', () => {
    const table: [string, string | undefined][] = [
      ['', 'empty'],
      ['4242', 'incomplete'],
      ['424242424242', 'incomplete'],
      ['4242424242424242', undefined],
      ['4242424242424241', 'invalid'],
      ['42424242424242', 'incomplete'],
      ['4222222222222', undefined],
      ['5555555555554444', undefined],
      ['5555555555554443', 'invalid'],
      ['378282246310005', undefined],
      ['378282246310006', 'invalid'],
      ['37828224631000', 'incomplete'],
      ['4000000000000002', undefined],
      ['6011111111111117', undefined],
      ['3530111333300000', undefined],
      ['6200000000000005', undefined],
    ];
    for (const [digits, error] of table) it(`${digits || '(empty)'} → ${error ?? 'valid'}`, () => assert.equal(validateCardNumber(digits), error));
  });

  it('is full at the brand’s longest length', () => {
    assert.equal(cardNumberIsFull('5555555555554444'), true);
    assert.equal(cardNumberIsFull('378282246310005'), true);
    assert.equal(cardNumberIsFull('4242424242424242'), false);
    assert.equal(cardNumberIsFull('4242424242424242424'), true);
  });

  describe('editing: what the input shows, and the caret', () => {
    // [name, raw value after the browser's edit, caret, deletion, digits before the edit, shown, caret after]
    const table: [string, string, number, Deletion, string, string, number][] = [
      ['typing the first digit', '4', 1, undefined, '', '4', 1],
      ['typing the fifth digit adds a space', '42424', 5, undefined, '4242', '4242 4', 6],
      ['typing at the end of a group', '4242 42424', 10, undefined, '42424242', '4242 4242 4', 11],
      ['typing in the middle keeps the caret after the new digit', '42142 4242', 3, undefined, '42424242', '4214 2424 2', 3],
      ['typing right after a space', '4242 14242', 6, undefined, '42424242', '4242 1424 2', 6],
      ['pasting with dashes, spaces and RLM marks', '\u200f4242-4242\u200f 4242\u200f 4242', 23, undefined, '', '4242 4242 4242 4242', 19],
      ['pasting 4242-4242 4242 4242', '4242-4242 4242 4242', 19, undefined, '', '4242 4242 4242 4242', 19],
      ['Arabic-Indic digits', '٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢', 16, undefined, '', '4242 4242 4242 4242', 19],
      ['Persian digits', '۵۵۵۵۵۵۵۵۵۵۵۵۴۴۴۴', 16, undefined, '', '5555 5555 5555 4444', 19],
      ['letters are dropped', '4242a', 5, undefined, '4242', '4242', 4],
      ['amex groups 4-6-5', '37828224631', 11, undefined, '3782822463', '3782 822463 1', 13],
      ['amex stops at 15 digits', '3782 822463 100059', 18, undefined, '378282246310005', '3782 822463 10005', 17],
      ['mastercard stops at 16 digits', '5555 5555 5555 44441', 20, undefined, '5555555555554444', '5555 5555 5555 4444', 19],
      ['unknown brand stops at 19 digits', '12345678901234567890', 20, undefined, '', '1234 5678 9012 3456 789', 23],
      ['backspace on a digit', '4242 424', 8, 'backward', '42424242', '4242 424', 8],
      ['backspace right after a space removes the digit before it', '42424242', 4, 'backward', '42424242', '4244 242', 3],
      ['delete right before a space removes the digit after it', '42424242', 4, 'forward', '42424242', '4242 242', 4],
      ['backspace of the last digit of a group', '4242 ', 5, 'backward', '42424', '4242', 4],
      ['clearing everything', '', 0, 'backward', '4242', '', 0],
    ];
    for (const [name, raw, caret, deletion, previous, shown, caretAfter] of table) {
      it(name, () => {
        const edit = editCardNumber(raw, caret, deletion, previous);
        assert.equal(edit.value, shown);
        assert.equal(edit.digits, shown.replace(/ /g, ''));
        assert.equal(edit.caret, caretAfter);
      });
    }
  });
});
