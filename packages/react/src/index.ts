// @dubai-pay/react: <DubaiPay> and <DubaiPayServices>, the elements of @dubai-pay/elements as React
// components for React 18 and 19: props set as properties (objects stay objects), typed `onSuccess`-
// style callbacks, a ref to the element, nothing run on the server.
import {
  DubaiPayElement,
  DubaiPayServicesElement,
  type DubaiPayCancelEvent,
  type DubaiPayChangeEvent,
  type DubaiPayErrorEvent,
  type DubaiPayIdleResetEvent,
  type DubaiPayLocaleChangeEvent,
  type DubaiPayReadyEvent,
  type DubaiPayReceiptEvent,
  type DubaiPayServiceSelectEvent,
  type DubaiPaySuccessEvent,
} from '@dubai-pay/elements';
import { wrap } from './wrap.ts';

/** `<DubaiPay>`'s callbacks, each for one `dubai-pay-*` event. */
export interface DubaiPayEvents {
  onReady: DubaiPayReadyEvent;
  onChange: DubaiPayChangeEvent;
  onSuccess: DubaiPaySuccessEvent;
  onError: DubaiPayErrorEvent;
  onCancel: DubaiPayCancelEvent;
  /** Kiosk (the kiosk entry, `mode="kiosk"`). */
  onIdleReset: DubaiPayIdleResetEvent;
  /** Kiosk. */
  onReceipt: DubaiPayReceiptEvent;
  /** Kiosk. */
  onLocaleChange: DubaiPayLocaleChangeEvent;
}

const CHECKOUT_PROPERTIES = [
  'gateway',
  'publishableKey',
  'clientSecret',
  'service',
  'reference',
  'inputs',
  'locale',
  'methods',
  'challengeDisplay',
  'challengeTimeout',
  'bankApproval',
  'threeDsDecline',
  'nativeBridge',
  'appearance',
  'mode',
  'idleTimeout',
] as const;

/** `<DubaiPay>`'s element properties; `mode` and `idleTimeout` need the kiosk entry (`@dubai-pay/elements/kiosk`, imported first). */
export type DubaiPayProperties = Partial<
  Pick<DubaiPayElement, Exclude<(typeof CHECKOUT_PROPERTIES)[number], 'mode' | 'idleTimeout'>> & { mode: 'web' | 'kiosk'; idleTimeout: number }
>;

export interface DubaiPayServicesEvents {
  onServiceSelect: DubaiPayServiceSelectEvent;
  onLocaleChange: DubaiPayLocaleChangeEvent;
  /** The checkout inside the services browser: its events bubble out. */
  onSuccess: DubaiPaySuccessEvent;
  onError: DubaiPayErrorEvent;
  onCancel: DubaiPayCancelEvent;
}

const SERVICES_PROPERTIES = ['gateway', 'publishableKey', 'locale', 'mode', 'idleTimeout'] as const;
export type DubaiPayServicesProperties = Partial<Pick<DubaiPayServicesElement, (typeof SERVICES_PROPERTIES)[number]>>;

function defineCheckout(): void {
  if (!customElements.get('dubai-pay')) customElements.define('dubai-pay', DubaiPayElement);
}

/** The checkout: `<DubaiPay gateway=… publishableKey=… service="rta-fines" inputs={{ … }} onSuccess={(e) => e.detail.receipt} />`. */
export const DubaiPay = /* @__PURE__ */ wrap<DubaiPayElement, DubaiPayProperties, DubaiPayEvents>({
  tag: 'dubai-pay',
  displayName: 'DubaiPay',
  properties: CHECKOUT_PROPERTIES,
  events: {
    onReady: 'dubai-pay-ready',
    onChange: 'dubai-pay-change',
    onSuccess: 'dubai-pay-success',
    onError: 'dubai-pay-error',
    onCancel: 'dubai-pay-cancel',
    onIdleReset: 'dubai-pay-idle-reset',
    onReceipt: 'dubai-pay-receipt',
    onLocaleChange: 'dubai-pay-locale-change',
  },
  define: defineCheckout,
});

/** The service browser, then the checkout for the service chosen. */
export const DubaiPayServices = /* @__PURE__ */ wrap<DubaiPayServicesElement, DubaiPayServicesProperties, DubaiPayServicesEvents>({
  tag: 'dubai-pay-services',
  displayName: 'DubaiPayServices',
  properties: SERVICES_PROPERTIES,
  events: {
    onServiceSelect: 'dubai-pay-service-select',
    onLocaleChange: 'dubai-pay-locale-change',
    onSuccess: 'dubai-pay-success',
    onError: 'dubai-pay-error',
    onCancel: 'dubai-pay-cancel',
  },
  define: () => {
    defineCheckout();
    if (!customElements.get('dubai-pay-services')) customElements.define('dubai-pay-services', DubaiPayServicesElement);
  },
});

export type { DubaiPayElement, DubaiPayServicesElement };
export type { Handlers, WrapperProps } from './wrap.ts';
