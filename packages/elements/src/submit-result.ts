import type { ErrorCode, Receipt } from '@dubai-pay/core';
import type { CheckoutStep } from './checkout-state.ts';
import { DubaiPayCancelEvent, DubaiPayChangeEvent, DubaiPayErrorEvent, DubaiPaySuccessEvent } from './events.ts';

type PublicError = { code: ErrorCode; message: { en: string; ar: string } };

/**
 * How a `submit()` ended, in the gateway's words only:
 * - `paid`: the gateway paid it (the receipt);
 * - `not_paid`: the gateway said this attempt did not pay (declined, 3-D Secure failed, the bank
 *   did not approve), or nothing was sent: the customer may try again;
 * - `failed`: the payment cannot go on (`dubai-pay-error` says the same);
 * - `canceled`: the customer canceled;
 * - `incomplete`: nothing was sent, details are missing: the checkout showed what and where;
 * - `not_ready`: nothing was sent, the checkout is not at the step that pays (`step`).
 * While the gateway's answer is unknown the promise waits: it never guesses.
 */
export type DubaiPaySubmitResult =
  | { outcome: 'paid'; receipt: Receipt }
  | { outcome: 'not_paid'; error: PublicError }
  | { outcome: 'failed'; error: PublicError }
  | { outcome: 'canceled' }
  | { outcome: 'incomplete' }
  | { outcome: 'not_ready'; step: CheckoutStep };

const ENDS = [DubaiPayChangeEvent.type, DubaiPaySuccessEvent.type, DubaiPayErrorEvent.type, DubaiPayCancelEvent.type];

/**
 * The end of the attempt just started on `host`, read from its own events: a terminal event, or
 * a `change` back to the method choice (`ready`), whose reason `lastError` gives.
 */
export function attemptEnd(host: EventTarget, lastError: () => PublicError | null): Promise<DubaiPaySubmitResult> {
  return new Promise((resolve) => {
    const end = (result: DubaiPaySubmitResult) => {
      for (const type of ENDS) host.removeEventListener(type, listener);
      resolve(result);
    };
    const listener = (event: Event) => {
      if (event instanceof DubaiPaySuccessEvent) end({ outcome: 'paid', receipt: event.detail.receipt });
      else if (event instanceof DubaiPayErrorEvent) end({ outcome: 'failed', error: { code: event.detail.code, message: event.detail.message } });
      else if (event instanceof DubaiPayCancelEvent) end({ outcome: 'canceled' });
      else if (event instanceof DubaiPayChangeEvent && event.detail.step === 'ready') {
        const error = lastError();
        end(error ? { outcome: 'not_paid', error } : { outcome: 'incomplete' });
      }
    };
    for (const type of ENDS) host.addEventListener(type, listener);
  });
}
