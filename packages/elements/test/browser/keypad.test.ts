import { expect } from 'chai';
import { render } from 'lit';
import { BACKSPACE_SIGN, type Locale } from '@dubai-pay/contract';
import { keypad, type KeypadKey } from '../../src/kiosk/keypad.ts';

// The checkout's kiosk keypad on its own: what each key shows is in its accessible name (WCAG
// 2.5.3), so a key can be pressed by saying what it shows. ("C" named "Clear" could not.)

/** The words of a text, space-bounded, for a whole-word match: "C" is not in "Clear", though "Clear" has a C. */
const words = (text: string) => ` ${text.toLowerCase().split(/\s+/).filter(Boolean).join(' ')} `;

describe('kiosk keypad: label in name (WCAG 2.5.3)', () => {
  const expected: Record<Locale, { clear: string; backspace: string }> = {
    en: { clear: 'Clear', backspace: 'Delete' },
    ar: { clear: 'مسح', backspace: 'حذف' },
  };

  for (const lang of ['en', 'ar'] as const) {
    it(`names every key with the text it shows (${lang})`, () => {
      const host = document.createElement('div');
      document.body.append(host);
      const pressed: KeypadKey[] = [];
      render(
        keypad(lang, (key) => pressed.push(key)),
        host,
      );
      const keys = [...host.querySelectorAll<HTMLButtonElement>('[part="keypad-key"]')];
      expect(keys.length).to.equal(12);
      for (const key of keys) {
        // What is shown, less the backspace sign (a picture, hidden from screen readers); the name as computed from aria-label or the text.
        const shown = key.textContent!.replace(BACKSPACE_SIGN, '').trim();
        const hidden = [...key.querySelectorAll('[aria-hidden="true"]')].map((node) => node.textContent ?? '');
        const name = key.getAttribute('aria-label') ?? hidden.reduce((text, part) => text.replace(part, ''), key.textContent ?? '').trim();
        expect(shown, name).not.to.equal('');
        expect(words(name), shown).to.contain(words(shown));
      }
      expect(keys[9]!.textContent!.trim()).to.equal(expected[lang].clear);
      expect(keys[11]!.textContent!.replace(BACKSPACE_SIGN, '').trim()).to.equal(expected[lang].backspace);
      keys[9]!.click();
      keys[11]!.click();
      expect(pressed).to.deep.equal(['clear', 'backspace']);
      host.remove();
    });
  }
});
