import type { Locale } from './locale.ts';

/**
 * The kiosk's on-screen keypad, the same in the checkout (service inputs) and inside the hosted
 * fields (card and e-Dirham numbers): laid out as a phone's, left to right in both languages.
 */
export const KEYPAD_LAYOUT = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'backspace'] as const;

export type KeypadKey = (typeof KEYPAD_LAYOUT)[number];

/** The keypad's name, and the words its editing keys show. */
export const KEYPAD_LABELS = {
  en: { keypad: 'Number keypad', backspace: 'Delete', clear: 'Clear' },
  ar: { keypad: 'لوحة الأرقام', backspace: 'حذف', clear: 'مسح' },
} as const satisfies Record<Locale, { keypad: string; backspace: string; clear: string }>;

/**
 * What a key shows, which is also its accessible name: its digit, or its word in the keypad's
 * language. A key showing "C" named "Clear" could not be pressed by saying what it shows (WCAG 2.5.3).
 */
export function keypadKeyText(key: KeypadKey, locale: Locale): string {
  return key === 'clear' || key === 'backspace' ? KEYPAD_LABELS[locale][key] : key;
}

/** Drawn before the backspace key's word, hidden from screen readers (the word names the key). */
export const BACKSPACE_SIGN = '⌫';
