/**
 * How a search query matches catalog text, in Arabic and English. Part of the contract so that
 * the gateway's `q` filter and the client's search as you type agree.
 *
 * Folded away: case, Latin accents, Arabic diacritics (tashkeel) and tatweel; alef with hamza or
 * madda → bare alef; taa marbuta → haa; alef maqsura → yaa; hamza on waw or yaa → the bare
 * letter; Arabic-Indic and Persian digits → ASCII. Word order does not matter: every word of the
 * query must start a word of the text.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '') // Latin combining accents
    .replace(/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/g, '') // tashkeel and Quranic marks
    .replace(/\u0640/g, '') // tatweel
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // آ أ إ ٱ → ا
    .replace(/\u0629/g, '\u0647') // ة → ه
    .replace(/\u0649/g, '\u064a') // ى → ي
    .replace(/\u0624/g, '\u0648') // ؤ → و
    .replace(/\u0626/g, '\u064a') // ئ → ي
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text, normalized. */
export function searchWords(text: string): string[] {
  const normalized = normalizeSearchText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * True when every query word starts some word of the haystack words. Arabic words are also
 * matched after the definite article (ال) and common one-letter prefixes (و ب ل).
 */
export function matchesWords(queryWords: readonly string[], haystackWords: readonly string[]): boolean {
  return queryWords.every((q) => haystackWords.some((word) => word.startsWith(q) || stripArabicPrefix(word).startsWith(stripArabicPrefix(q))));
}

function stripArabicPrefix(word: string): string {
  return word.replace(/^(?:[\u0648\u0628\u0644\u0641\u0643]?\u0627\u0644|[\u0648\u0628\u0644])(?=[\u0621-\u064a]{2})/, '');
}
