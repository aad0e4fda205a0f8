import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesWords, normalizeSearchText, SearchIndex, searchWords } from '@dubai-pay/contract';

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

  /** [query, text, matches?]: the Arabic prefix rule's edges, as they are (and must stay). */
  const arabicPrefixes: [string, string, boolean, string][] = [
    ['قيادة', 'القيادة', true, 'the article on the text'],
    ['القيادة', 'قيادة', true, 'the article on the query'],
    ['بالقيادة', 'والقيادة', true, 'different prefixes on both: each stripped'],
    ['رخصة', 'بالرخصة', true, 'ب + the article'],
    ['رخصة', 'والرخصة', true, 'و + the article'],
    ['رخصة', 'فالرخصة', true, 'ف + the article'],
    ['رخصة', 'كالرخصة', true, 'ك + the article'],
    ['رخصة', 'لالرخصة', true, 'ل + the article'],
    ['رخصة', 'ورخصة', true, 'و alone'],
    ['رخصة', 'برخصة', true, 'ب alone'],
    ['رخصة', 'لرخصة', true, 'ل alone'],
    ['رخصة', 'فرخصة', false, 'ف alone is not a prefix'],
    ['رخصة', 'كرخصة', false, 'ك alone is not a prefix'],
    ['رخصة', 'للرخصة', false, 'one prefix only: لل is ل + ل, not the article'],
    ['لرخصة', 'للرخصة', false, 'a query’s own ل is stripped too (a known gap, kept)'],
    ['للرخصة', 'للرخصة', true, 'as typed'],
    ['رخصة', 'وبالرخصة', false, 'one prefix only'],
    ['رخ', 'بالرخصة', true, 'a query being typed: a prefix of the stripped word'],
    ['الر', 'الرخصة', true, 'a query being typed, the article and one letter: as typed'],
    ['الر', 'رخصة', false, 'the article and one letter is not stripped (two letters must follow)'],
    ['المر', 'مركبة', true, 'the article and two letters is stripped'],
    ['بالر', 'الرخصة', false, 'بال and one letter is not stripped'],
    ['بالرخ', 'الرخصة', true, 'بال and two letters is stripped'],
    ['ال', 'الرخصة', true, 'the article alone: as typed'],
    ['ال', 'رخصة', false, 'the article alone does not match everything'],
    ['و', 'وزارة', true, 'one letter: as typed'],
    ['وزارة', 'الوزارة', false, 'a query word starting with و loses it, the text’s word after the article keeps it (a known gap, kept)'],
    ['وزارة', 'وزارة', true, 'as typed'],
    ['زارة', 'وزارة', true, 'and و stripped from a word that starts with it (the rule does not know roots)'],
    ['لد', 'الد', false, 'the article and one letter in the text is not stripped'],
    ['الد', 'والد', true, 'و stripped when the article and one letter follow'],
    ['vehicle', 'والرخصة vehicles', true, 'Latin words as typed'],
    ['لvehicle', 'vehicle', false, 'Arabic prefixes only before Arabic letters'],
    ['الملكية', 'ملكيه', true, 'with taa marbuta folded'],
    ['بالأمن', 'امن', true, 'with hamza folded (two letters after the article)'],
  ];
  for (const [query, text, expected, what] of arabicPrefixes) {
    it(`Arabic prefixes: ${what} (${query} in ${text}: ${expected})`, () => assert.equal(matchesWords(searchWords(query), searchWords(text)), expected));
  }

  it('an empty query matches everything, even no words; a word matches nothing in no words', () => {
    assert.ok(matchesWords([], []));
    assert.ok(matchesWords([], searchWords('رخصة')));
    assert.ok(!matchesWords(searchWords('رخصة'), []));
  });
});

/** The rule as first written (a regex per comparison): what any faster form must agree with. */
function referenceMatch(queryWords: readonly string[], haystackWords: readonly string[]): boolean {
  const strip = (word: string) => word.replace(/^(?:[\u0648\u0628\u0644\u0641\u0643]?\u0627\u0644|[\u0648\u0628\u0644])(?=[\u0621-\u064a]{2})/, '');
  return queryWords.every((q) => haystackWords.some((word) => word.startsWith(q) || strip(word).startsWith(strip(q))));
}

/** Catalog-like texts in both languages, with and without prefixes, short words and digits. */
export const SEARCH_CORPUS = [
  'تجديد رخصة القيادة',
  'بدل فاقد أو تالف لرخصة القيادة',
  'تجديد ترخيص مركبة خفيفة (الملكية) لمدة سنة بعد اجتيازها الفحص الفني.',
  'مخالفات المرور والرادار',
  'شهادة حسن السيرة والسلوك',
  'فاتورة الكهرباء والمياه',
  'للمركبات الثقيلة وللدراجات',
  'بالرخصة كالعادة فالوزارة وبالأمن',
  'لل ال و ب ل والد الد لد',
  'ء ءء ال ءء',
  'Vehicle registration renewal',
  'Driving licence renewal for holders aged 21 and over',
  'Good conduct certificate (police clearance)',
  'Trade licence Café no-objection certificate 2026',
  'DEWA water and electricity bill',
];

describe('contract: search matches as the reference rule does', () => {
  /** Query words: every prefix of every word of the corpus, bare and with each Arabic prefix put before it. */
  function queryWords(): string[] {
    const words = new Set<string>();
    const prefixes = ['', 'و', 'ب', 'ل', 'ف', 'ك', 'ال', 'وال', 'بال', 'لل', 'فال', 'كال', 'لال', 'وب'];
    for (const text of SEARCH_CORPUS)
      for (const word of searchWords(text)) for (let end = 1; end <= word.length; end++) for (const prefix of prefixes) words.add(normalizeSearchText(prefix + word.slice(0, end)));
    words.delete('');
    return [...words];
  }

  it('agrees on every one-word query over every text', () => {
    const texts = SEARCH_CORPUS.map(searchWords);
    let matched = 0;
    for (const q of queryWords())
      for (const text of texts) {
        const expected = referenceMatch([q], text);
        matched += Number(expected);
        assert.equal(matchesWords([q], text), expected, `${q} in ${text.join(' ')}`);
      }
    assert.ok(matched > 1000, 'the corpus exercises matches, not only misses');
  });

  it('agrees on two-word queries', () => {
    const texts = SEARCH_CORPUS.map(searchWords);
    const words = queryWords();
    for (let i = 0; i < words.length; i += 7)
      for (let j = 3; j < words.length; j += 53)
        for (const text of texts) {
          const query = [words[i]!, words[j]!];
          assert.equal(matchesWords(query, text), referenceMatch(query, text), `${query.join(' ')} in ${text.join(' ')}`);
        }
  });
});

describe('contract: SearchIndex', () => {
  const texts = SEARCH_CORPUS.map(searchWords);
  const index = new SearchIndex(SEARCH_CORPUS);

  it('finds, for every query of the corpus’s words and their prefixes, the texts the reference rule matches', () => {
    const words = new Set<string>();
    const prefixes = ['', 'و', 'ب', 'ل', 'ف', 'ك', 'ال', 'وال', 'بال', 'لل', 'فال', 'كال', 'لال', 'وب'];
    for (const text of texts)
      for (const word of text) for (let end = 1; end <= word.length; end++) for (const prefix of prefixes) words.add(normalizeSearchText(prefix + word.slice(0, end)));
    const all = [...words].filter(Boolean);
    const queries = [
      ...all.map((w) => [w]),
      ...all
        .filter((_, i) => i % 11 === 0)
        .flatMap((a, i) => [
          [a, all[(i * 31) % all.length]!],
          [a, all[(i * 17) % all.length]!, all[(i * 5) % all.length]!],
        ]),
    ];
    for (const query of queries) {
      const expected = texts.flatMap((text, i) => (referenceMatch(query, text) ? [i] : []));
      assert.deepEqual(index.search(query), expected, query.join(' '));
    }
  });

  it('takes a query as typed, folded as searchWords does', () => {
    assert.deepEqual(index.search('بِالرُّخْصَة'), index.search(searchWords('بالرخصه')));
    assert.deepEqual(
      index.search('القيادة'),
      texts.flatMap((text, i) => (referenceMatch(searchWords('القيادة'), text) ? [i] : [])),
    );
  });

  it('matches every text for a query without words, and a text without words only then', () => {
    const withEmpty = new SearchIndex(['', 'رخصة', []]);
    assert.deepEqual(withEmpty.search(''), [0, 1, 2]);
    assert.deepEqual(withEmpty.search('  !! '), [0, 1, 2]);
    assert.deepEqual(withEmpty.search('رخ'), [1]);
    assert.deepEqual(withEmpty.search(['']), [1], 'an empty word (not from searchWords) starts every word, as in matchesWords');
    assert.equal(withEmpty.size, 3);
  });

  it('indexes words given as searchWords gives them the same as the text', () => {
    assert.deepEqual(new SearchIndex(texts).search('licence renew'), index.search('licence renew'));
    assert.deepEqual(index.search('licence renew'), [11]);
  });
});
