// What `@dubai-pay/react` registers (when its components first render), each tag as its own class
// in HTMLElementTagNameMap (the pairs are its `customElements.define` calls: packages/elements/test/node/types.test.ts).
import '@dubai-pay/react';
import type { DubaiPayElement } from '../../src/dubai-pay.ts';
import type { DubaiPayServicesElement } from '../../src/services/dubai-pay-services.ts';
import { registered } from './registered.ts';

registered<'dubai-pay', DubaiPayElement>();
registered<'dubai-pay-services', DubaiPayServicesElement>();
