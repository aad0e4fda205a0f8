/**
 * Digits as people type and paste them: from an Arabic or Persian keyboard, from an RTL
 * document that wrapped the number in direction marks, with spaces or dashes between groups.
 * Shared by the gateway, the hosted fields and the checkout, so that what one checks is what the
 * others check.
 */

const ARABIC_INDIC = /[\u0660-\u0669]/g;
const PERSIAN = /[\u06f0-\u06f9]/g;
/** LRM, RLM, ALM, the embeddings and overrides (LRE…RLO), the isolates (LRI…PDI). */
const DIRECTION_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
/** Zero-width space, non-joiner, joiner, word joiner and BOM: invisible, never meant. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
/** Whitespace (including no-break and thin spaces) and every dash and minus sign. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII, and invisible marks removed. */
export function normalizeDigits(text: string): string {
  return text
    .replace(ARABIC_INDIC, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(PERSIAN, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(DIRECTION_MARKS, '')
    .replace(INVISIBLE, '');
}

/** A pasted number as one run of characters: normalised, spaces and dashes removed. */
export function stripSeparators(text: string): string {
  return normalizeDigits(text).replace(SEPARATORS, '');
}

/** Only the ASCII digits of what was typed or pasted; anything else is dropped. */
export function digitsOnly(text: string): string {
  return normalizeDigits(text).replace(/[^0-9]/g, '');
}
