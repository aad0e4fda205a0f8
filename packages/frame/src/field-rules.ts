import type { CardBrand, FrameField } from '@dubai-pay/contract';
import type { Deletion, FormattedEdit } from './caret.ts';
import { cardBrandOf, cardNumberIsFull, editCardNumber, validateCardNumber } from './card-number.ts';
import { editCvc, validateCvc } from './cvc.ts';
import { editEdirhamNumber, validateEdirhamNumber } from './edirham-number.ts';
import { editExpiry, validateExpiry } from './expiry.ts';
import { validateHolderName } from './holder-name.ts';
import type { FieldErrorKey, FieldKey } from './i18n.ts';
import { editPin, validatePin } from './pin.ts';

export type FrameMethod = 'card' | 'edirham';

/** What the inputs hold: only the digits for the number fields, the text for the name. */
export type FieldValues = Partial<Record<FieldKey, string>>;

export type FieldErrors = { [K in FieldKey]?: FieldErrorKey<K> };

/** The inputs of each method, in the order they are shown. */
export const FIELDS_OF: Record<FrameMethod, readonly FieldKey[]> = {
  card: ['number', 'expiry', 'cvc', 'name'],
  edirham: ['edirhamNumber', 'pin'],
};

/** Fields that may be left empty. */
export const OPTIONAL_FIELDS: ReadonlySet<FieldKey> = new Set(['name']);

/** The field's name in messages to the parent. */
export function wireField(key: FieldKey): FrameField {
  return key === 'edirhamNumber' ? 'number' : key;
}

/** The input a parent's field name stands for with this method; `undefined` if the method has none. */
export function fieldKeyOf(field: FrameField, method: FrameMethod): FieldKey | undefined {
  const key: FieldKey = method === 'edirham' && field === 'number' ? 'edirhamNumber' : field;
  return FIELDS_OF[method].includes(key) ? key : undefined;
}

export function brandOf(values: FieldValues): CardBrand {
  return cardBrandOf(values.number ?? '');
}

/** One field's error, or `undefined` when its value can be sent. The CVC depends on the number's brand. */
export function validateField<K extends FieldKey>(key: K, values: FieldValues, now: Date): FieldErrors[K];
export function validateField(key: FieldKey, values: FieldValues, now: Date): FieldErrors[FieldKey] {
  const value = values[key] ?? '';
  switch (key) {
    case 'number':
      return validateCardNumber(value);
    case 'expiry':
      return validateExpiry(value, now);
    case 'cvc':
      return validateCvc(value, brandOf(values));
    case 'name':
      return validateHolderName(value);
    case 'edirhamNumber':
      return validateEdirhamNumber(value);
    case 'pin':
      return validatePin(value);
  }
}

/**
 * Whether an error is shown while the user is still typing: only one that typing on cannot fix
 * (a wrong month, a wrong prefix, a full number that fails its check). "Empty" and "incomplete"
 * wait until the user leaves the field or submits.
 */
export function errorShowsAtOnce(key: FieldKey, values: FieldValues, error: string): boolean {
  if (error === 'empty' || error === 'incomplete') return false;
  return key !== 'number' || cardNumberIsFull(values.number ?? '');
}

/** Applies what the user typed, pasted or deleted to a digits field; the name is taken as typed. */
export function editField(key: Exclude<FieldKey, 'name'>, raw: string, caret: number, deletion: Deletion, values: FieldValues): FormattedEdit {
  const previous = values[key] ?? '';
  switch (key) {
    case 'number':
      return editCardNumber(raw, caret, deletion, previous);
    case 'expiry':
      return editExpiry(raw, caret, deletion, previous);
    case 'cvc':
      return editCvc(raw, caret, deletion, previous, brandOf(values));
    case 'edirhamNumber':
      return editEdirhamNumber(raw, caret, deletion, previous);
    case 'pin':
      return editPin(raw, caret, deletion, previous);
  }
}
