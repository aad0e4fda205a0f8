import { html, type TemplateResult } from 'lit';

export type KeypadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'backspace' | 'clear';

const DIGITS: KeypadKey[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * An on-screen numeric keypad for touch kiosks (no hardware keyboard, no OS keyboard). Buttons
 * do not take focus (pointerdown is cancelled), so the field being filled keeps it. Digits stay
 * left to right in both languages, like a phone's keypad.
 */
export function keypad(labels: { backspace: string; clear: string; keypad: string }, onKey: (key: KeypadKey) => void): TemplateResult {
  const button = (key: KeypadKey, text: string, label?: string) =>
    html`<button part="keypad-key" type="button" tabindex="-1" aria-label=${label ?? text} @pointerdown=${(e: Event) => e.preventDefault()} @click=${() => onKey(key)}>${text}</button>`;
  return html`<div part="keypad" role="group" aria-label=${labels.keypad} dir="ltr">
    ${DIGITS.map((d) => button(d, d))} ${button('clear', 'C', labels.clear)} ${button('0', '0')} ${button('backspace', '⌫', labels.backspace)}
  </div>`;
}

/** A key applied to a value and its caret; the caller formats and validates as for typing. */
export function applyKey(value: string, caret: number, key: KeypadKey): { value: string; caret: number } {
  if (key === 'clear') return { value: '', caret: 0 };
  if (key === 'backspace') return caret === 0 ? { value, caret } : { value: value.slice(0, caret - 1) + value.slice(caret), caret: caret - 1 };
  return { value: value.slice(0, caret) + key + value.slice(caret), caret: caret + 1 };
}
