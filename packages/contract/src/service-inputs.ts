import { normalizeDigits } from './digits.ts';
import type { ServiceInput } from './types.ts';

/** Why a value is not acceptable for a service's input, with the number the rule names. */
export type InputProblem =
  | { key: 'required' }
  | { key: 'wrongFormat' }
  | { key: 'tooShort'; count: number }
  | { key: 'tooLong'; count: number }
  | { key: 'wholeNumber' }
  | { key: 'atLeast'; count: number }
  | { key: 'atMost'; count: number };

/** An input's value as the gateway prices it (`undefined`: optional and left empty), or why not. */
export type InputReading = { value: string | number | undefined } | { problem: InputProblem };

/** Arabic-Indic and Persian digits → ASCII; direction marks removed; trimmed. */
export function normalizeInput(value: string): string {
  return normalizeDigits(value).trim();
}

/**
 * Reads a value as the catalog describes the input: the one rule the checkout applies before
 * asking for a quote and the gateway applies when it quotes, so that they cannot disagree.
 */
export function readServiceInput(input: ServiceInput, raw: string): InputReading {
  const value = normalizeInput(raw);
  if (value === '') return input.required ? { problem: { key: 'required' } } : { value: undefined };
  if (input.kind === 'integer') {
    const number = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number)) return { problem: { key: 'wholeNumber' } };
    if (input.min !== undefined && number < input.min) return { problem: { key: 'atLeast', count: input.min } };
    if (input.max !== undefined && number > input.max) return { problem: { key: 'atMost', count: input.max } };
    return { value: number };
  }
  const text = input.kind === 'plate' ? value.toUpperCase().replace(/\s+/g, ' ') : value;
  if (input.minLength !== undefined && text.length < input.minLength) return { problem: { key: 'tooShort', count: input.minLength } };
  if (input.maxLength !== undefined && text.length > input.maxLength) return { problem: { key: 'tooLong', count: input.maxLength } };
  if (input.pattern !== undefined && !new RegExp(input.pattern).test(text)) return { problem: { key: 'wrongFormat' } };
  return { value: text };
}
