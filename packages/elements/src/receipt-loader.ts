import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadChunk } from '@dubai-pay/contract';
import type { CheckoutController } from './checkout-controller.ts';
import type { ReceiptLinkController, receiptView } from './receipt-view.ts';

/** The receipt's template and its "send to my phone" (receipt-view.ts): a chunk of the browser bundles. */
const loadReceipt = () => loadChunk('receipt-view', () => import('./receipt-view.ts'));

/**
 * Loads the receipt's code ahead of need: as soon as a payment is under way (or a resumed one is
 * checked or paid), so that at "paid" it is normally there. What is paid never waits for it: the
 * checkout's state, `submit()`'s result and the success event come from the checkout; only the
 * receipt's drawing does. Until it is there the checkout shows the receipt's number and amount
 * (receipt-pending.ts); when it cannot be loaded (offline, a failed integrity check), `retry()`.
 */
export class ReceiptLoader implements ReactiveController {
  view: typeof receiptView | null = null;
  link: ReceiptLinkController | null = null;
  /** The last load failed; the customer may try again. */
  failed = false;
  #loading = false;

  readonly #host: ReactiveControllerHost;
  readonly #checkout: CheckoutController;

  constructor(host: ReactiveControllerHost, checkout: CheckoutController) {
    this.#host = host;
    this.#checkout = checkout;
    host.addController(this);
  }

  hostUpdate(): void {
    const step = this.#checkout.step;
    const paying = step === 'paying' || step === 'checking' || step === 'receipt';
    // After a failure, loaded again when the customer asks ("try again") or with the next payment.
    if (!paying) this.failed = false;
    else if (!this.failed) void this.load();
  }

  /** Loads the receipt's code (again, after a failure). */
  async load(): Promise<void> {
    if (this.view || this.#loading) return;
    this.#loading = true;
    try {
      const chunk = await loadReceipt();
      // The link controller joins the host's controllers now: it acts only on a receipt.
      this.link = new chunk.ReceiptLinkController(this.#host, this.#checkout);
      this.view = chunk.receiptView;
      this.failed = false;
    } catch {
      this.failed = true;
    }
    this.#loading = false;
    this.#host.requestUpdate();
  }

  retry = (): void => {
    this.failed = false;
    this.#host.requestUpdate();
    void this.load();
  };
}
