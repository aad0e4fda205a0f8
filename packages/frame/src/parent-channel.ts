import * as z from 'zod/mini';
import { acceptMessage, frameQuery, toFrameMessage, type ExpectedSender as ContractSender, type FromFrameMessage, type ToFrameMessage } from '@dubai-pay/contract';

type WithoutChannel<Message> = Message extends unknown ? Omit<Message, 'channel'> : never;

/** A message to the parent, before the channel id is added. */
export type FrameReport = WithoutChannel<FromFrameMessage>;

export type FrameQuery = z.output<typeof frameQuery>;

/** The exact origin a message event must come from, the window it must come from, the channel it must name. */
export type ExpectedSender = Required<ContractSender>;

/**
 * The frame's query, validated: the schema, and an `origin` that is exactly an http(s) origin
 * (`https://agency.example`, no path, no trailing slash), because it becomes the target of every
 * message. `undefined` otherwise: the frame then stays silent.
 */
export function readFrameQuery(search: string): FrameQuery | undefined {
  const parsed = z.safeParse(frameQuery, Object.fromEntries(new URLSearchParams(search)));
  if (!parsed.success) return undefined;
  return exactOrigin(parsed.data.origin) === undefined ? undefined : parsed.data;
}

export function exactOrigin(text: string): string | undefined {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A parent's message, if it is one this frame answers to: from exactly the parent's origin (no
 * prefix or suffix match), from the parent window itself, of a known shape, for this frame's
 * channel (rule 4). Anything else is `undefined` and is ignored without a word.
 */
export function acceptParentMessage(event: Pick<MessageEvent, 'origin' | 'source' | 'data'>, expected: ExpectedSender): ToFrameMessage | undefined {
  return acceptMessage(event, expected, toFrameMessage);
}

export interface ParentChannelOptions {
  /** The frame's own window. */
  window: Window;
  parentOrigin: string;
  channel: string;
  onMessage: (message: ToFrameMessage) => void;
}

/**
 * The frame's side of the messaging with the embedding page. Sends only with the parent's exact
 * origin as `targetOrigin` (never `*`): if another page framed this one, it would get nothing.
 */
export class ParentChannel {
  readonly #options: ParentChannelOptions;
  #lastHeight = -1;
  #observer: ResizeObserver | undefined;

  constructor(options: ParentChannelOptions) {
    this.#options = options;
  }

  start(): void {
    this.#options.window.addEventListener('message', this.#onMessage);
  }

  stop(): void {
    this.#options.window.removeEventListener('message', this.#onMessage);
    this.#observer?.disconnect();
  }

  send(report: FrameReport): void {
    const { window, parentOrigin, channel } = this.#options;
    // Not framed (opened directly): there is no parent to tell.
    if (window.parent === window) return;
    window.parent.postMessage({ ...report, channel } satisfies FromFrameMessage, parentOrigin);
  }

  /** The height last reported. */
  get height(): number {
    return Math.max(0, this.#lastHeight);
  }

  /**
   * Returns the element's height now (for the `ready` message) and reports it whenever it
   * changes, so the parent sizes the iframe to fit.
   */
  observeHeight(element: Element): number {
    const measure = () => Math.min(4000, Math.max(0, Math.ceil(element.getBoundingClientRect().height)));
    this.#lastHeight = measure();
    this.#observer = new ResizeObserver(() => {
      const height = measure();
      if (height === this.#lastHeight) return;
      this.#lastHeight = height;
      this.send({ type: 'dubai-pay:resize', height });
    });
    this.#observer.observe(element);
    return this.#lastHeight;
  }

  readonly #onMessage = (event: MessageEvent): void => {
    const { window, parentOrigin, channel } = this.#options;
    const message = acceptParentMessage(event, { origin: parentOrigin, source: window.parent === window ? null : window.parent, channel });
    if (message) this.#options.onMessage(message);
  };
}
