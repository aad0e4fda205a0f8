import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schemeNames } from '../../src/scheme-marks.ts';

// The card radio's description lists the schemes as Intl.ListFormat would, without calling it
// in the page (its first use loads ICU's list data in the middle of the first render).
test('the schemes read as Intl.ListFormat lists them, in English and Arabic', () => {
  for (const lang of ['en', 'ar'] as const) {
    const names = schemeNames(lang).split(lang === 'en' ? /, (?:and )?/ : / و/);
    assert.equal(names.length, 6);
    assert.equal(schemeNames(lang), new Intl.ListFormat(lang, { type: 'conjunction' }).format(names));
  }
  assert.equal(schemeNames('en'), 'Visa, Mastercard, American Express, UnionPay, JCB, and Discover');
  assert.equal(schemeNames('ar'), 'فيزا وماستركارد وأمريكان إكسبريس ويونيون باي وجي سي بي وديسكفر');
});
