import { editDigits, type Deletion, type FormattedEdit } from './caret.ts';
import { luhnValid } from '@dubai-pay/contract';

/** Why an e-Dirham card number cannot be sent yet: `prefix` is a start other than 784, `invalid` a wrong check digit. */
export type EdirhamNumberError = 'empty' | 'incomplete' | 'prefix' | 'invalid';

/** e-Dirham cards carry 16 digits starting with 784, the UAE's ISO 3166 numeric code. */
export const EDIRHAM_NUMBER_LENGTH = 16;
const PREFIX = '784';

/** `7840000000000009` → `7840 0000 0000 0009`. */
export function formatEdirhamNumber(digits: string): string {
  return digits.replace(/([0-9]{4})(?=[0-9])/g, '$1 ');
}

export function validateEdirhamNumber(digits: string): EdirhamNumberError | undefined {
  if (digits.length === 0) return 'empty';
  // A wrong prefix is wrong however many digits follow.
  if (!PREFIX.startsWith(digits.slice(0, 3))) return 'prefix';
  if (digits.length < EDIRHAM_NUMBER_LENGTH) return 'incomplete';
  return luhnValid(digits) ? undefined : 'invalid';
}

export function editEdirhamNumber(raw: string, caret: number, deletion: Deletion, previousDigits: string): FormattedEdit {
  return editDigits(raw, caret, deletion, previousDigits, EDIRHAM_NUMBER_LENGTH, formatEdirhamNumber);
}
