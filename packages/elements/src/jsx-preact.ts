// `import type {} from '@dubai-pay/elements/jsx-preact'`: the elements in Preact's JSX. Preact sets a
// prop as a property when the element has it (`inputs={{ … }}`), and `ondubai-pay-success` listens to
// `dubai-pay-success`.
import type { JSX } from 'preact';
import type { DubaiPayElement } from './dubai-pay.ts';
import type { DubaiPayElementProps, DubaiPayEventMap, DubaiPayServicesElementProps, DubaiPayServicesEventMap, LowercaseEventHandlers } from './jsx-props.ts';
import type { DubaiPayServicesElement } from './services/dubai-pay-services.ts';

type Props<E extends EventTarget, P, M> = Omit<JSX.HTMLAttributes<E>, keyof P> & P & LowercaseEventHandlers<M>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'dubai-pay': Props<DubaiPayElement, DubaiPayElementProps, DubaiPayEventMap>;
      'dubai-pay-services': Props<DubaiPayServicesElement, DubaiPayServicesElementProps, DubaiPayServicesEventMap>;
    }
  }
}
