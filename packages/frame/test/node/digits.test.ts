import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { digitsOnly, normalizeDigits, stripSeparators } from '@dubai-pay/frame';

describe('frame: digits as typed and pasted', () => {
  const normalized: [string, string, string][] = [
    ['ASCII unchanged', '4242 4242', '4242 4242'],
    ['Arabic-Indic', '٤٢٤٢٤٢٤٢', '42424242'],
    ['Persian', '۴۲۴۲۰۹', '424209'],
    ['all ten Arabic-Indic digits', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['all ten Persian digits', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['mixed scripts', '4٢4۲', '4242'],
    ['LRM and RLM', '\u200e4242\u200f', '4242'],
    ['Arabic letter mark', '\u061c12', '12'],
    ['embeddings and overrides', '\u202a1\u202b2\u202c3\u202d4\u202e5', '12345'],
    ['isolates', '\u20661\u20672\u20683\u2069', '123'],
    ['zero-width space, joiners, BOM', '\u200b1\u200c2\u200d3\u20604\ufeff', '1234'],
    ['letters kept (only digits and marks change)', 'MM/YY', 'MM/YY'],
  ];
  for (const [name, input, expected] of normalized) {
    it(`normalizeDigits: ${name}`, () => assert.equal(normalizeDigits(input), expected));
  }

  const stripped: [string, string, string][] = [
    ['spaces', '4242 4242 4242 4242', '4242424242424242'],
    ['dashes and spaces', '4242-4242 4242 4242', '4242424242424242'],
    ['RLM around groups', '\u200f4242-4242\u200f 4242\u200f 4242', '4242424242424242'],
    ['no-break and thin spaces', '4242\u00a04242\u20094242\u202f4242', '4242424242424242'],
    ['en dash, em dash, minus', '1\u20132\u20143\u22124', '1234'],
    ['Arabic-Indic with spaces', '٤٢٤٢ ٤٢٤٢', '42424242'],
    ['tabs and new lines', '4242\t4242\n', '42424242'],
    ['a slash is kept', '12/30', '12/30'],
  ];
  for (const [name, input, expected] of stripped) {
    it(`stripSeparators: ${name}`, () => assert.equal(stripSeparators(input), expected));
  }

  const only: [string, string][] = [
    ['12/30', '1230'],
    ['abc', ''],
    ['', ''],
    ['٠٥/٢٩', '0529'],
    ['4242.4242', '42424242'],
  ];
  for (const [input, expected] of only) {
    it(`digitsOnly(${JSON.stringify(input)}) = ${JSON.stringify(expected)}`, () => assert.equal(digitsOnly(input), expected));
  }
});
