import type { CardBrand } from '@dubai-pay/contract';
import { digitsOnly } from './digits.ts';
import { editDigits, type Deletion, type FormattedEdit } from './caret.ts';
import { luhnValid } from './luhn.ts';

/** Why a card number cannot be sent yet. */
export type CardNumberError = 'empty' | 'incomplete' | 'invalid';

/**
 * The brand from the first digits (issuer identification number ranges). Mastercard includes the
 * 2-series, 2221–2720. The order matters: `62` is UnionPay before `6…` is Discover.
 */
export function cardBrandOf(digits: string): CardBrand {
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|222[1-9]|22[3-9][0-9]|2[3-6][0-9]{2}|27[01][0-9]|2720)/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^62/.test(digits)) return 'unionpay';
  if (/^35(2[89]|[3-8])/.test(digits)) return 'jcb';
  if (/^6(011|5)/.test(digits)) return 'discover';
  return 'unknown';
}

const LENGTHS: Record<CardBrand, readonly number[]> = {
  visa: [13, 16, 19],
  mastercard: [16],
  amex: [15],
  unionpay: [16, 17, 18, 19],
  jcb: [16, 17, 18, 19],
  discover: [16, 17, 18, 19],
  // What the gateway accepts for a number of no known brand.
  unknown: [13, 14, 15, 16, 17, 18, 19],
};

/** The lengths a number of this brand can have, shortest first. */
export function cardNumberLengths(brand: CardBrand): readonly number[] {
  return LENGTHS[brand];
}

export function maxCardNumberLength(brand: CardBrand): number {
  const lengths = LENGTHS[brand];
  return lengths[lengths.length - 1] ?? 19;
}

/** Digit groups as printed on the card: 4-6-5 for Amex, fours for the others. */
export function cardNumberGroups(brand: CardBrand): readonly number[] {
  return brand === 'amex' ? [4, 6, 5] : [4, 4, 4, 4, 3];
}

/** `4242424242424242` → `4242 4242 4242 4242`; `378282246310005` → `3782 822463 10005`. */
export function formatCardNumber(digits: string): string {
  const groups: string[] = [];
  let start = 0;
  for (const size of cardNumberGroups(cardBrandOf(digits))) {
    if (start >= digits.length) break;
    groups.push(digits.slice(start, start + size));
    start += size;
  }
  return groups.join(' ');
}

/** Whether the number can be sent: a length its brand has, and a correct check digit. */
export function validateCardNumber(digits: string): CardNumberError | undefined {
  if (digits.length === 0) return 'empty';
  const lengths = cardNumberLengths(cardBrandOf(digits));
  if (lengths.includes(digits.length)) return luhnValid(digits) ? undefined : 'invalid';
  return digits.length < maxCardNumberLength(cardBrandOf(digits)) ? 'incomplete' : 'invalid';
}

/**
 * Whether no more digits can be typed; an error at that point cannot be fixed by typing on, so
 * it is shown at once rather than on leaving the field.
 */
export function cardNumberIsFull(digits: string): boolean {
  return digits.length >= maxCardNumberLength(cardBrandOf(digits));
}

/** Applies an edit to the card number input: digits only, at most the brand's length, grouped. */
export function editCardNumber(raw: string, caret: number, deletion: Deletion, previousDigits: string): FormattedEdit {
  // The brand (and so the length) comes from the first digits, which a deletion never adds.
  const max = maxCardNumberLength(cardBrandOf(digitsOnly(raw)));
  return editDigits(raw, caret, deletion, previousDigits, max, formatCardNumber);
}
