import { digitsOnly } from '@dubai-pay/contract';

/** Which way the user deleted, from `InputEvent.inputType`; `undefined` for typing and pasting. */
export type Deletion = 'backward' | 'forward' | undefined;

/** A field's content after reformatting, with where the caret goes. */
export interface FormattedEdit {
  /** What the input shows (digits with the field's separators). */
  value: string;
  /** Only the digits. */
  digits: string;
  caret: number;
}

/** The digits of an edited input, and how many of them are before the caret. */
export interface DigitsAtCaret {
  digits: string;
  before: number;
}

export function deletionOf(inputType: string | undefined): Deletion {
  if (inputType?.startsWith('deleteContentBackward') || inputType === 'deleteWordBackward') return 'backward';
  if (inputType?.startsWith('deleteContentForward') || inputType === 'deleteWordForward') return 'forward';
  return undefined;
}

/**
 * Reads what the input holds after the browser applied an edit. The caret is tracked as "after
 * the n-th digit", which survives reformatting. When a deletion removed only a separator (the
 * digits did not change), the digit next to it is removed instead, as the user meant: otherwise
 * Backspace right after a space or slash would seem to do nothing.
 */
export function readDigitsAtCaret(raw: string, caret: number, deletion: Deletion, previousDigits: string): DigitsAtCaret {
  let digits = digitsOnly(raw);
  let before = digitsOnly(raw.slice(0, caret)).length;
  if (deletion !== undefined && digits === previousDigits) {
    if (deletion === 'backward' && before > 0) {
      digits = digits.slice(0, before - 1) + digits.slice(before);
      before -= 1;
    } else if (deletion === 'forward' && before < digits.length) {
      digits = digits.slice(0, before) + digits.slice(before + 1);
    }
  }
  return { digits, before };
}

/**
 * Where the caret goes in `formatted` so that it stays right after the same digit. At the end of
 * the digits it goes to the very end, past a separator the formatter added (`05/`).
 */
export function caretAfterDigits(formatted: string, digitsBefore: number, totalDigits: number): number {
  if (digitsBefore >= totalDigits) return formatted.length;
  if (digitsBefore <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i++) {
    const code = formatted.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++seen === digitsBefore) return i + 1;
  }
  return formatted.length;
}

/** Applies an edit to a digits-only input: at most `maxDigits`, shown through `format`. */
export function editDigits(
  raw: string,
  caret: number,
  deletion: Deletion,
  previousDigits: string,
  maxDigits: number,
  format: (digits: string) => string = (digits) => digits,
): FormattedEdit {
  const read = readDigitsAtCaret(raw, caret, deletion, previousDigits);
  const digits = read.digits.slice(0, maxDigits);
  const value = format(digits);
  return { value, digits, caret: caretAfterDigits(value, Math.min(read.before, digits.length), digits.length) };
}
