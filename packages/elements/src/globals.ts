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
  interface HTMLElementTagNameMap {
    /** The checkout; from the kiosk entry it is a `DubaiPayKioskElement` (a subclass with `mode` and `idleTimeout`). */
    'dubai-pay': DubaiPayElement;
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
