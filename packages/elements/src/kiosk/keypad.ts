import { html, type TemplateResult } from 'lit';
import { KEYPAD_LABELS, KEYPAD_LAYOUT, keypadKeyText, type KeypadKey, type Locale } from '@dubai-pay/contract';

export type { KeypadKey };

/**
 * An on-screen numeric keypad for touch kiosks (no hardware keyboard, no OS keyboard). Buttons
 * do not take focus (pointerdown is cancelled), so the field being filled keeps it. Digits stay
 * left to right in both languages, like a phone's keypad.
 */
export function keypad(lang: Locale, onKey: (key: KeypadKey) => void): TemplateResult {
  const labels = KEYPAD_LABELS[lang];
  const label = (key: KeypadKey) => (key === 'clear' || key === 'backspace' ? labels[key] : key);
  return html`<div part="keypad" role="group" aria-label=${labels.keypad} dir="ltr">
    ${KEYPAD_LAYOUT.map(
      (key) =>
        html`<button part="keypad-key" type="button" tabindex="-1" aria-label=${label(key)} @pointerdown=${(e: Event) => e.preventDefault()} @click=${() => onKey(key)}>${keypadKeyText(key)}</button>`,
    )}
  </div>`;
}

/** A key applied to a value and its caret; the caller formats and validates as for typing. */
export function applyKey(value: string, caret: number, key: KeypadKey): { value: string; caret: number } {
  if (key === 'clear') return { value: '', caret: 0 };
  if (key === 'backspace') return caret === 0 ? { value, caret } : { value: value.slice(0, caret - 1) + value.slice(caret), caret: caret - 1 };
  return { value: value.slice(0, caret) + key + value.slice(caret), caret: caret + 1 };
}
