import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { amountInWords, arabicCount, arabicNumber, DIRHAM, englishWords, FILS, spellOut, spokenDigits } from '../number-words.ts';

describe('examples/ivr: amounts in words', () => {
  it('English numbers, British style', () => {
    const cases: [number, string][] = [
      [0, 'zero'],
      [7, 'seven'],
      [13, 'thirteen'],
      [40, 'forty'],
      [99, 'ninety-nine'],
      [100, 'one hundred'],
      [220, 'two hundred and twenty'],
      [1005, 'one thousand and five'],
      [12_345, 'twelve thousand three hundred and forty-five'],
      [2_000_000, 'two million'],
    ];
    for (const [n, words] of cases) assert.equal(englishWords(n), words, String(n));
  });

  it('English amounts in dirhams and fils, singular and plural', () => {
    assert.equal(amountInWords(22_000, 'en'), 'two hundred and twenty dirhams');
    assert.equal(amountInWords(100, 'en'), 'one dirham');
    assert.equal(amountInWords(32_050, 'en'), 'three hundred and twenty dirhams and fifty fils');
    assert.equal(amountInWords(101, 'en'), 'one dirham and one fils');
    assert.equal(amountInWords(75, 'en'), 'seventy-five fils');
    assert.equal(amountInWords(0, 'en'), 'zero dirhams');
  });

  it('Arabic numbers: 1, 2, 3–10, 11–19, tens, hundreds, thousands', () => {
    const cases: [number, string][] = [
      [3, 'ثلاثة'],
      [10, 'عشرة'],
      [11, 'أحد عشر'],
      [12, 'اثنا عشر'],
      [15, 'خمسة عشر'],
      [20, 'عشرون'],
      [21, 'واحد وعشرون'],
      [99, 'تسعة وتسعون'],
      [100, 'مئة'],
      [220, 'مئتان وعشرون'],
      [305, 'ثلاثمئة وخمسة'],
      [1000, 'ألف'],
      [2000, 'ألفان'],
      [3000, 'ثلاثة آلاف'],
      [11_000, 'أحد عشر ألفًا'],
      [1250, 'ألف ومئتان وخمسون'],
      [100_000, 'مئة ألف'],
    ];
    for (const [n, words] of cases) assert.equal(arabicNumber(n), words, String(n));
  });

  it('Arabic counted noun agrees with the number (Intl.PluralRules categories)', () => {
    const cases: [number, string][] = [
      [1, 'درهم واحد'],
      [2, 'درهمان'],
      [3, 'ثلاثة دراهم'],
      [10, 'عشرة دراهم'],
      [11, 'أحد عشر درهمًا'],
      [25, 'خمسة وعشرون درهمًا'],
      [100, 'مئة درهم'],
      [103, 'مئة وثلاثة دراهم'],
      [200, 'مئتا درهم'],
      [220, 'مئتان وعشرون درهمًا'],
      [320, 'ثلاثمئة وعشرون درهمًا'],
      [1000, 'ألف درهم'],
      [2000, 'ألفا درهم'],
      [5000, 'خمسة آلاف درهم'],
    ];
    for (const [n, words] of cases) assert.equal(arabicCount(n, DIRHAM), words, String(n));
    assert.equal(arabicCount(50, FILS), 'خمسون فلسًا');
    assert.equal(arabicCount(2, FILS), 'فلسان');
  });

  it('Arabic amounts in dirhams and fils', () => {
    assert.equal(amountInWords(22_000, 'ar'), 'مئتان وعشرون درهمًا');
    assert.equal(amountInWords(32_050, 'ar'), 'ثلاثمئة وعشرون درهمًا وخمسون فلسًا');
    assert.equal(amountInWords(150, 'ar'), 'درهم واحد وخمسون فلسًا');
    assert.equal(amountInWords(5, 'ar'), 'خمسة فلوس');
  });

  it('nothing a voice cannot say: no digits, no currency code, no direction marks', () => {
    for (const fils of [1, 99, 100, 32_000, 123_456, 99_999_999]) {
      for (const language of ['en', 'ar'] as const) {
        const words = amountInWords(fils, language);
        assert.doesNotMatch(words, /[0-9٠-٩]|AED|د\.إ|[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/, `${fils} ${language}: ${words}`);
      }
    }
  });

  it('codes spelled a character at a time', () => {
    assert.equal(spellOut('4242', 'en'), 'four, two, four, two');
    assert.equal(spellOut('DXB-07', 'en'), 'D, X, B, dash, zero, seven');
    assert.equal(spellOut('4242', 'ar'), 'أربعة، اثنان، أربعة، اثنان');
    // An Arabic voice says Latin letters by their Arabic names, never the Latin letter itself.
    assert.equal(spellOut('DXB-07', 'ar'), 'دي، إكس، بي، شرطة، صفر، سبعة');
    assert.doesNotMatch(spellOut('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'ar'), /[A-Za-z]/);
    assert.equal(spokenDigits('Bill for account 20001, 3 copies', 'en'), 'Bill for account two, zero, zero, zero, one, 3 copies');
  });
});
