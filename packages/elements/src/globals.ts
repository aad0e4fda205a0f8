// Every element and every event in TypeScript's DOM maps. Each entry a page can import (the root,
// `define`, `kiosk`) imports this file, so `querySelector('dubai-pay-services')` and
// `addEventListener('dubai-pay-success', (e) => e.detail)` are typed whichever one it is.
// Types only: the import is erased from the JavaScript, kept in the declarations.
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

declare global {
  /**
   * The class an entry registers under a tag, where it is not the one below: the kiosk entry
   * (define-kiosk.ts) adds `'dubai-pay': DubaiPayKioskElement`. A page loads one entry's bundle.
   */
  interface DubaiPayRegisteredElements {}
  interface HTMLElementTagNameMap {
    /** The checkout; from the kiosk entry a `DubaiPayKioskElement` (a subclass with `mode` and `idleTimeout`). */
    'dubai-pay': DubaiPayRegisteredElements extends { 'dubai-pay': infer Registered } ? Registered : DubaiPayElement;
    'dubai-pay-services': DubaiPayServicesElement;
  }
  /** Also what `HTMLElementEventMap`, `DocumentEventMap` and `WindowEventMap` extend. */
  interface GlobalEventHandlersEventMap {
    'dubai-pay-ready': DubaiPayReadyEvent;
    'dubai-pay-change': DubaiPayChangeEvent;
    'dubai-pay-success': DubaiPaySuccessEvent;
    'dubai-pay-error': DubaiPayErrorEvent;
    'dubai-pay-cancel': DubaiPayCancelEvent;
    'dubai-pay-idle-reset': DubaiPayIdleResetEvent;
    'dubai-pay-receipt': DubaiPayReceiptEvent;
    'dubai-pay-locale-change': DubaiPayLocaleChangeEvent;
    'dubai-pay-service-select': DubaiPayServiceSelectEvent;
  }
}
