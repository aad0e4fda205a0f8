import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KEYPAD_LABELS, KEYPAD_LAYOUT, keypadKeyText, LOCALES } from '../../src/index.ts';

describe('the kiosk keypad, shared by the checkout and the hosted fields', () => {
  it('is laid out as a phone’s: 1–9 in rows, then clear, 0, backspace', () => {
    assert.deepEqual(KEYPAD_LAYOUT.map(keypadKeyText), ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'C', '0', '⌫']);
  });
  it('names the pad and its editing keys in both languages', () => {
    for (const lang of LOCALES) for (const name of ['keypad', 'backspace', 'clear'] as const) assert.ok(KEYPAD_LABELS[lang][name].length > 1, `${lang} ${name}`);
    assert.match(KEYPAD_LABELS.ar.keypad, /[\u0621-\u064A]/);
  });
});
