import { normalizeDigits } from '@dubai-pay/contract';

/** Why a cardholder name cannot be sent. The name is optional; a card number typed here is not a name. */
export type HolderNameError = 'invalid';

export const HOLDER_NAME_MAX_LENGTH = 100;

/** The name as sent: direction marks removed, spaces collapsed; `undefined` when empty. */
export function cleanHolderName(text: string): string | undefined {
  const name = normalizeDigits(text).replace(/\s+/g, ' ').trim();
  return name === '' ? undefined : name;
}

export function validateHolderName(text: string): HolderNameError | undefined {
  const name = cleanHolderName(text);
  if (name === undefined) return undefined;
  return /[0-9]/.test(name) || name.length > HOLDER_NAME_MAX_LENGTH ? 'invalid' : undefined;
}
