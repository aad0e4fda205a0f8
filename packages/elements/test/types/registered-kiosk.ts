// What `@dubai-pay/elements/kiosk` registers, each tag as its own class in HTMLElementTagNameMap
// (the pairs are the entry's `customElements.define` calls: packages/elements/test/node/types.test.ts).
import '@dubai-pay/elements/kiosk';
import type { DubaiPayKioskElement } from '../../src/kiosk/dubai-pay-kiosk.ts';
import type { DubaiPayServicesElement } from '../../src/services/dubai-pay-services.ts';
import { registered } from './registered.ts';

registered<'dubai-pay', DubaiPayKioskElement>();
registered<'dubai-pay-services', DubaiPayServicesElement>();
// The kiosk's own properties, without a cast.
const checkout = document.querySelector('dubai-pay')!;
checkout.mode = 'kiosk';
checkout.idleTimeout = 120;
export const made: 'web' | 'kiosk' = document.createElement('dubai-pay').mode;
