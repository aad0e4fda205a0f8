import { DubaiPayElement } from './dubai-pay.ts';

if (!customElements.get('dubai-pay')) customElements.define('dubai-pay', DubaiPayElement);

declare global {
  interface HTMLElementTagNameMap {
    'dubai-pay': DubaiPayElement;
  }
}
