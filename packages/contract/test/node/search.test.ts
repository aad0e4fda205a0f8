import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesWords, normalizeSearchText, searchWords } from '@dubai-pay/contract';

describe('contract: search normalization', () => {
  const same: [string, string, string][] = [
    ['diacritics (tashkeel)', 'رُخْصَةُ', 'رخصه'],
    ['tatweel', 'رخـــصة', 'رخصه'],
    ['alef with hamza above', 'أمن', 'امن'],
    ['alef with hamza below', 'إصدار', 'اصدار'],
    ['alef with madda', 'آلية', 'اليه'],
    ['taa marbuta', 'مخالفة', 'مخالفه'],
    ['alef maqsura', 'مستشفى', 'مستشفي'],
    ['hamza on waw', 'مسؤول', 'مسوول'],
    ['hamza on yaa', 'رئيس', 'رييس'],
    ['Arabic-Indic digits', '٢٠٢٦', '2026'],
    ['Persian digits', '۲۰۲۶', '2026'],
    ['case', 'Driving LICENCE', 'driving licence'],
    ['Latin accents', 'Café', 'cafe'],
    ['punctuation and spacing', 'No-objection  certificate!', 'no objection certificate'],
  ];
  for (const [what, a, b] of same) {
    it(`folds ${what}`, () => assert.equal(normalizeSearchText(a), normalizeSearchText(b)));
  }

  it('matches every query word as a word prefix, in any order', () => {
    const text = searchWords('Renewal of a driving licence');
    assert.ok(matchesWords(searchWords('licence renew'), text));
    assert.ok(matchesWords(searchWords('DRIV'), text));
    assert.ok(!matchesWords(searchWords('licence boat'), text));
    assert.ok(!matchesWords(searchWords('icence'), text), 'not in the middle of a word');
  });

  it('matches Arabic words with or without the definite article and و/ب/ل prefixes', () => {
    const text = searchWords('تجديد رخصة القيادة');
    assert.ok(matchesWords(searchWords('قيادة'), text));
    assert.ok(matchesWords(searchWords('القيادة رخصة'), text));
    assert.ok(matchesWords(searchWords('رخصة'), searchWords('الخاصة بالرخصة')));
    assert.ok(matchesWords(searchWords('الرخصة'), searchWords('رخصة قيادة')));
  });
});
