// The hosted fields' on-screen keypad, for kiosks: `/frame/keypad.js`, added to the frame's page
// by the gateway only when the checkout asks for it (`keypad=1`), so other pages never load it.
// Keys go into the focused number field exactly as typing does (the same `input` handling
// formats and checks them); the agency page still never sees a digit. Inside the frame, nothing
// is autofilled on a kiosk.

import { BACKSPACE_SIGN, KEYPAD_LABELS, KEYPAD_LAYOUT, keypadKeyText, localeOrEnglish, type KeypadKey } from '@dubai-pay/contract';
import { DIGITS_CLASS } from '../class-names.ts';

const sheet = new CSSStyleSheet();
sheet.replaceSync(`.dp-keypad{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;margin-block-start:12px;direction:ltr}
.dp-keypad button{font:inherit;font-size:1.4em;min-block-size:64px;border:1px solid var(--dp-color-border,#8c959f);border-radius:var(--dp-radius,8px);background:var(--dp-color-background,#fff);color:var(--dp-color-text,#1b1f23);user-select:none;-webkit-user-select:none;touch-action:manipulation}
.dp-keypad button:active{background:var(--dp-color-focus,#b25e00);color:#fff}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const form = document.querySelector('form');
let target: HTMLInputElement | null = null;

document.addEventListener('focusin', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.classList.contains(DIGITS_CLASS)) target = event.target;
});

function press(key: KeypadKey): void {
  const input = target?.isConnected ? target : form?.querySelector<HTMLInputElement>(`input.${DIGITS_CLASS}`);
  if (!input) return;
  input.focus();
  const start = input.selectionStart ?? input.value.length;
  const end = input.selectionEnd ?? start;
  if (key === 'clear') input.value = '';
  else if (key === 'backspace') input.setRangeText('', start === end ? Math.max(0, start - 1) : start, end, 'end');
  else input.setRangeText(key, start, end, 'end');
  const inputType = key === 'clear' || key === 'backspace' ? 'deleteContentBackward' : 'insertText';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType, data: inputType === 'insertText' ? key : null }));
}

function pad(): HTMLElement {
  const lang = localeOrEnglish(document.documentElement.lang);
  const group = document.createElement('div');
  group.className = 'dp-keypad';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', KEYPAD_LABELS[lang].keypad);
  for (const key of KEYPAD_LAYOUT) {
    const button = document.createElement('button');
    button.type = 'button';
    button.tabIndex = -1;
    // The key's name is the text it shows (WCAG 2.5.3): the backspace sign is only a picture.
    if (key === 'backspace') {
      const sign = document.createElement('span');
      sign.setAttribute('aria-hidden', 'true');
      sign.textContent = `${BACKSPACE_SIGN} `;
      button.append(sign);
    }
    button.append(keypadKeyText(key, lang));
    button.dataset['key'] = key;
    // The field keeps the focus: a pressed key must not take it.
    button.addEventListener('pointerdown', (event) => event.preventDefault());
    button.addEventListener('click', () => press(key));
    group.append(button);
  }
  return group;
}

/** The form is drawn again on every method change, the keypad on every language change too: set them up for a kiosk each time. */
function prepare(): void {
  if (!form) return;
  for (const input of form.querySelectorAll('input')) {
    input.autocomplete = 'off';
    if (input.classList.contains(DIGITS_CLASS)) input.inputMode = 'none';
  }
  document.querySelector('.dp-keypad')?.remove();
  form.after(pad());
}

if (form) {
  const observer = new MutationObserver(prepare);
  observer.observe(form, { childList: true });
  observer.observe(document.documentElement, { attributeFilter: ['lang'] });
  prepare();
}
