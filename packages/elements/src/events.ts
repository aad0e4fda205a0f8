import type { ErrorCode, Locale, PaymentMethodType, Receipt } from '@dubai-pay/core';
import type { CheckoutStep } from './checkout-controller.ts';

/** Options every `<dubai-pay>` event shares: it bubbles and crosses shadow roots. */
const init = { bubbles: true, composed: true } as const;

/** The checkout has loaded what is owed and can take a payment. */
export class DubaiPayReadyEvent extends Event {
  static readonly type = 'dubai-pay-ready';
  readonly detail: { sessionId: string; amount: number; currency: string };
  constructor(detail: DubaiPayReadyEvent['detail']) {
    super(DubaiPayReadyEvent.type, init);
    this.detail = detail;
  }
}

/** The step, the chosen method or the completeness of the details changed; a declined attempt too. */
export class DubaiPayChangeEvent extends Event {
  static readonly type = 'dubai-pay-change';
  readonly detail: { step: CheckoutStep; method: PaymentMethodType | null; complete: boolean; error: { code: ErrorCode } | null };
  constructor(detail: DubaiPayChangeEvent['detail']) {
    super(DubaiPayChangeEvent.type, init);
    this.detail = detail;
  }
}

/** Terminal: paid. Carries the receipt (method masked). */
export class DubaiPaySuccessEvent extends Event {
  static readonly type = 'dubai-pay-success';
  readonly detail: { sessionId: string; receipt: Receipt };
  constructor(detail: DubaiPaySuccessEvent['detail']) {
    super(DubaiPaySuccessEvent.type, init);
    this.detail = detail;
  }
}

/** Terminal: the payment cannot go on (session expired or failed, or the checkout cannot load). */
export class DubaiPayErrorEvent extends Event {
  static readonly type = 'dubai-pay-error';
  readonly detail: { code: ErrorCode; message: { en: string; ar: string }; sessionId: string | null };
  constructor(detail: DubaiPayErrorEvent['detail']) {
    super(DubaiPayErrorEvent.type, init);
    this.detail = detail;
  }
}

/** Terminal: the customer canceled; nothing was charged. */
export class DubaiPayCancelEvent extends Event {
  static readonly type = 'dubai-pay-cancel';
  readonly detail: { sessionId: string | null };
  constructor(detail: DubaiPayCancelEvent['detail']) {
    super(DubaiPayCancelEvent.type, init);
    this.detail = detail;
  }
}

/** Kiosk: the customer walked away; the unpaid session was canceled and every field wiped. Ends the payment. */
export class DubaiPayIdleResetEvent extends Event {
  static readonly type = 'dubai-pay-idle-reset';
  readonly detail: { sessionId: string | null };
  constructor(detail: DubaiPayIdleResetEvent['detail']) {
    super(DubaiPayIdleResetEvent.type, init);
    this.detail = detail;
  }
}

/** Kiosk: the receipt, with ready-to-print lines in both languages, for shells that print natively. */
export class DubaiPayReceiptEvent extends Event {
  static readonly type = 'dubai-pay-receipt';
  readonly detail: { receipt: Receipt; lines: { en: string[]; ar: string[] } };
  constructor(detail: DubaiPayReceiptEvent['detail']) {
    super(DubaiPayReceiptEvent.type, init);
    this.detail = detail;
  }
}

/** The customer switched the language (kiosk, services list): the page may follow. */
export class DubaiPayLocaleChangeEvent extends Event {
  static readonly type = 'dubai-pay-locale-change';
  readonly detail: { locale: Locale };
  constructor(detail: DubaiPayLocaleChangeEvent['detail']) {
    super(DubaiPayLocaleChangeEvent.type, init);
    this.detail = detail;
  }
}

/** `<dubai-pay-services>`: a service was chosen. */
export class DubaiPayServiceSelectEvent extends Event {
  static readonly type = 'dubai-pay-service-select';
  readonly detail: { serviceId: string; entityId: string };
  constructor(detail: DubaiPayServiceSelectEvent['detail']) {
    super(DubaiPayServiceSelectEvent.type, init);
    this.detail = detail;
  }
}

/** The events a native app hosting the checkout receives, by their name without `dubai-pay-`. */
export const NATIVE_EVENTS = [DubaiPayReadyEvent, DubaiPayChangeEvent, DubaiPaySuccessEvent, DubaiPayErrorEvent, DubaiPayCancelEvent] as const;
