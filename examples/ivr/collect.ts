import type { PhoneLine } from './phone-line.ts';
import type { Timeouts } from './timeouts.ts';

/** A question put to the caller: a menu (one key decides) or a number of `min`…`max` digits. */
export interface Question<T> {
  /** Said when asked, and again on `*`, after a silence or a wrong answer. */
  prompt: string;
  /** `one`: a single key; otherwise digits, ended by `#`, by reaching `max`, or by a pause once `min` are in. */
  digits: 'one' | { min: number; max: number };
  /** Card data: the log shows dots, never the digits. */
  secret?: boolean;
  /** The value for what was keyed, or undefined when it is not an answer. */
  accept(entry: string): T | undefined;
  /** Said when `accept` refuses an entry (default: "That is not one of the options."). */
  refused?: string;
}

/** What the line says when the caller does not answer, or answers wrongly. */
export interface CollectWords {
  noInput: string;
  noInputGoodbye: string;
  incomplete: string;
  notAnOption: string;
  tooManyTries: string;
}

export type Answer<T> = { value: T; ended?: undefined } | { value?: undefined; ended: 'hung_up' | 'no_input' | 'too_many_tries' };

/** A menu's `accept`: the value for each key it offers. */
export function keys<V>(choices: Record<string, V>): (key: string) => V | undefined {
  return (key) => (Object.hasOwn(choices, key) ? choices[key] : undefined);
}

type Entry = { kind: 'entry'; digits: string; by: 'hash' | 'length' | 'pause' } | { kind: 'repeat' } | { kind: 'silence' } | { kind: 'hung_up' };

/**
 * Asks until the caller answers: `*` says the question again (partial digits dropped), `#` ends a
 * number of varying length (and is ignored when nothing was keyed: a stray Enter), silence is
 * met with "I didn't hear anything" and the question again, `noInputRetries` times, then a
 * polite goodbye; wrong answers `maxInvalid` times end the call too.
 */
export async function ask<T>(line: PhoneLine, timeouts: Timeouts, words: CollectWords, question: Question<T>): Promise<Answer<T>> {
  let silences = 0;
  let wrong = 0;
  let preface = '';
  for (;;) {
    line.say(`${preface}${question.prompt}`);
    preface = '';
    const entry = await readEntry(line, timeouts, question);
    if (entry.kind === 'hung_up') return { ended: 'hung_up' };
    if (entry.kind === 'repeat') {
      line.note('Caller: *');
      continue;
    }
    if (entry.kind === 'silence') {
      line.note(`(no key for ${timeouts.firstDigit / 1000} s)`);
      if (++silences > timeouts.noInputRetries) {
        line.say(words.noInputGoodbye);
        return { ended: 'no_input' };
      }
      preface = `${words.noInput} `;
      continue;
    }
    const shown = question.secret ? '•'.repeat(entry.digits.length) : entry.digits;
    line.note(`Caller: ${shown}${entry.by === 'hash' ? '#' : ''}${entry.by === 'pause' ? ` (then no key for ${timeouts.interDigit / 1000} s)` : ''}`);
    const tooShort = question.digits !== 'one' && entry.digits.length < question.digits.min;
    const value = tooShort ? undefined : question.accept(entry.digits);
    if (value !== undefined) return { value };
    if (++wrong >= timeouts.maxInvalid) {
      line.say(words.tooManyTries);
      return { ended: 'too_many_tries' };
    }
    preface = `${tooShort && entry.by === 'pause' ? words.incomplete : (question.refused ?? words.notAnOption)} `;
  }
}

async function readEntry(line: PhoneLine, timeouts: Timeouts, question: Question<unknown>): Promise<Entry> {
  let digits = '';
  const max = question.digits === 'one' ? 1 : question.digits.max;
  for (;;) {
    const key = await line.next(digits === '' ? timeouts.firstDigit : timeouts.interDigit);
    if (key === 'hung_up') return { kind: 'hung_up' };
    if (key === 'timeout') return digits === '' ? { kind: 'silence' } : { kind: 'entry', digits, by: 'pause' };
    if (key === '*') return { kind: 'repeat' };
    if (key === '#') {
      if (digits === '') continue;
      return { kind: 'entry', digits, by: 'hash' };
    }
    digits += key;
    if (digits.length >= max) return { kind: 'entry', digits, by: 'length' };
  }
}
