// What a template or JSX can give each element: its properties (objects as objects), its
// attributes (kebab-case strings), and its events. Shared by the React, Preact and Vue declarations.
import type { InputValues, PaymentMethodType } from '@dubai-pay/core';
import type { DubaiPayElement } from './dubai-pay.ts';
import type {
  DubaiPayCancelEvent,
  DubaiPayChangeEvent,
  DubaiPayErrorEvent,
  DubaiPayIdleResetEvent,
  DubaiPayLocaleChangeEvent,
  DubaiPayReadyEvent,
  DubaiPayReceiptEvent,
  DubaiPayServiceSelectEvent,
  DubaiPaySuccessEvent,
} from './events.ts';
import type { DubaiPayServicesElement } from './services/dubai-pay-services.ts';

/** Every event `<dubai-pay>` fires (the kiosk ones only with the kiosk entry and `mode="kiosk"`). */
export interface DubaiPayEventMap {
  'dubai-pay-ready': DubaiPayReadyEvent;
  'dubai-pay-change': DubaiPayChangeEvent;
  'dubai-pay-success': DubaiPaySuccessEvent;
  'dubai-pay-error': DubaiPayErrorEvent;
  'dubai-pay-cancel': DubaiPayCancelEvent;
  'dubai-pay-idle-reset': DubaiPayIdleResetEvent;
  'dubai-pay-receipt': DubaiPayReceiptEvent;
  'dubai-pay-locale-change': DubaiPayLocaleChangeEvent;
}

/** Every event `<dubai-pay-services>` fires (besides those of the checkout inside it, which bubble out of it). */
export interface DubaiPayServicesEventMap {
  'dubai-pay-service-select': DubaiPayServiceSelectEvent;
  'dubai-pay-locale-change': DubaiPayLocaleChangeEvent;
}

/** `<dubai-pay>`'s settable properties; `mode` and `idleTimeout` are the kiosk entry's. */
export type DubaiPayProperties = Partial<
  Pick<
    DubaiPayElement,
    | 'gateway'
    | 'publishableKey'
    | 'clientSecret'
    | 'service'
    | 'reference'
    | 'inputs'
    | 'locale'
    | 'methods'
    | 'challengeDisplay'
    | 'challengeTimeout'
    | 'bankApproval'
    | 'threeDsDecline'
    | 'nativeBridge'
    | 'appearance'
  > & { mode: 'web' | 'kiosk'; idleTimeout: number }
>;

export type DubaiPayServicesProperties = Partial<Pick<DubaiPayServicesElement, 'gateway' | 'publishableKey' | 'locale' | 'mode' | 'idleTimeout'>>;

/** `<dubai-pay>`'s attributes, as HTML spells them (a framework that sets attributes needs these). */
export interface DubaiPayAttributes {
  gateway?: string;
  'publishable-key'?: string;
  'client-secret'?: string;
  service?: string;
  reference?: string;
  /** URL-encoded: `plate_number=A%2012345&years=2`. */
  inputs?: string;
  locale?: 'ar' | 'en' | '';
  /** Space-separated, among `card edirham direct_debit`. */
  methods?: string;
  'challenge-display'?: 'modal' | 'inline';
  'challenge-timeout'?: number | string;
  'bank-approval'?: 'redirect' | 'popup';
  'three-ds-decline'?: string;
  'native-bridge'?: string;
  mode?: 'web' | 'kiosk';
  'idle-timeout'?: number | string;
}

export interface DubaiPayServicesAttributes {
  gateway?: string;
  'publishable-key'?: string;
  locale?: 'ar' | 'en' | '';
  mode?: 'web' | 'kiosk';
  'idle-timeout'?: number | string;
}

/** Both spellings, with the keys both have accepting either form (`inputs` as an object or its attribute string). */
type Either<P, A> = Omit<P, keyof A> & Omit<A, keyof P> & { [K in keyof P & keyof A]?: Exclude<P[K], undefined> | Exclude<A[K], undefined> };

export type DubaiPayElementProps = Either<DubaiPayProperties, DubaiPayAttributes>;
export type DubaiPayServicesElementProps = Either<DubaiPayServicesProperties, DubaiPayServicesAttributes>;

/** `ondubai-pay-success`-style handlers: React 19 and Preact listen to the event named after `on`. */
export type LowercaseEventHandlers<M> = { [K in keyof M as `on${K & string}`]?: (event: M[K]) => void };

export type { InputValues, PaymentMethodType };
