import { html, type TemplateResult } from 'lit';
import { BACKSPACE_SIGN, KEYPAD_LABELS, KEYPAD_LAYOUT, keypadKeyText, type KeypadKey, type Locale } from '@dubai-pay/contract';

export type { KeypadKey };

/**
 * An on-screen numeric keypad for touch kiosks (no hardware keyboard, no OS keyboard). Buttons
 * do not take focus (pointerdown is cancelled), so the field being filled keeps it. Digits stay
 * left to right in both languages, like a phone's keypad. Each key's name is the text it shows
 * (WCAG 2.5.3); the backspace sign is only a picture next to its word.
 */
export function keypad(lang: Locale, onKey: (key: KeypadKey) => void): TemplateResult {
  return html`<div part="keypad" role="group" aria-label=${KEYPAD_LABELS[lang].keypad} dir="ltr">
    ${KEYPAD_LAYOUT.map(
      (key) =>
        html`<button part="keypad-key" type="button" tabindex="-1" aria-label=${keypadKeyText(key, lang)} @pointerdown=${(e: Event) => e.preventDefault()} @click=${() => onKey(key)}>${
          key === 'backspace' ? html`<span aria-hidden="true">${BACKSPACE_SIGN}</span> ` : ''
        }${keypadKeyText(key, lang)}</button>`,
    )}
  </div>`;
}

/** A key applied to a value and its caret; the caller formats and validates as for typing. */
export function applyKey(value: string, caret: number, key: KeypadKey): { value: string; caret: number } {
  if (key === 'clear') return { value: '', caret: 0 };
  if (key === 'backspace') return caret === 0 ? { value, caret } : { value: value.slice(0, caret - 1) + value.slice(caret), caret: caret - 1 };
  return { value: value.slice(0, caret) + key + value.slice(caret), caret: caret + 1 };
}
