import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KEYPAD_LABELS, KEYPAD_LAYOUT, keypadKeyText, LOCALES } from '../../src/index.ts';

describe('the kiosk keypad, shared by the checkout and the hosted fields', () => {
  it('is laid out as a phone’s: 1–9 in rows, then clear, 0, backspace, in both languages', () => {
    assert.deepEqual(
      KEYPAD_LAYOUT.map((key) => keypadKeyText(key, 'en')),
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'Clear', '0', 'Delete'],
    );
    assert.deepEqual(
      KEYPAD_LAYOUT.map((key) => keypadKeyText(key, 'ar')),
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'مسح', '0', 'حذف'],
    );
  });
  it('names the pad and its editing keys in both languages', () => {
    for (const lang of LOCALES) for (const name of ['keypad', 'backspace', 'clear'] as const) assert.ok(KEYPAD_LABELS[lang][name].length > 1, `${lang} ${name}`);
    assert.match(KEYPAD_LABELS.ar.keypad, /[\u0621-\u064A]/);
  });
  it('shows on each key the word that names it (WCAG 2.5.3 label in name)', () => {
    for (const lang of LOCALES) {
      assert.equal(keypadKeyText('clear', lang), KEYPAD_LABELS[lang].clear);
      assert.equal(keypadKeyText('backspace', lang), KEYPAD_LABELS[lang].backspace);
    }
  });
});
