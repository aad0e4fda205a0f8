import { DubaiPayServicesElement } from '../services/dubai-pay-services.ts';
import { DubaiPayKioskElement } from './dubai-pay-kiosk.ts';
// The element and event maps (types only: the module is empty).
import '../globals.ts';

declare global {
  // What this entry registers as `<dubai-pay>`: `querySelector('dubai-pay')` is the kiosk class, `mode` and `idleTimeout` typed.
  interface DubaiPayRegisteredElements {
    'dubai-pay': DubaiPayKioskElement;
  }
}

// The kiosk bundle's entry: `<dubai-pay>` with kiosk mode, and the service browser. A page loads this or `define.ts`'s
// bundle, not both (the element name is the same).
if (!customElements.get('dubai-pay')) customElements.define('dubai-pay', DubaiPayKioskElement);
if (!customElements.get('dubai-pay-services')) customElements.define('dubai-pay-services', DubaiPayServicesElement);
