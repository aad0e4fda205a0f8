import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ar, en, errorMessage, translations, validateEdirhamNumber, validateField, type FieldKey, type FieldValues, type FrameStrings } from '@dubai-pay/frame';

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

describe('frame: error messages say what is wrong and what to do (WCAG 3.3.1, 3.3.3)', () => {
  const NOW = new Date(Date.UTC(2026, 4, 15));
  const visa = '4242424242424242';

  it('a wrong check digit in an e-Dirham number is not told as a wrong start', () => {
    // 7840000000000001 starts with 784: only its check digit is wrong.
    const error = validateEdirhamNumber('7840000000000001');
    assert.equal(error, 'invalid');
    assert.doesNotMatch(errorMessage(en, 'edirhamNumber', error!), /784|start/i);
    assert.doesNotMatch(errorMessage(ar, 'edirhamNumber', error!), /784|يبدأ/);
    assert.match(errorMessage(en, 'edirhamNumber', error!), /digit/);
    assert.match(errorMessage(ar, 'edirhamNumber', error!), /أرقام/);
    // A wrong start is told as one.
    assert.equal(validateEdirhamNumber('7850000000000000'), 'prefix');
    assert.match(errorMessage(en, 'edirhamNumber', 'prefix'), /starts with 784/);
    assert.match(errorMessage(ar, 'edirhamNumber', 'prefix'), /يبدأ .*784/);
  });

  // Each field's empty, incomplete and wrong values; what the message must say in each language.
  const cases: [FieldKey, FieldValues, string, RegExp, RegExp][] = [
    ['number', {}, 'empty', /^Enter the card number/, /^أدخل رقم البطاقة/],
    ['number', { number: '4242' }, 'incomplete', /too short.*every digit/, /أقصر.*جميع الأرقام/],
    ['number', { number: '4242424242424241' }, 'invalid', /digit .*wrong.*Check each digit/, /غير صحيح.*كل رقم/],
    ['expiry', {}, 'empty', /^Enter the expiry date/, /^أدخل تاريخ انتهاء/],
    ['expiry', { expiry: '12' }, 'incomplete', /month and the year, for example/, /الشهر والسنة، مثل/],
    ['expiry', { expiry: '13' }, 'invalid_month', /month must be from 01 to 12/, /الشهر من 01 إلى 12/],
    ['expiry', { expiry: '0126' }, 'expired', /passed.*Check the date/, /مضى.*تحقق من التاريخ/],
    ['expiry', { expiry: '1299' }, 'too_far', /more than 20 years.*Check the year/, /أكثر من 20 سنة.*تحقق من السنة/],
    ['cvc', { number: visa }, 'empty', /^Enter the security code \(CVC\)/, /^أدخل رمز الأمان/],
    ['cvc', { number: visa, cvc: '12' }, 'incomplete', /too short.*all its digits/, /أقصر.*جميع أرقامه/],
    ['cvc', { number: visa, cvc: '1234' }, 'invalid', /3 digits on the back/, /3 أرقام على ظهر/],
    ['name', { name: 'R2D2' }, 'invalid', /without digits/, /دون أرقام/],
    ['edirhamNumber', {}, 'empty', /^Enter the e-Dirham card number/, /^أدخل رقم بطاقة الدرهم/],
    ['edirhamNumber', { edirhamNumber: '784000' }, 'incomplete', /too short.*16 digits/, /أقصر.*الستة عشر/],
    ['edirhamNumber', { edirhamNumber: '4242' }, 'prefix', /starts with 784/, /يبدأ .*784/],
    ['edirhamNumber', { edirhamNumber: '7840000000000001' }, 'invalid', /digit .*wrong/, /غير صحيح.*كل رقم/],
    ['pin', {}, 'empty', /^Enter the PIN/, /^أدخل الرقم السري/],
    ['pin', { pin: '12' }, 'incomplete', /too short.*4 digits/, /أقصر.*الأربعة/],
  ];
  for (const [key, values, error, english, arabic] of cases) {
    it(`${key} ${JSON.stringify(values)} → ${error}: ${english} / ${arabic}`, () => {
      assert.equal(validateField(key, values, NOW), error);
      assert.match(errorMessage(en, key, error as never), english);
      assert.match(errorMessage(ar, key, error as never), arabic);
    });
  }

  it('no message only says "not valid, try again"', () => {
    for (const strings of [en, ar]) for (const [path, value] of leaves(strings.errors)) assert.doesNotMatch(value as string, /try again|حاول مرة أخرى/i, path);
  });
});
