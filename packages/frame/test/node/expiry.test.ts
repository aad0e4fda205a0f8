import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editExpiry, formatExpiry, parseExpiry, validateExpiry, type Deletion } from '@dubai-pay/frame';

/** 15 May 2026, noon UTC. */
const NOW = new Date(Date.UTC(2026, 4, 15, 12));

describe('frame: expiry date', () => {
  describe('as typed, MM/YY', () => {
    // [keys typed one after another, what the input shows]
    const table: [string, string][] = [
      ['1', '1'],
      ['0', '0'],
      ['05', '05/'],
      ['5', '05/'],
      ['9', '09/'],
      ['12', '12/'],
      ['13', '13'],
      ['00', '00'],
      ['1229', '12/29'],
      ['05291', '05/29'],
      ['٠٥٢٩', '05/29'],
      ['1/', '01/'],
      ['1/3', '01/3'],
      ['1/30', '01/30'],
      ['12/', '12/'],
    ];
    for (const [keys, shown] of table) {
      it(`typing ${keys} shows ${shown}`, () => {
        let value = '';
        let digits = '';
        for (const key of keys) {
          const edit = editExpiry(value + key, value.length + 1, undefined, digits);
          value = edit.value;
          digits = edit.digits;
          assert.equal(edit.caret, value.length, 'the caret follows the typing');
        }
        assert.equal(value, shown);
      });
    }
  });

  describe('pasted and autofilled', () => {
    const table: [string, string][] = [
      ['12/2030', '12/30'],
      ['12/30', '12/30'],
      ['1/2030', '01/30'],
      ['05 / 29', '05/29'],
      ['05-2029', '05/29'],
      ['0529', '05/29'],
      ['\u200f05/29\u200f', '05/29'],
      ['٠٥/٢٠٢٩', '05/29'],
    ];
    for (const [pasted, shown] of table) {
      it(`${JSON.stringify(pasted)} → ${shown}`, () => {
        const edit = editExpiry(pasted, pasted.length, undefined, '');
        assert.equal(edit.value, shown);
        assert.equal(edit.caret, shown.length);
      });
    }
  });

  describe('deleting', () => {
    // [name, raw after the browser's edit, caret, deletion, digits before, shown, caret after]
    const table: [string, string, number, Deletion, string, string, number][] = [
      ['backspace after the auto slash removes the slash and the month digit', '05', 2, 'backward', '05', '0', 1],
      ['backspace of the first year digit drops the slash too', '05/', 3, 'backward', '053', '05', 2],
      ['backspace of a month digit keeps no leading zero added', '5/29', 0, 'backward', '0529', '52/9', 0],
      ['delete of everything', '', 0, 'forward', '0529', '', 0],
    ];
    for (const [name, raw, caret, deletion, previous, shown, caretAfter] of table) {
      it(name, () => {
        const edit = editExpiry(raw, caret, deletion, previous);
        assert.equal(edit.value, shown);
        assert.equal(edit.caret, caretAfter);
      });
    }
  });

  it('editing the month inside a full date keeps the caret there', () => {
    // "05/29", the month selected and replaced by "1": the browser gives "1/29" with the caret at 1.
    const edit = editExpiry('1/29', 1, undefined, '0529');
    assert.equal(edit.value, '12/9');
    assert.equal(edit.caret, 1);
  });

  describe('formatting digits', () => {
    const table: [string, Deletion, string][] = [
      ['', undefined, ''],
      ['1', undefined, '1'],
      ['12', undefined, '12/'],
      ['12', 'backward', '12'],
      ['13', undefined, '13'],
      ['123', undefined, '12/3'],
      ['1234', 'backward', '12/34'],
    ];
    for (const [digits, deletion, shown] of table)
      it(`${digits || '(empty)'}${deletion ? ` (${deletion})` : ''} → ${shown || '(empty)'}`, () => assert.equal(formatExpiry(digits, deletion), shown));
  });

  describe('parsing', () => {
    const table: [string, { month: number; year: number } | undefined][] = [
      ['0529', { month: 5, year: 2029 }],
      ['1230', { month: 12, year: 2030 }],
      ['0100', { month: 1, year: 2000 }],
      ['1329', undefined],
      ['0029', undefined],
      ['052', undefined],
      ['', undefined],
    ];
    for (const [digits, expected] of table) it(`${digits || '(empty)'}`, () => assert.deepEqual(parseExpiry(digits), expected));
  });

  describe(`validation on ${NOW.toISOString().slice(0, 10)}`, () => {
    const table: [string, string | undefined][] = [
      ['', 'empty'],
      ['0', 'incomplete'],
      ['05', 'incomplete'],
      ['052', 'incomplete'],
      ['13', 'invalid_month'],
      ['00', 'invalid_month'],
      ['1329', 'invalid_month'],
      ['0526', undefined],
      ['0426', 'expired'],
      ['1225', 'expired'],
      ['0100', 'expired'],
      ['1226', undefined],
      ['0546', undefined],
      ['0646', 'too_far'],
      ['1299', 'too_far'],
    ];
    for (const [digits, error] of table) it(`${digits || '(empty)'} → ${error ?? 'valid'}`, () => assert.equal(validateExpiry(digits, NOW), error));
  });

  it('counts months in UTC, as the gateway does', () => {
    // 1 June 2026 at 01:00 in Dubai is still 31 May in UTC: a card ending 05/26 is still valid.
    assert.equal(validateExpiry('0526', new Date('2026-05-31T21:00:00Z')), undefined);
    assert.equal(validateExpiry('0526', new Date('2026-06-01T00:00:00Z')), 'expired');
  });
});
