import { caretAfterDigits, readDigitsAtCaret, type Deletion, type FormattedEdit } from './caret.ts';
import { normalizeDigits } from '@dubai-pay/contract';

/** Why an expiry date cannot be sent yet. */
export type ExpiryError = 'empty' | 'incomplete' | 'invalid_month' | 'expired' | 'too_far';

export interface Expiry {
  month: number;
  /** Four digits. */
  year: number;
}

/** The gateway refuses dates further ahead than this. */
export const MAX_YEARS_AHEAD = 20;

function monthIsValid(twoDigits: string): boolean {
  const month = Number(twoDigits);
  return month >= 1 && month <= 12;
}

/**
 * `MMYY` digits as shown while typing: `1` → `1`, `12` → `12/`, `123` → `12/3`. The slash is added
 * only while typing forward (a deletion removes it with the digit) and only after a real month
 * (`13` stays `13`, with its error).
 */
export function formatExpiry(digits: string, deletion: Deletion): string {
  if (digits.length < 2) return digits;
  if (digits.length === 2) return deletion === undefined && monthIsValid(digits) ? `${digits}/` : digits;
  return `${digits.slice(0, 2)}/${digits.slice(2, 4)}`;
}

/** `MMYY` → month and four-digit year; `undefined` when there are not four digits or the month is not one. */
export function parseExpiry(digits: string): Expiry | undefined {
  if (!/^[0-9]{4}$/.test(digits) || !monthIsValid(digits.slice(0, 2))) return undefined;
  return { month: Number(digits.slice(0, 2)), year: 2000 + Number(digits.slice(2)) };
}

/**
 * Whether the date can be sent: a real month, not before the current month and at most 20 years
 * ahead. A card is valid through the last day of its month. Months are counted in UTC, as the
 * gateway counts them.
 */
export function validateExpiry(digits: string, now: Date): ExpiryError | undefined {
  if (digits.length === 0) return 'empty';
  if (digits.length >= 2 && !monthIsValid(digits.slice(0, 2))) return 'invalid_month';
  const expiry = parseExpiry(digits);
  if (!expiry) return 'incomplete';
  const monthsLeft = (expiry.year - now.getUTCFullYear()) * 12 + (expiry.month - (now.getUTCMonth() + 1));
  if (monthsLeft < 0) return 'expired';
  if (monthsLeft > MAX_YEARS_AHEAD * 12) return 'too_far';
  return undefined;
}

/** `12/2030`, `12/30`, `1/30`, `1 - 2030` as pasted or autofilled (`cc-exp` may come with a four-digit year). */
const WHOLE_DATE = /^\s*([0-9]{1,2})\s*[/\-.\s]\s*([0-9]{2}|[0-9]{4})\s*$/;
/** A one-digit month closed by a separator the user typed: `1/` means `01/`. */
const SHORT_MONTH = /^\s*([0-9])\s*[/\-.\s]\s*([0-9]{0,2})\s*$/;

/** Applies an edit to the expiry input: digits only, `MM/YY`, a leading zero added where it must be. */
export function editExpiry(raw: string, caret: number, deletion: Deletion, previousDigits: string): FormattedEdit {
  const text = normalizeDigits(raw);
  // Only for a whole value or typing at the end: editing inside must not jump the caret away.
  const atEnd = normalizeDigits(raw.slice(caret)).trim() === '';
  const whole = deletion === undefined && atEnd ? (WHOLE_DATE.exec(text) ?? SHORT_MONTH.exec(text)) : null;
  if (whole) {
    const digits = `${whole[1]!.padStart(2, '0')}${whole[2]!.slice(-2)}`;
    const value = formatExpiry(digits, deletion);
    return { value, digits, caret: value.length };
  }
  const read = readDigitsAtCaret(raw, caret, deletion, previousDigits);
  let digits = read.digits;
  let before = read.before;
  // A first digit of 2–9 can only be a month of one digit: 5 → 05.
  if (deletion === undefined && /^[2-9]/.test(digits)) {
    digits = `0${digits}`;
    before += 1;
  }
  digits = digits.slice(0, 4);
  const value = formatExpiry(digits, deletion);
  return { value, digits, caret: caretAfterDigits(value, Math.min(before, digits.length), digits.length) };
}
