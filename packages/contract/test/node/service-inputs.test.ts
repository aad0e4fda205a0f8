import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readServiceInput, type InputReading, type ServiceInput } from '../../src/index.ts';

const input = (rest: Partial<ServiceInput>): ServiceInput => ({ name: 'x', label: { en: 'X', ar: 'س' }, kind: 'text', required: true, ...rest });

describe('a service input read as the checkout and the gateway both read it', () => {
  const cases: [string, ServiceInput, string, InputReading][] = [
    ['required and empty', input({}), '  ', { problem: { key: 'required' } }],
    ['optional and empty: no value', input({ required: false }), '', { value: undefined }],
    ['text, trimmed', input({}), '  abc ', { value: 'abc' }],
    ['Arabic-Indic digits folded', input({ kind: 'digits', pattern: '^[0-9]{4}$' }), '٢٠٢٦', { value: '2026' }],
    ['a pattern not matched', input({ kind: 'digits', pattern: '^[0-9]{4}$' }), '20261', { problem: { key: 'wrongFormat' } }],
    ['too short', input({ minLength: 3 }), 'ab', { problem: { key: 'tooShort', count: 3 } }],
    ['too long', input({ maxLength: 3 }), 'abcd', { problem: { key: 'tooLong', count: 3 } }],
    ['a plate: upper case, spaces folded', input({ kind: 'plate' }), 'dubai   a 12345', { value: 'DUBAI A 12345' }],
    ['an integer', input({ kind: 'integer', min: 1, max: 10 }), '٧', { value: 7 }],
    ['an integer below its minimum', input({ kind: 'integer', min: 1 }), '0', { problem: { key: 'atLeast', count: 1 } }],
    ['an integer above its maximum', input({ kind: 'integer', max: 10 }), '11', { problem: { key: 'atMost', count: 10 } }],
    ['a decimal is not a whole number', input({ kind: 'integer' }), '1.5', { problem: { key: 'wholeNumber' } }],
    ['a negative is not a whole number here', input({ kind: 'integer' }), '-1', { problem: { key: 'wholeNumber' } }],
    // The checkout once let this through and the gateway refused it.
    ['past the safe integers is not a whole number', input({ kind: 'integer' }), '99999999999999999999', { problem: { key: 'wholeNumber' } }],
  ];
  for (const [name, rule, raw, expected] of cases) it(name, () => assert.deepEqual(readServiceInput(rule, raw), expected));
});
