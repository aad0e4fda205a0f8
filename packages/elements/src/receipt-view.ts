import { html, nothing, type TemplateResult } from 'lit';
import { formatAmount, type Entity, type Receipt, type Service } from '@dubai-pay/core';
import { format, type Translation } from './i18n/translation.ts';
import { paidFor, paidWith, receiptTime } from './receipt-text.ts';
import type { ReceiptLinkController } from './receipt-link-controller.ts';

// The receipt is a chunk of the browser bundles (receipt-loader.ts): its "send to my phone" comes with it.
export { ReceiptLinkController } from './receipt-link-controller.ts';

export interface ReceiptViewState {
  receipt: Receipt;
  entity: Entity | null;
  service: Service | null;
  link: ReceiptLinkController;
}

/**
 * The receipt: what was paid, to whom, when (Dubai time), with what and its authorisation code;
 * then what to do with it: print it or save it as a PDF (the print layout is in styles.ts), or
 * send it to the customer's phone. In print, only the receipt's own content shows.
 */
export function receiptView(t: Translation, { receipt, entity, service, link }: ReceiptViewState): TemplateResult {
  const methodText = paidWith(receipt.paymentMethod, t);
  const time = receiptTime(receipt.issuedAt, t);
  return html`<section part="receipt" aria-labelledby="receipt-title">
    <h3 id="receipt-title" tabindex="-1" data-focus-target>${t.receiptTitle}</h3>
    <dl>
      <dt>${t.receiptNumber}</dt><dd><bdi dir="ltr">${receipt.number}</bdi></dd>
      <dt>${t.receiptTime}</dt><dd><bdi>${time}</bdi></dd>
      ${entity ? html`<dt>${t.receiptEntity}</dt><dd>${entity.name[t.$lang]}</dd>` : nothing}
      <dt>${t.receiptMethod}</dt><dd><bdi dir=${receipt.paymentMethod.type === 'direct_debit' ? 'auto' : 'ltr'}>${methodText}</bdi></dd>
      ${receipt.authorizationCode ? html`<dt>${t.receiptAuthorization}</dt><dd><bdi dir="ltr">${receipt.authorizationCode}</bdi></dd>` : nothing}
      <dt>${t.receiptChannel}</dt><dd>${t.channels[receipt.channel]}</dd>
      ${paidFor(receipt, service, t).map(([label, value]) => html`<dt>${label}</dt><dd><bdi>${value}</bdi></dd>`)}
    </dl>
    <ul>
      ${receipt.items.map((item) => html`<li part="line-item"><span>${item.description[t.$lang]}</span><span class="ltr">${formatAmount(item.amount, t.$lang)}</span></li>`)}
    </ul>
    <p part="total"><span>${t.total}</span><span class="ltr">${formatAmount(receipt.amount, t.$lang)}</span></p>
    <div class="actions">
      <button part="print-button" type="button" @click=${() => window.print()}>${t.print}</button>
      ${link.available ? html`<button part="send-to-phone-button" type="button" aria-busy=${link.busy ? 'true' : 'false'} aria-expanded=${link.link ? 'true' : 'false'} ?disabled=${link.busy} @click=${() => void link.send()}>${t.sendToPhone}</button>` : nothing}
    </div>
    ${sentToPhone(t, link)}
  </section>`;
}

/** The receipt link as a QR code and a link, or why it could not be made; a live region, so that either is read out. */
function sentToPhone(t: Translation, link: ReceiptLinkController): TemplateResult {
  const qr = link.qr;
  return html`<div part="send-to-phone" role="status" class=${link.link || link.error ? '' : 'silent'}>
    ${
      link.link
        ? html`${qr ? html`<svg part="send-to-phone-qr" viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label=${t.sendToPhoneQr}><rect width="100%" height="100%" fill="#fff"></rect><path d=${qr.path} fill="#000"></path></svg>` : nothing}
          <div>
            <p>${t.sendToPhoneScan}</p>
            <p><a part="send-to-phone-link" href=${link.link.url} target="_blank" rel="noopener noreferrer">${t.sendToPhoneLink}</a></p>
            <p class="muted">${format(t.sendToPhoneUntil, { time: receiptTime(link.link.expiresAt, t) })}</p>
          </div>`
        : nothing
    }
    ${link.error ? html`<p class="field-error">${link.error.messages[t.$lang]}</p>` : nothing}
  </div>`;
}
