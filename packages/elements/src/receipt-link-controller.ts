import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DubaiPayError, isDubaiPayError, type ReceiptLink } from '@dubai-pay/core';
import type { CheckoutController } from './checkout-controller.ts';
import { withQr } from './load-qr.ts';

/**
 * "Send to my phone" on a receipt: asks the gateway for a short-lived, read-only link to this
 * receipt (its own page, in the checkout's language) and shows it as a QR code and a link. The
 * link opens the receipt only: nothing of the payment can be done with it.
 */
export class ReceiptLinkController implements ReactiveController {
  link: ReceiptLink | null = null;
  /** The link as a QR code; null while loading or when the encoder could not load (the link still works). */
  qr: { size: number; path: string } | null = null;
  error: DubaiPayError | null = null;
  busy = false;
  /** The receipt the link is for: a new receipt (start again, another payment) forgets it. */
  #for: string | null = null;

  readonly #host: ReactiveControllerHost;
  readonly #checkout: CheckoutController;
  #abort: AbortController | null = null;

  constructor(host: ReactiveControllerHost, checkout: CheckoutController) {
    this.#host = host;
    this.#checkout = checkout;
    host.addController(this);
  }

  hostUpdate(): void {
    const number = this.#checkout.receipt?.number ?? null;
    if (number === this.#for) return;
    this.#abort?.abort();
    Object.assign(this, { link: null, qr: null, error: null, busy: false });
    this.#for = number;
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** Whether the receipt can be sent: a paid session this checkout holds the secret of. */
  get available(): boolean {
    return Boolean(this.#checkout.receipt && this.#checkout.session && this.#checkout.client);
  }

  async send(): Promise<void> {
    const session = this.#checkout.session;
    const client = this.#checkout.client;
    if (this.busy || !session || !client) return;
    const abort = new AbortController();
    this.#abort = abort;
    Object.assign(this, { busy: true, error: null });
    this.#host.requestUpdate();
    try {
      const request = client.sessions.createReceiptLink(session.clientSecret, { signal: abort.signal, locale: this.#checkout.locale });
      const { answer, qr } = await withQr(request, (answer) => answer.link?.url);
      if (abort.signal.aborted) return;
      Object.assign(this, { link: answer.link ?? null, error: answer.error ?? null, qr });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = isDubaiPayError(error) ? error : new DubaiPayError('unknown', { cause: error });
    }
    this.busy = false;
    this.#host.requestUpdate();
  }
}
