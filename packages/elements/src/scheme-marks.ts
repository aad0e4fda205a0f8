import { html, svg, type TemplateResult } from 'lit';
import type { Locale } from '@dubai-pay/core';

/**
 * The card schemes the gateway takes (the sandbox's BIN ranges: Visa, Mastercard, American
 * Express, UnionPay, JCB, Discover), as small marks beside "Credit or debit card": drawn here (no
 * request leaves the page). Lettering always left to right; the row follows the page's direction.
 */
const MARKS: [name: Record<Locale, string>, art: TemplateResult][] = [
  [
    { en: 'Visa', ar: 'فيزا' },
    svg`<rect width="32" height="20" rx="3" fill="#1a1f71"/><text x="16" y="14" fill="#fff" font-size="9" font-weight="700" font-style="italic" text-anchor="middle">VISA</text>`,
  ],
  [
    { en: 'Mastercard', ar: 'ماستركارد' },
    svg`<rect width="32" height="20" rx="3" fill="#fff" stroke="#8c959f"/><circle cx="12.5" cy="10" r="6" fill="#eb001b"/><circle cx="19.5" cy="10" r="6" fill="#f79e1b" fill-opacity=".85"/>`,
  ],
  [
    { en: 'American Express', ar: 'أمريكان إكسبريس' },
    svg`<rect width="32" height="20" rx="3" fill="#2e77bc"/><text x="16" y="13.5" fill="#fff" font-size="7.5" font-weight="700" text-anchor="middle">AMEX</text>`,
  ],
  [
    { en: 'UnionPay', ar: 'يونيون باي' },
    svg`<rect width="32" height="20" rx="3" fill="#fff" stroke="#8c959f"/><path d="M5 3h8l-3 14H2zM12 3h8l-3 14H9zM19 3h9l-3 14h-9z" fill="#e21836"/><path d="M12 3h8l-3 14H9z" fill="#00447c"/><path d="M19 3h9l-3 14h-9z" fill="#007b84"/>`,
  ],
  [
    { en: 'JCB', ar: 'جي سي بي' },
    svg`<rect width="32" height="20" rx="3" fill="#fff" stroke="#8c959f"/><text x="16" y="14" fill="#0e4c96" font-size="9" font-weight="700" text-anchor="middle">JCB</text>`,
  ],
  [
    { en: 'Discover', ar: 'ديسكفر' },
    svg`<rect width="32" height="20" rx="3" fill="#fff" stroke="#8c959f"/><circle cx="16" cy="10" r="5" fill="#f58220"/><text x="16" y="19" fill="#1b1f23" font-size="3.5" text-anchor="middle">DISCOVER</text>`,
  ],
];

/** The id of the schemes' names, the card radio's description (`aria-describedby`). */
export const SCHEMES_ID = 'card-schemes';

/**
 * The schemes as a list in each language, as `Intl.ListFormat` writes it (the test compares them),
 * but written here: the first `Intl.ListFormat` of a page loads ICU's list data, about 50 ms
 * (200 ms at a 4× slower CPU) in the middle of the checkout's first render.
 */
const SCHEME_LIST: Record<Locale, string> = {
  en: `${MARKS.slice(0, -1)
    .map(([name]) => name.en)
    .join(', ')}, and ${MARKS.at(-1)![0].en}`,
  ar: MARKS.map(([name]) => name.ar).join(' و'),
};

/** The schemes' names in the reader's language: "Visa, Mastercard, … and Discover". */
export function schemeNames(lang: Locale): string {
  return SCHEME_LIST[lang];
}

/**
 * The marks: decoration beside the method's text, hidden from assistive technology (the radio's
 * name stays "Credit or debit card"); the schemes are said once, as its description, from a
 * hidden element.
 */
export function schemeMarks(lang: Locale): TemplateResult {
  return html`<span class="schemes" part="scheme-marks" aria-hidden="true">${MARKS.map(
    ([, art]) => html`<svg part="scheme-mark" viewBox="0 0 32 20" direction="ltr" font-family="Arial, sans-serif">${art}</svg>`,
  )}</span><span id=${SCHEMES_ID} hidden>${SCHEME_LIST[lang]}</span>`;
}
