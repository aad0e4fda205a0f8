import { css } from 'lit';

/** Logical properties throughout: the Arabic (RTL) layout needs nothing of its own. */
export const styles = css`
  :host {
    --dubai-pay-color-primary: #00665e;
    --dubai-pay-color-on-primary: #ffffff;
    --dubai-pay-color-text: #1b1f23;
    --dubai-pay-color-muted: #57606a;
    --dubai-pay-color-background: #ffffff;
    --dubai-pay-color-border: #8c959f;
    --dubai-pay-color-error: #b42318;
    --dubai-pay-color-focus: #b25e00;
    --dubai-pay-radius: 8px;
    --dubai-pay-font-family: system-ui, 'Noto Sans Arabic', 'Noto Sans', sans-serif;
    --dubai-pay-font-size: 16px;
    --dubai-pay-input-border-width: 1px;
    --dubai-pay-input-background: var(--dubai-pay-color-background);
    --dubai-pay-label-font-weight: 600;
    --dubai-pay-button-font-weight: 400;
    display: block;
    color: var(--dubai-pay-color-text);
    font-family: var(--dubai-pay-font-family);
    font-size: var(--dubai-pay-font-size);
    line-height: 1.5;
  }
  /* Arabic: an Arabic face before system-ui, which covers Arabic with a Latin-first font on some systems (Firefox took DejaVu Sans). Forwarded to the hosted fields like the default; a page's own value still wins. */
  :host(:lang(ar):not([locale^='en'])),
  :host([locale^='ar']) {
    --dubai-pay-font-family: 'Noto Sans Arabic', system-ui, 'Noto Sans', sans-serif;
  }
  /* A live region with nothing to say (and an empty payment area) takes no room, nor a grid gap:
     out of the flow, still there for screen readers to hear what comes into it. */
  .silent { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); margin: 0; }
  [part='base'] {
    position: relative;
    background: var(--dubai-pay-color-background);
    border: 1px solid var(--dubai-pay-color-border);
    border-radius: var(--dubai-pay-radius);
    padding: 1.25em;
    display: grid;
    gap: 1em;
  }
  h2, h3 { margin: 0; line-height: 1.3; }
  h2 { font-size: 1.2em; }
  h3 { font-size: 1em; }
  .muted, [part='entity'] { color: var(--dubai-pay-color-muted); margin: 0; }
  [part='summary'] { display: grid; gap: 0.5em; }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.25em; }
  [part='line-item'], [part='total'] { display: flex; justify-content: space-between; gap: 1em; }
  [part='total'] { font-weight: 700; border-block-start: 1px solid var(--dubai-pay-color-border); padding-block-start: 0.5em; }
  /* Amounts, card and receipt numbers read left to right inside Arabic too. */
  .ltr { direction: ltr; unicode-bidi: isolate; white-space: nowrap; }
  fieldset { border: 0; margin: 0; padding: 0; display: grid; gap: 0.5em; min-inline-size: 0; }
  legend { font-weight: var(--dubai-pay-label-font-weight); margin-block-end: 0.5em; padding: 0; }
  /* A bank (part="method bank") is chosen like a method, in the same box. */
  [part~='method'] {
    display: flex; align-items: center; gap: 0.75em; min-block-size: 44px; padding-inline: 0.75em;
    border: 1px solid var(--dubai-pay-color-border); border-radius: var(--dubai-pay-radius); cursor: pointer;
  }
  /* The schemes at the row's end (its left in Arabic), wrapping under the label on a narrow phone. */
  [part='method']:has(.schemes) { flex-wrap: wrap; padding-block: 0.5em; row-gap: 0.25em; }
  .schemes { display: flex; flex-wrap: wrap; gap: 0.25em; margin-inline-start: auto; }
  [part='scheme-mark'] { inline-size: 2em; block-size: 1.25em; display: block; }
  [part~='method']:has(input:checked) { border-color: var(--dubai-pay-color-primary); box-shadow: inset 0 0 0 1px var(--dubai-pay-color-primary); }
  input[type='radio'] { inline-size: 1.25em; block-size: 1.25em; accent-color: var(--dubai-pay-color-primary); margin: 0; }
  [part='field'] { display: grid; gap: 0.25em; }
  [part='field'] input {
    font: inherit; min-block-size: 44px; padding-inline: 0.75em; box-sizing: border-box; inline-size: 100%;
    border: var(--dubai-pay-input-border-width) solid var(--dubai-pay-color-border); border-radius: var(--dubai-pay-radius); color: inherit; background: var(--dubai-pay-input-background);
  }
  [part='field'] input[aria-invalid='true'] { border-color: var(--dubai-pay-color-error); }
  .field-error, [part='error'] { color: var(--dubai-pay-color-error); font-weight: 600; }
  [part='error'] { border: 1px solid var(--dubai-pay-color-error); border-radius: var(--dubai-pay-radius); padding: 0.75em; margin: 0; }
  [part='error'] p { margin: 0; }
  .details-label { font-weight: var(--dubai-pay-label-font-weight); cursor: default; }
  /* Until the hosted fields have drawn, what sits below them is out of sight and reach: it would move. */
  .awaiting-fields { visibility: hidden; }
  /* The methods, the fields, the banks and the buttons apart (they touched); an empty part takes no gap. */
  .payment { display: grid; gap: 1em; }
  .payment > :empty { display: none; }
  .payment > p { margin: 0; }
  /* The fields loading while the payment is read: laid out (so the frame draws) but taking no room. */
  .payment.preloading { visibility: hidden; block-size: 0; overflow: hidden; margin-block-end: -1em; }
  .fields { position: relative; }
  .fields-loading { position: absolute; inset-inline: 0; inset-block-start: 2em; text-align: center; }
  [part='frame'], ::slotted(iframe[slot='fields']) { border: 0; inline-size: 100%; display: block; color-scheme: normal; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75em; }
  button {
    font: inherit; font-weight: var(--dubai-pay-button-font-weight); min-block-size: 44px; padding-inline: 1.25em; border-radius: var(--dubai-pay-radius); cursor: pointer;
    border: 1px solid var(--dubai-pay-color-primary);
  }
  [part='pay-button'], [part='submit-button'] { background: var(--dubai-pay-color-primary); color: var(--dubai-pay-color-on-primary); flex: 1 1 12em; }
  [part='cancel-button'], [part='print-button'], [part='send-to-phone-button'] { background: transparent; color: var(--dubai-pay-color-primary); }
  button:disabled { opacity: 0.55; cursor: not-allowed; }
  button[aria-busy='true'] { cursor: progress; }
  :focus-visible { outline: 3px solid var(--dubai-pay-color-focus); outline-offset: 2px; }
  /* A heading focused by script (tabindex=-1, to start a screen reader there) is not a control: no ring. */
  :is(h2, h3)[tabindex='-1']:focus { outline: none; }
  /* The receipt's heading, list, items, total and actions apart, as in print (they touched on screen). */
  [part='receipt'] { display: grid; gap: 0.75em; }
  /* Labels take at most half the list (a long one wraps), so a value always has room for its
     longest token. The list is a size container: too narrow for both, each label stands above its value. */
  [part='receipt'] dl { display: grid; grid-template-columns: fit-content(50%) minmax(0, 1fr); gap: 0.25em 1em; margin: 0; container-type: inline-size; }
  /* A value sits by its label in both directions (text-align: start); a Latin value inside Arabic is isolated in its <bdi>, never the whole cell turned LTR.
     Values wrap between words (a long word only if it cannot fit: break-word, not anywhere); a value that is one
     token (receipt number, masked card, authorisation code) never wraps inside itself. */
  [part='receipt'] dd { margin: 0; text-align: start; min-inline-size: 0; overflow-wrap: break-word; }
  [part='receipt'] dd > bdi[dir='ltr'] { white-space: nowrap; }
  @container (inline-size < 22em) {
    [part='receipt'] :is(dt, dd) { grid-column: 1 / -1; }
    [part='receipt'] dt { color: var(--dubai-pay-color-muted); }
    [part='receipt'] dt:not(:first-child) { margin-block-start: 0.5em; }
  }
  .secure { font-size: 0.875em; color: var(--dubai-pay-color-muted); margin: 0; }
  .visually-hidden, [data-size='05'] > [role='status'] { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  [part='challenge-dialog'] {
    border: 0; border-radius: var(--dubai-pay-radius); padding: 1em; box-sizing: border-box;
    max-inline-size: calc(100vw - 1em); max-block-size: calc(100dvh - 1em);
    color: var(--dubai-pay-color-text); background: var(--dubai-pay-color-background);
  }
  [part='challenge-dialog']::backdrop { background: rgb(0 0 0 / 0.55); }
  [part='challenge-dialog'], [part='challenge'] { display: flex; flex-direction: column; gap: 0.75em; }
  /* EMV window 05: the whole screen (phones, kiosks). A modal dialog's insets are 0: auto sizes
     fill the viewport (100vw would take a page's scrollbar too). A compact head (its status is
     still spoken), the bank's page in all the rest, edge to edge. */
  [part='challenge-dialog'][data-size='05'] { inline-size: auto; block-size: auto; max-inline-size: none; max-block-size: none; margin: 0; border-radius: 0; padding: 0.5em 0 0; gap: 0.5em; }
  dialog[data-size='05'] h3 { flex: 1; }
  dialog[data-size='05'] > :not(.challenge-mount) { margin-inline: 0.5em; }
  [part='challenge-dialog']:not([open]) { display: none; }
  .challenge-head { display: flex; justify-content: space-between; align-items: center; gap: 1em; flex-wrap: wrap; }
  [part='challenge-cancel-button'], [part='challenge-keep-button'] { background: transparent; color: var(--dubai-pay-color-primary); }
  [part='challenge-stop-button'] { background: var(--dubai-pay-color-primary); color: var(--dubai-pay-color-on-primary); }
  [part='challenge-confirm'] { border: 1px solid var(--dubai-pay-color-border); border-radius: var(--dubai-pay-radius); padding: 0.75em; }
  [part='challenge-confirm'] p, [role='status'] { margin: 0; }
  .challenge-mount { align-self: center; max-inline-size: 100%; overflow: auto; }
  /* 05 inline: the viewport's height; in the dialog, what the head leaves. A grid, so that the
     frame's 100% height has a definite height to take. */
  .challenge-mount[data-size='05'] { align-self: stretch; flex: 1 1 100dvh; min-block-size: 0; display: grid; }
  [part='send-to-phone'] { display: flex; flex-wrap: wrap; gap: 1em; align-items: center; }
  [part='send-to-phone'] p { margin: 0 0 0.5em; }
  [part='send-to-phone-qr'] { inline-size: 10em; block-size: 10em; flex: none; }
  /* Print (and Save as PDF): the receipt alone, A4-wide at most, no controls; both directions as on screen.
     The page around the element is the agency's to hide (README: "Printing the receipt"). */
  @media print {
    [part='base'] { border: 0; padding: 0; display: block; color: #000; background: #fff; }
    [part='base'] > :not([part='receipt']), [part='receipt'] .actions, [part='send-to-phone'] { display: none; }
    [part='receipt'] { max-inline-size: 180mm; font-size: 11pt; break-inside: avoid; }
    [part='receipt'] h3 { font-size: 14pt; }
  }
`;
