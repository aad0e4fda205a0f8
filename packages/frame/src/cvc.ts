import type { CardBrand } from '@dubai-pay/contract';
import { editDigits, type Deletion, type FormattedEdit } from './caret.ts';

/** Why a security code cannot be sent yet. */
export type CvcError = 'empty' | 'incomplete' | 'invalid';

/** Amex prints 4 digits (CID) on the front; the others 3 on the back. */
export function cvcLength(brand: CardBrand): number {
  return brand === 'amex' ? 4 : 3;
}

/** How many digits the input takes: 4 until the number shows a brand with 3. */
export function maxCvcLength(brand: CardBrand): number {
  return brand === 'amex' || brand === 'unknown' ? 4 : 3;
}

export function validateCvc(digits: string, brand: CardBrand): CvcError | undefined {
  if (digits.length === 0) return 'empty';
  const length = cvcLength(brand);
  if (digits.length < length) return 'incomplete';
  return digits.length === length ? undefined : 'invalid';
}

export function editCvc(raw: string, caret: number, deletion: Deletion, previousDigits: string, brand: CardBrand): FormattedEdit {
  return editDigits(raw, caret, deletion, previousDigits, maxCvcLength(brand));
}
