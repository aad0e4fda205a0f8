import { css } from 'lit';

/**
 * Kiosk mode (`mode="kiosk"`): touch targets of 56 px and more, larger type, no text selection
 * or callouts on controls, nothing that needs hover. Receipts print on an 80 mm roll (the
 * kiosk page sets `@page { size: 80mm auto }`; a shadow root cannot).
 */
export const kioskStyles = css`
  :host([mode='kiosk']) { --dubai-pay-font-size: 20px; -webkit-tap-highlight-color: transparent; }
  :host([mode='kiosk']) button, :host([mode='kiosk']) [part~='method'], :host([mode='kiosk']) [part='field'] input {
    min-block-size: 56px; min-inline-size: 56px; touch-action: manipulation;
  }
  :host([mode='kiosk']) button, :host([mode='kiosk']) label, :host([mode='kiosk']) legend, :host([mode='kiosk']) [part='keypad'] {
    user-select: none; -webkit-user-select: none; -webkit-touch-callout: none;
  }
  [part='kiosk-bar'] { display: flex; justify-content: flex-end; }
  [part='language-button'] { background: transparent; color: var(--dubai-pay-color-primary); }
  [part='keypad'] { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0.5em; max-inline-size: 22em; }
  [part='keypad-key'] { font-size: 1.4em; min-block-size: 64px; background: var(--dubai-pay-color-background); color: var(--dubai-pay-color-text); border-color: var(--dubai-pay-color-border); }
  [part='keypad-key']:active { background: var(--dubai-pay-color-primary); color: var(--dubai-pay-color-on-primary); }
  [part='handoff'] { display: grid; gap: 0.5em; justify-items: center; text-align: center; border: 1px solid var(--dubai-pay-color-border); border-radius: var(--dubai-pay-radius); padding: 1em; }
  [part='handoff'] p { margin: 0; }
  [part='handoff-qr'] { inline-size: min(60vmin, 16em); block-size: auto; shape-rendering: crispEdges; }
  [part='handoff-code'] { font-size: 1.4em; font-weight: 700; letter-spacing: 0.1em; }
  [part='handoff-button'], [part='handoff-back-button'] { background: transparent; color: var(--dubai-pay-color-primary); }
  @media print {
    :host([mode='kiosk']) [part='base'] > :not([part='receipt']) { display: none; }
    :host([mode='kiosk']) [part='receipt'] { inline-size: 72mm; font: 10pt/1.35 system-ui, 'Noto Sans Arabic', sans-serif; color: #000; }
    :host([mode='kiosk']) [part='receipt']:lang(ar) { font-family: 'Noto Sans Arabic', system-ui, sans-serif; }
    :host([mode='kiosk']) [part='receipt'] dl { grid-template-columns: max-content 1fr; }
  }
`;

/** The idle warning's looks, for the checkout and the service browser (which has no `--dubai-pay-*` defaults of its own). */
export const idleWarningStyles = css`
  [part='idle-warning'] { border: 2px solid var(--dubai-pay-color-focus, #b25e00); border-radius: var(--dubai-pay-radius, 8px); padding: 0.75em; display: grid; gap: 0.5em; }
  [part='idle-warning'] p { margin: 0; font-weight: 600; }
  .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
