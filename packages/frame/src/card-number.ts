import { CARD_NUMBER_LENGTHS as LENGTHS, cardBrandOf, digitsOnly, luhnValid, type CardBrand } from '@dubai-pay/contract';
import { editDigits, type Deletion, type FormattedEdit } from './caret.ts';

/** Why a card number cannot be sent yet. */
export type CardNumberError = 'empty' | 'incomplete' | 'invalid';

export { cardBrandOf };

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
