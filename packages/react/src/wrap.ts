// One React component around one custom element. React 18 sets every prop of a custom element as
// a string attribute and never calls `on…` handlers for custom events; React 19 decides property or
// attribute by what the element has *when it renders* (an element defined later gets
// `inputs="[object Object]"`). So this sets the element's properties itself, from a fixed list,
// and adds its own listeners: the same in both versions, whenever the element is defined.
// Nothing runs on the server: properties and listeners are applied in a layout effect, and the
// element is defined there (the first definition of a tag wins, e.g. the kiosk one).
import { createElement, forwardRef, useCallback, useEffect, useLayoutEffect, useRef, type ForwardRefExoticComponent, type HTMLAttributes, type RefAttributes } from 'react';

/** The layout effect in the browser; on the server neither runs, and React 18 would warn about this one. */
const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** `{ onSuccess: DubaiPaySuccessEvent }` → `{ onSuccess?: (event: DubaiPaySuccessEvent) => void }`. */
export type Handlers<M> = { [K in keyof M]?: (event: M[K]) => void };

/** React's own props for the element, minus those our properties and handlers replace (`onChange`, `onError`). */
export type WrapperProps<E extends HTMLElement, P, M> = Omit<HTMLAttributes<E>, keyof P | keyof M> & P & Handlers<M> & { children?: never };

export interface Definition<M> {
  tag: string;
  /** The element's property names: these props are set on the element, never as attributes. */
  properties: readonly string[];
  /** Prop name → event name. */
  events: { readonly [K in keyof M]: string };
  /** Defines the tag (and those it renders) if nothing has yet; the browser only. */
  define(): void;
  displayName: string;
}

/** Equal values: the same, or arrays and plain objects with equal items (what props hold: strings, numbers, lists). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (!plain(a) || !plain(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && same(a[key], b[key]));
}

const plain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

export function wrap<E extends HTMLElement, P, M>(definition: Definition<M>): ForwardRefExoticComponent<WrapperProps<E, P, M> & RefAttributes<E>> {
  const { tag, properties, events, define } = definition;
  const eventProps = new Map(Object.entries(events as Record<string, string>));
  const component = forwardRef<E, WrapperProps<E, P, M>>((props, forwarded) => {
    const node = useRef<E | null>(null);
    const latest = useRef<Record<string, unknown>>(props as Record<string, unknown>);
    latest.current = props as Record<string, unknown>;
    const attributes: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(props)) {
      if (properties.includes(key) || eventProps.has(key)) continue;
      attributes[key === 'className' ? 'class' : key] = value;
    }

    useClientLayoutEffect(() => {
      define();
    }, []);
    // Properties: each time one changes. An equal object is not set again: `inputs={{ … }}` written
    // inline is a new object at every render, and a new `inputs` starts the checkout over.
    const given = properties.map((name) => (props as Record<string, unknown>)[name]);
    useClientLayoutEffect(() => {
      const element = node.current as unknown as Record<string, unknown> | null;
      if (!element) return;
      properties.forEach((name, i) => {
        if (given[i] !== undefined && !same(element[name], given[i])) element[name] = given[i];
      });
    }, given);
    // Listeners: one per event for the element's life, each calling the latest handler.
    useClientLayoutEffect(() => {
      const element = node.current;
      if (!element) return;
      const listeners = [...eventProps].map(([prop, type]) => {
        const listener = (event: Event) => (latest.current[prop] as ((event: Event) => void) | undefined)?.(event);
        element.addEventListener(type, listener);
        return () => element.removeEventListener(type, listener);
      });
      return () => {
        for (const remove of listeners) remove();
      };
    }, []);

    const ref = useCallback(
      (element: E | null) => {
        node.current = element;
        if (typeof forwarded === 'function') forwarded(element);
        else if (forwarded) forwarded.current = element;
      },
      [forwarded],
    );
    return createElement(tag, { ...attributes, ref, suppressHydrationWarning: true });
  });
  component.displayName = definition.displayName;
  // forwardRef's type drops `ref` from a generic props type it cannot see through; these are those props.
  return component as unknown as ForwardRefExoticComponent<WrapperProps<E, P, M> & RefAttributes<E>>;
}
