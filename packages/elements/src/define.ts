import { DubaiPayElement } from './dubai-pay.ts';
// The element and event maps come with this entry too (types only: the module is empty).
import './globals.ts';

if (!customElements.get('dubai-pay')) customElements.define('dubai-pay', DubaiPayElement);
