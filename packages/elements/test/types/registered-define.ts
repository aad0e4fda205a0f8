// What `@dubai-pay/elements/define` registers, each tag as its own class in HTMLElementTagNameMap
// (the pairs are the entry's `customElements.define` calls: packages/elements/test/node/types.test.ts).
import '@dubai-pay/elements/define';
import type { DubaiPayElement } from '../../src/dubai-pay.ts';
import { registered } from './registered.ts';

registered<'dubai-pay', DubaiPayElement>();
// @ts-expect-error this entry registers the plain checkout: no kiosk `mode`
document.querySelector('dubai-pay')!.mode = 'kiosk';
