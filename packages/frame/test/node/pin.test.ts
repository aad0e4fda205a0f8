import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEST_EDIRHAM_CARDS, TEST_EDIRHAM_PIN } from '@dubai-pay/sandbox';
import { editEdirhamNumber, editPin, formatEdirhamNumber, PIN_LENGTH, validateEdirhamNumber, validatePin } from '@dubai-pay/frame';

describe('frame: e-Dirham', () => {
  describe('PIN', () => {
    const table: [string, string | undefined][] = [
      ['', 'empty'],
      ['1', 'incomplete'],
      ['123', 'incomplete'],
      ['1234', undefined],
      [TEST_EDIRHAM_PIN, undefined],
    ];
    for (const [digits, error] of table) it(`${digits || '(empty)'} → ${error ?? 'valid'}`, () => assert.equal(validatePin(digits), error));

    const edits: [string, string][] = [
      ['12345', '1234'],
      ['١٢٣٤', '1234'],
      ['12 34', '1234'],
      ['a1', '1'],
    ];
    for (const [raw, shown] of edits) it(`typing ${JSON.stringify(raw)} → ${shown}`, () => assert.equal(editPin(raw, raw.length, undefined, '').value, shown));

    it('has 4 digits', () => assert.equal(PIN_LENGTH, 4));
  });

  describe('card number', () => {
    const table: [string, string | undefined][] = [
      ['', 'empty'],
      ['7', 'incomplete'],
      ['784', 'incomplete'],
      ['784000000000000', 'incomplete'],
      ['7840000000000009', undefined],
      ['7840000000009992', undefined],
      ['7840000000000008', 'invalid'],
      ['7840000000000001', 'invalid'],
      ['4', 'prefix'],
      ['785', 'prefix'],
      ['4242424242424242', 'prefix'],
    ];
    for (const [digits, error] of table) it(`${digits || '(empty)'} → ${error ?? 'valid'}`, () => assert.equal(validateEdirhamNumber(digits), error));

    it('accepts every sandbox test card', () => {
      for (const card of TEST_EDIRHAM_CARDS) assert.equal(validateEdirhamNumber(card.number), undefined, card.number);
    });

    const formats: [string, string][] = [
      ['784', '784'],
      ['7840', '7840'],
      ['78400', '7840 0'],
      ['7840000000000009', '7840 0000 0000 0009'],
    ];
    for (const [digits, shown] of formats) it(`${digits} → ${shown}`, () => assert.equal(formatEdirhamNumber(digits), shown));

    it('takes pasted numbers with marks and Arabic-Indic digits, and stops at 16 digits', () => {
      assert.equal(editEdirhamNumber('\u200f7840-0000-0000-0009\u200f', 21, undefined, '').value, '7840 0000 0000 0009');
      assert.equal(editEdirhamNumber('٧٨٤٠٠٠٠٠٠٠٠٠٠٠٠٩', 16, undefined, '').value, '7840 0000 0000 0009');
      assert.equal(editEdirhamNumber('78400000000000091', 17, undefined, '').value, '7840 0000 0000 0009');
    });
  });
});
