// Amounts as a voice says them: "two hundred and twenty dirhams", "مئتان وعشرون درهمًا".
// Text-to-speech engines read "AED 220.00" as letters and digits; a payment line says words.
import type { Language } from './prompts.ts';

const EN_ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_SCALES = [
  [1_000_000_000, 'billion'],
  [1_000_000, 'million'],
  [1000, 'thousand'],
] as const;

/** 0 ≤ n < 10¹²: "three hundred and twenty", "one thousand and five" (British usage, as in the UAE). */
export function englishWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`No words for ${n}`);
  if (n === 0) return 'zero';
  const parts: string[] = [];
  let rest = n;
  for (const [size, name] of EN_SCALES) {
    if (rest >= size) {
      parts.push(`${underThousand(Math.floor(rest / size))} ${name}`);
      rest %= size;
    }
  }
  if (rest > 0) parts.push(rest < 100 && parts.length > 0 ? `and ${underThousand(rest)}` : underThousand(rest));
  return parts.join(' ');
}

function underThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const tens = rest < 20 ? EN_ONES[rest] : `${EN_TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${EN_ONES[rest % 10]}` : ''}`;
  if (hundreds === 0) return tens ?? '';
  return rest === 0 ? `${EN_ONES[hundreds]} hundred` : `${EN_ONES[hundreds]} hundred and ${tens}`;
}

// Arabic: the counted noun is masculine (درهم، فلس، ألف، مليون), so 3–10 take the feminine form
// (ثلاثة دراهم) and the noun's form follows the number: 1 the noun then واحد, 2 the dual, 3–10 the
// plural, 11–99 the singular with tanween (درهمًا), 100, 1000 … the singular (درهم). These are
// exactly the categories of Intl.PluralRules('ar'): one, two, few, many, other.
const AR_ONES = ['', 'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'];
const AR_TEENS = ['', 'أحد عشر', 'اثنا عشر'];
const AR_TENS = ['', 'عشرة', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون'];
const AR_HUNDREDS = ['', 'مئة', 'مئتان', 'ثلاثمئة', 'أربعمئة', 'خمسمئة', 'ستمئة', 'سبعمئة', 'ثمانمئة', 'تسعمئة'];

/** The forms of a counted masculine noun: [one, two (dual), few (3–10), many (11–99), other (100 …)]. */
export interface ArabicNoun {
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

export const DIRHAM: ArabicNoun = { one: 'درهم', two: 'درهمان', few: 'دراهم', many: 'درهمًا', other: 'درهم' };
export const FILS: ArabicNoun = { one: 'فلس', two: 'فلسان', few: 'فلوس', many: 'فلسًا', other: 'فلس' };
const THOUSAND: ArabicNoun = { one: 'ألف', two: 'ألفان', few: 'آلاف', many: 'ألفًا', other: 'ألف' };
const MILLION: ArabicNoun = { one: 'مليون', two: 'مليونان', few: 'ملايين', many: 'مليونًا', other: 'مليون' };
const BILLION: ArabicNoun = { one: 'مليار', two: 'ملياران', few: 'مليارات', many: 'مليارًا', other: 'مليار' };

const arabicPlural = new Intl.PluralRules('ar');

/** 1 ≤ n ≤ 999 as words, without a noun: "مئتان وعشرون", "ثلاثة عشر". */
function arabicUnderThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const ones = rest % 10;
  const tens = Math.floor(rest / 10);
  let restWords = '';
  if (rest > 0 && rest <= 10) restWords = AR_ONES[rest] ?? '';
  else if (rest > 10 && rest < 20) restWords = AR_TEENS[rest - 10] ?? `${AR_ONES[ones]} عشر`;
  else if (rest >= 20) restWords = ones === 0 ? (AR_TENS[tens] ?? '') : `${AR_ONES[ones]} و${AR_TENS[tens]}`;
  const parts = [AR_HUNDREDS[hundreds] ?? '', restWords].filter(Boolean);
  return parts.join(' و');
}

/**
 * n counted things: "درهم واحد", "درهمان", "ثلاثة دراهم", "أحد عشر درهمًا", "مئتا درهم",
 * "مئتان وعشرون درهمًا", "ألف ومئة وواحد درهم". 0 < n < 10¹².
 */
export function arabicCount(n: number, noun: ArabicNoun): string {
  if (!Number.isSafeInteger(n) || n <= 0 || n >= 1e12) throw new RangeError(`No words for ${n}`);
  const category = arabicPlural.select(n);
  if (n === 1) return `${noun.one} واحد`;
  if (n === 2) return noun.two;
  const words = arabicNumber(n);
  if (category === 'few') return `${words} ${noun.few}`;
  if (category === 'many') return `${words} ${noun.many}`;
  // Before the noun a final مئتان / ألفان … loses its nūn (construct state): مئتا درهم، ألفا درهم.
  return `${words.replace(/(مئت|ألف|مليون|مليار)ان$/, '$1ا')} ${noun.other}`;
}

/** n as Arabic words, no noun: "ألف ومئتان وخمسون". 0 ≤ n < 10¹². */
export function arabicNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`No words for ${n}`);
  if (n === 0) return 'صفر';
  const parts: string[] = [];
  let rest = n;
  for (const [size, noun] of [
    [1_000_000_000, BILLION],
    [1_000_000, MILLION],
    [1000, THOUSAND],
  ] as const) {
    const count = Math.floor(rest / size);
    rest %= size;
    if (count === 0) continue;
    // "ألف", "ألفان" alone; "ثلاثة آلاف", "أحد عشر ألفًا", "مئة ألف" with their count.
    parts.push(count === 1 ? noun.one : count === 2 ? noun.two : arabicCount(count, noun));
  }
  if (rest > 0) parts.push(arabicUnderThousand(rest));
  return parts.join(' و');
}

/** An amount in fils as a voice says it, in dirhams and fils: "three hundred and twenty dirhams and fifty fils". */
export function amountInWords(fils: number, language: Language): string {
  if (!Number.isSafeInteger(fils) || fils < 0) throw new RangeError(`Not an amount in fils: ${fils}`);
  const dirhams = Math.floor(fils / 100);
  const rest = fils % 100;
  if (language === 'en') {
    const plural = new Intl.PluralRules('en');
    const d = `${englishWords(dirhams)} ${plural.select(dirhams) === 'one' ? 'dirham' : 'dirhams'}`;
    const f = `${englishWords(rest)} fils`;
    return dirhams === 0 && rest > 0 ? f : rest === 0 ? d : `${d} and ${f}`;
  }
  if (dirhams === 0 && rest === 0) return 'صفر درهم';
  const parts = [dirhams > 0 ? arabicCount(dirhams, DIRHAM) : '', rest > 0 ? arabicCount(rest, FILS) : ''].filter(Boolean);
  return parts.join(' و');
}

const DIGIT_WORDS: Record<Language, readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  ar: ['صفر', 'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'],
};

/** Latin letters by their Arabic names, as a Dubai caller hears "DXB" said in Arabic (دي، إكس، بي): an Arabic voice cannot read a Latin letter. */
const LETTER_NAMES_AR: Record<string, string> = {
  A: 'إيه',
  B: 'بي',
  C: 'سي',
  D: 'دي',
  E: 'إي',
  F: 'إف',
  G: 'جي',
  H: 'إتش',
  I: 'آي',
  J: 'جيه',
  K: 'كيه',
  L: 'إل',
  M: 'إم',
  N: 'إن',
  O: 'أو',
  P: 'بي',
  Q: 'كيو',
  R: 'آر',
  S: 'إس',
  T: 'تي',
  U: 'يو',
  V: 'في',
  W: 'دبليو',
  X: 'إكس',
  Y: 'واي',
  Z: 'زد',
};

/**
 * A code read a character at a time, as a voice reads a card's last four or a receipt number:
 * digits as words, letters as letters (by their Arabic names in Arabic), a dash as the word.
 */
export function spellOut(text: string, language: Language): string {
  const dash = language === 'en' ? 'dash' : 'شرطة';
  const letter = (c: string) => (language === 'ar' ? (LETTER_NAMES_AR[c.toUpperCase()] ?? c) : c.toUpperCase());
  return [...text].map((c) => (c >= '0' && c <= '9' ? DIGIT_WORDS[language][Number(c)] : c === '-' || c === '_' ? dash : letter(c))).join(language === 'en' ? ', ' : '، ');
}

/**
 * Text from the gateway made speakable: a run of five or more digits (an account or file number
 * in an item's description) is read a digit at a time, not as "two billion …".
 */
export function spokenDigits(text: string, language: Language): string {
  return text.replace(/[0-9]{5,}/g, (run) => spellOut(run, language));
}
