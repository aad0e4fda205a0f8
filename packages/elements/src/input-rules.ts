import { normalizeDigits, type ServiceInput } from '@dubai-pay/core';

/** Why an input value is not acceptable, as a translation key and its values. */
export type InputProblem =
  | { key: 'required' }
  | { key: 'wrongFormat' }
  | { key: 'tooShort'; count: number }
  | { key: 'tooLong'; count: number }
  | { key: 'wholeNumber' }
  | { key: 'atLeast'; count: number }
  | { key: 'atMost'; count: number };

/** Arabic-Indic and Persian digits → ASCII; direction marks removed; trimmed. */
export function normalizeInput(value: string): string {
  return normalizeDigits(value).trim();
}

/**
 * Checks a value as the catalog describes the input, before it is sent for a quote (the gateway
 * checks again). Returns `null` when the value is acceptable.
 */
export function checkInput(input: ServiceInput, raw: string): InputProblem | null {
  const value = normalizeInput(raw);
  if (value === '') return input.required ? { key: 'required' } : null;
  if (input.kind === 'integer') {
    if (!/^[0-9]+$/.test(value)) return { key: 'wholeNumber' };
    const number = Number(value);
    if (input.min !== undefined && number < input.min) return { key: 'atLeast', count: input.min };
    if (input.max !== undefined && number > input.max) return { key: 'atMost', count: input.max };
    return null;
  }
  const text = input.kind === 'plate' ? value.toUpperCase().replace(/\s+/g, ' ') : value;
  if (input.minLength !== undefined && text.length < input.minLength) return { key: 'tooShort', count: input.minLength };
  if (input.maxLength !== undefined && text.length > input.maxLength) return { key: 'tooLong', count: input.maxLength };
  if (input.pattern !== undefined && !new RegExp(input.pattern).test(text)) return { key: 'wrongFormat' };
  return null;
}
