import type { Locale } from './locale.ts';

/**
 * The kiosk's on-screen keypad, the same in the checkout (service inputs) and inside the hosted
 * fields (card and e-Dirham numbers): laid out as a phone's, left to right in both languages.
 */
export const KEYPAD_LAYOUT = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'backspace'] as const;

export type KeypadKey = (typeof KEYPAD_LAYOUT)[number];

/** What a key shows: its digit, or a sign for the two editing keys (which have a label too). */
export function keypadKeyText(key: KeypadKey): string {
  return key === 'clear' ? 'C' : key === 'backspace' ? '⌫' : key;
}

/** The keypad's name and its editing keys' names, for screen readers. */
export const KEYPAD_LABELS = {
  en: { keypad: 'Number keypad', backspace: 'Delete', clear: 'Clear' },
  ar: { keypad: 'لوحة الأرقام', backspace: 'حذف', clear: 'مسح' },
} as const satisfies Record<Locale, { keypad: string; backspace: string; clear: string }>;
