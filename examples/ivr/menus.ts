import { type Answer, ask, type CollectWords } from './collect.ts';
import type { PhoneLine } from './phone-line.ts';
import { type Language, say } from './prompts.ts';
import type { Timeouts } from './timeouts.ts';

/** Choices read per page: keys 1–8; 9 is "more", 0 "back", star "again". */
export const PAGE_SIZE = 8;

export interface MenuItem<T> {
  name: string;
  value: T;
}

/** The items on page `index` (wrapping round), and whether there are other pages. */
export function menuPage<T>(items: readonly T[], index: number): { shown: T[]; paged: boolean } {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const start = (index % pages) * PAGE_SIZE;
  return { shown: items.slice(start, start + PAGE_SIZE), paged: pages > 1 };
}

/**
 * A spoken menu of at most nine keys: up to eight choices, 9 for the next page when there are
 * more, 0 to go back when `back` is allowed. A menu of one choice is still read, so the caller
 * knows where they are.
 */
export async function chooseFrom<T>(
  line: PhoneLine,
  timeouts: Timeouts,
  words: CollectWords,
  language: Language,
  title: string,
  items: readonly MenuItem<T>[],
  back: boolean,
): Promise<Answer<T | 'back'>> {
  for (let page = 0; ; page++) {
    const { shown, paged } = menuPage(items, page);
    const prompt = [
      title,
      ...shown.map((item, i) => say(language, 'choice', { name: item.name, key: i + 1 })),
      paged ? say(language, 'more') : '',
      back ? say(language, 'back') : '',
      say(language, 'repeat'),
    ]
      .filter(Boolean)
      .join(' ');
    const answer = await ask(line, timeouts, words, {
      prompt,
      digits: 'one',
      accept: (key): T | 'back' | 'more' | undefined => {
        if (key === '9' && paged) return 'more';
        if (key === '0' && back) return 'back';
        return shown[Number(key) - 1]?.value;
      },
    });
    if (answer.value !== 'more') return answer as Answer<T | 'back'>;
  }
}
