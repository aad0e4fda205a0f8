// `import type {} from '@dubai-pay/elements/vue'`: the elements as Vue's `GlobalComponents`, so
// vue-tsc checks `<dubai-pay :inputs="…" @dubai-pay-success="…">` (the shape Vue's guide gives for
// custom elements). Vue sets `:inputs` as a property when the element has it. Tell the compiler the
// tags are custom elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('dubai-pay')`.
import type { EmitFn, HTMLAttributes } from 'vue';
import type { DubaiPayElement } from './dubai-pay.ts';
import type { DubaiPayElementProps, DubaiPayEventMap, DubaiPayServicesElementProps, DubaiPayServicesEventMap } from './jsx-props.ts';
import type { DubaiPayServicesElement } from './services/dubai-pay-services.ts';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** `@dubai-pay-success` is `onDubaiPaySuccess` to Vue's type checker. */
type VueEventProps<M> = { [K in keyof M as `on${Capitalize<Camel<K & string>>}`]?: (event: M[K]) => void };

export type DefineDubaiPayElement<E extends HTMLElement, P, M> = new () => E & {
  /** For template type-checking only: not a property of the element. */
  $props: Omit<HTMLAttributes, keyof P> & P & VueEventProps<M>;
  /** For template type-checking only. */
  $emit: EmitFn<{ [K in keyof M]: (event: M[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'dubai-pay': DefineDubaiPayElement<DubaiPayElement, DubaiPayElementProps, DubaiPayEventMap>;
    'dubai-pay-services': DefineDubaiPayElement<DubaiPayServicesElement, DubaiPayServicesElementProps, DubaiPayServicesEventMap>;
  }
}
