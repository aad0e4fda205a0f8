// `import type {} from '@dubai-pay/elements/jsx-react'` (or list it in tsconfig `types`): the bare
// elements in React's JSX, for @types/react 18 and 19 (both read `React.JSX.IntrinsicElements`).
// React 19 sets a prop as a property when the defined element has it (`inputs={{ … }}`) and listens
// to `ondubai-pay-success`; React 18 sets attributes and never calls such handlers: under React 18
// use the attribute spellings, or @dubai-pay/react, which works the same in both.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DubaiPayElement } from './dubai-pay.ts';
import type { DubaiPayElementProps, DubaiPayEventMap, DubaiPayServicesElementProps, DubaiPayServicesEventMap, LowercaseEventHandlers } from './jsx-props.ts';
import type { DubaiPayServicesElement } from './services/dubai-pay-services.ts';

type Props<E, P, M> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P & LowercaseEventHandlers<M>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'dubai-pay': Props<DubaiPayElement, DubaiPayElementProps, DubaiPayEventMap>;
      'dubai-pay-services': Props<DubaiPayServicesElement, DubaiPayServicesElementProps, DubaiPayServicesEventMap>;
    }
  }
}
