import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DubaiPayError, isDubaiPayError, type Handoff } from '@dubai-pay/core';
import type { CheckoutController } from '../checkout-controller.ts';
import { withQr } from '../load-qr.ts';

/**
 * The kiosk's "pay on your phone instead": a single-use link (for the QR code) and code, then a
 * watch of the session until it is paid there; the checkout then shows the gateway's outcome.
 * Its own controller with its own `AbortController`: going back, the idle reset and taking the
 * kiosk off the page all stop the watch (nothing polls for a checkout that is gone).
 */
export class HandoffController implements ReactiveController {
  /** The link and code shown while the kiosk waits for the phone. */
  handoff: Handoff | null = null;
  /** The hand-off link as a QR code; null when the encoder could not be loaded (the code still works). */
  qr: { size: number; path: string } | null = null;
  /** Why the last hand-off could not start, to show beside the button. */
  error: DubaiPayError | null = null;

  readonly #host: ReactiveControllerHost;
  readonly #checkout: CheckoutController;
  #watch: AbortController | null = null;

  constructor(host: ReactiveControllerHost, checkout: CheckoutController) {
    this.#host = host;
    this.#checkout = checkout;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Hands the payment to the customer's phone and waits for it there (a decline on the phone leaves it open: it waits on). */
  async start(): Promise<void> {
    if (this.#watch || this.#checkout.step !== 'ready') return;
    const watch = new AbortController();
    this.#watch = watch;
    this.error = null;
    this.#host.requestUpdate();
    try {
      const session = await this.#checkout.openSession();
      const client = this.#checkout.client;
      if (!session || !client || watch.signal.aborted) return this.#end(watch);
      const request = client.sessions.createHandoff(session.clientSecret, { signal: watch.signal, locale: this.#checkout.locale });
      const { answer, qr } = await withQr(request, (answer) => answer.handoff?.url);
      if (watch.signal.aborted) return;
      const { handoff } = answer;
      if (!handoff) {
        this.error = answer.error;
        return this.#end(watch);
      }
      this.handoff = handoff;
      this.qr = qr;
      this.#host.requestUpdate();
      const after = await client.sessions.waitForOutcome(session.clientSecret, {
        interval: 2000,
        maxInterval: 3000,
        signal: watch.signal,
        timeout: Date.parse(handoff.expiresAt) - Date.now(),
      });
      if (watch.signal.aborted) return;
      this.#end(watch);
      this.#checkout.showSession(after);
    } catch (error) {
      if (watch.signal.aborted) return;
      this.error = isDubaiPayError(error) ? error : new DubaiPayError('unknown', { cause: error });
      this.#end(watch);
    }
  }

  /** Back from the phone to paying here (and on idle): the code and QR go; the phone's link stops working once this session is paid. */
  stop(): void {
    if (!this.#watch) return;
    this.#watch.abort();
    this.#end(this.#watch);
  }

  get active(): boolean {
    return this.#watch !== null;
  }

  #end(watch: AbortController): void {
    if (this.#watch !== watch) return;
    this.#watch = null;
    this.handoff = null;
    this.qr = null;
    this.#host.requestUpdate();
  }
}
