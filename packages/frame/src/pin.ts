import { editDigits, type Deletion, type FormattedEdit } from './caret.ts';

/** Why an e-Dirham PIN cannot be sent yet. */
export type PinError = 'empty' | 'incomplete';

export const PIN_LENGTH = 4;

/** Only the length is checked here; whether the PIN is right is the issuer's decision at payment. */
export function validatePin(digits: string): PinError | undefined {
  if (digits.length === 0) return 'empty';
  return digits.length === PIN_LENGTH ? undefined : 'incomplete';
}

export function editPin(raw: string, caret: number, deletion: Deletion, previousDigits: string): FormattedEdit {
  return editDigits(raw, caret, deletion, previousDigits, PIN_LENGTH);
}
