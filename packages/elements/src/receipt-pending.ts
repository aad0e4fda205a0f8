import { css, html, nothing, type TemplateResult } from 'lit';
import { formatAmount, type Receipt } from '@dubai-pay/core';
import type { Translation } from './i18n/translation.ts';

/**
 * Paid, while the receipt's own code is loading or when it could not be loaded: what the customer
 * must know at once (paid, the receipt's number and the amount) from what the initial bundle holds,
 * and "try again" after a failure. Never an error: the payment is made. Its heading takes focus as
 * the receipt's does; the checkout's status region says which of the two this is.
 */
export function receiptPending(t: Translation, receipt: Receipt, failed: boolean, retry: () => void): TemplateResult {
  return html`<section part="receipt-pending" aria-labelledby="receipt-title">
    <h3 id="receipt-title" tabindex="-1" data-focus-target>${t.receiptTitle}</h3>
    <dl>
      <dt>${t.receiptNumber}</dt><dd><bdi dir="ltr">${receipt.number}</bdi></dd>
      <dt>${t.total}</dt><dd><span class="ltr">${formatAmount(receipt.amount, t.$lang)}</span></dd>
    </dl>
    ${failed ? html`<div class="actions"><button part="receipt-retry-button" type="button" @click=${retry}>${t.retry}</button></div>` : nothing}
  </section>`;
}

/** Its list as the receipt's (styles.ts lays out [part=receipt] only). */
export const receiptPendingStyles = css`
  [part='receipt-pending'] { display: grid; gap: 0.75em; }
  [part='receipt-pending'] dl { display: grid; grid-template-columns: fit-content(50%) minmax(0, 1fr); gap: 0.25em 1em; margin: 0; }
  [part='receipt-pending'] dd { margin: 0; min-inline-size: 0; overflow-wrap: break-word; }
  /* A receipt number is one token: never broken inside (as on the receipt). */
  [part='receipt-pending'] dd > bdi[dir='ltr'] { white-space: nowrap; }
`;
