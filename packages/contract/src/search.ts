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
 * matched after the definite article (ال) and common one-letter prefixes (و ب ل): a query word
 * `q` matches a word `w` when `w` starts with `q`, or `w` without its prefix starts with `q`
 * without its own. For one text; to search many texts again and again (a catalog as a customer
 * types), index them once with `SearchIndex`, which matches exactly the same way.
 */
export function matchesWords(queryWords: readonly string[], haystackWords: readonly string[]): boolean {
  // Prefixes are taken off only when a word is not found as typed, and then once per word, not once per pair of words.
  let stripped: string[] | undefined;
  return queryWords.every((q) => {
    if (haystackWords.some((word) => word.startsWith(q))) return true;
    stripped ??= haystackWords.map(stripArabicPrefix);
    const strippedQ = stripArabicPrefix(q);
    return stripped.some((word) => word.startsWith(strippedQ));
  });
}

/** The letters an Arabic prefix starts with: و ب ل ف ك ا. */
const PREFIX_STARTS = new Set([0x0648, 0x0628, 0x0644, 0x0641, 0x0643, 0x0627]);

/** The word without its Arabic prefix (the article, alone or after و ب ل ف ك; else و ب ل) when two Arabic letters follow it. */
function stripArabicPrefix(word: string): string {
  if (!PREFIX_STARTS.has(word.charCodeAt(0))) return word; // most words: no regex
  return word.replace(/^(?:[\u0648\u0628\u0644\u0641\u0643]?\u0627\u0644|[\u0648\u0628\u0644])(?=[\u0621-\u064a]{2})/, '');
}

/** The distinct words of many texts, sorted, each with the texts it is in (ascending positions). */
class WordList {
  readonly words: string[];
  readonly texts: number[][];

  constructor(byWord: Map<string, number[]>) {
    this.words = [...byWord.keys()].sort();
    this.texts = this.words.map((word) => byWord.get(word)!);
  }

  /** Marks the texts having a word that starts with `prefix`: the words that do are one run of the sorted list. */
  markTexts(prefix: string, marks: Uint8Array): void {
    const { words, texts } = this;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (words[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < words.length && words[i]!.startsWith(prefix); i++) for (const text of texts[i]!) marks[text] = 1;
  }
}

/**
 * Many texts (a catalog's services) indexed once for search as you type: the distinct words of all
 * of them, and the same words without their Arabic prefix, each sorted with the texts it is in.
 * A query word then finds the words it starts with a binary search, instead of being compared
 * with every word of every text, and no prefix is taken off at search time but the query's own.
 * Matches exactly as `matchesWords` does, text by text.
 */
export class SearchIndex {
  /** How many texts were indexed. */
  readonly size: number;
  readonly #words: WordList;
  readonly #stripped: WordList;

  /** Texts, or their words as `searchWords` gives them. */
  constructor(texts: readonly (string | readonly string[])[]) {
    this.size = texts.length;
    const byWord = new Map<string, number[]>();
    const byStripped = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, word: string, text: number) => {
      const list = map.get(word);
      if (!list) map.set(word, [text]);
      else if (list[list.length - 1] !== text) list.push(text);
    };
    texts.forEach((text, i) => {
      for (const word of typeof text === 'string' ? searchWords(text) : text) {
        add(byWord, word, i);
        add(byStripped, stripArabicPrefix(word), i);
      }
    });
    this.#words = new WordList(byWord);
    this.#stripped = new WordList(byStripped);
  }

  /** The positions of the texts matching a query (a text, or its words), in order; every text for a query without words. */
  search(query: string | readonly string[]): number[] {
    const queryWords = typeof query === 'string' ? searchWords(query) : query;
    let matching: Uint8Array | null = null;
    for (const q of queryWords) {
      const marks = new Uint8Array(this.size);
      this.#words.markTexts(q, marks);
      this.#stripped.markTexts(stripArabicPrefix(q), marks);
      if (matching) for (let i = 0; i < marks.length; i++) matching[i] = matching[i]! & marks[i]!;
      else matching = marks;
    }
    const found: number[] = [];
    for (let i = 0; i < this.size; i++) if (!matching || matching[i]) found.push(i);
    return found;
  }
}
