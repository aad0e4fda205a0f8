import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ar, en, errorMessage, translations, type FrameStrings } from '@dubai-pay/frame';

/** Every leaf of a translation table, as [dotted path, value]. */
function leaves(table: object, prefix = ''): [string, unknown][] {
  return Object.entries(table).flatMap(([key, value]): [string, unknown][] =>
    value !== null && typeof value === 'object' ? leaves(value as object, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

const ARABIC_LETTER = /[\u0621-\u064a]/;

describe('frame: translations', () => {
  it('English and Arabic have the same keys', () => {
    assert.deepEqual(
      leaves(ar)
        .map(([path]) => path)
        .sort(),
      leaves(en)
        .map(([path]) => path)
        .sort(),
    );
  });

  for (const [path, value] of leaves(en)) {
    it(`en ${path} is a non-empty string`, () => {
      assert.equal(typeof value, 'string');
      assert.notEqual((value as string).trim(), '');
    });
  }

  for (const [path, value] of leaves(ar)) {
    it(`ar ${path} is a non-empty string${path.startsWith('$') ? '' : ' with Arabic letters'}`, () => {
      assert.equal(typeof value, 'string');
      assert.notEqual((value as string).trim(), '');
      if (!path.startsWith('$')) assert.match(value as string, ARABIC_LETTER);
    });
  }

  it('English has no Arabic letters', () => {
    for (const [path, value] of leaves(en)) assert.doesNotMatch(value as string, ARABIC_LETTER, path);
  });

  it('sets the language and direction', () => {
    assert.deepEqual([en.$code, en.$dir], ['en', 'ltr']);
    assert.deepEqual([ar.$code, ar.$dir], ['ar', 'rtl']);
    assert.equal(translations.en, en);
    assert.equal(translations.ar, ar);
  });

  const labels: [keyof FrameStrings['labels'], string, string][] = [
    ['number', 'Card number', 'رقم البطاقة'],
    ['expiry', 'Expiry date (MM/YY)', 'تاريخ الانتهاء (شهر/سنة)'],
    ['cvc', 'Security code (CVC)', 'رمز الأمان'],
    ['name', 'Name on card', 'الاسم على البطاقة'],
    ['edirhamNumber', 'e-Dirham card number', 'رقم بطاقة الدرهم الإلكتروني'],
    ['pin', 'PIN', 'الرقم السري'],
  ];
  for (const [key, english, arabic] of labels) {
    it(`label ${key}: ${english} / ${arabic}`, () => {
      assert.equal(en.labels[key], english);
      assert.equal(ar.labels[key], arabic);
    });
  }

  it('gives each field error its own message', () => {
    assert.equal(errorMessage(en, 'expiry', 'expired'), en.errors.expiry.expired);
    assert.equal(errorMessage(ar, 'pin', 'incomplete'), ar.errors.pin.incomplete);
    for (const strings of [en, ar]) {
      for (const messages of Object.values(strings.errors)) {
        const texts = Object.values(messages as Record<string, string>);
        assert.equal(new Set(texts).size, texts.length, `distinct messages: ${texts.join(' | ')}`);
      }
    }
  });
});
