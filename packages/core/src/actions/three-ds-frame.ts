import type * as z from 'zod/mini';
import { acceptMessage, fromThreeDsFrameMessage, THREE_DS_FRAME_PATH, type toThreeDsFrameMessage } from '@dubai-pay/contract';
import { newIdempotencyKey } from '../idempotency-key.ts';
import type { MountPoint } from '../dom-types.ts';

type Start = Omit<z.output<typeof toThreeDsFrameMessage>, 'type' | 'channel' | 'nonce'>;

export interface ThreeDsFrameOptions {
  /** The gateway's origin: the container is served from it. */
  gatewayOrigin: string;
  publishableKey: string;
  /** Where the container iframe goes. */
  mount: MountPoint;
  /** A 3DS Method frame is invisible; a challenge frame is shown at this size (null: fill). */
  hidden: boolean;
  width?: number | null;
  height?: number | null;
  title?: string;
  /** The page's language, for the container document's `lang` (WCAG 3.1.1). */
  lang?: string;
}

/** A fresh random nonce per attempt: a message without it is not about this attempt. */
function newNonce(): string {
  return `${newIdempotencyKey()}${newIdempotencyKey()}`.replace(/-/g, '').slice(0, 48);
}

/**
 * The page's side of the gateway's 3-D Secure container frame. It creates the container iframe,
 * tells it which form to post into its nested ACS frame, and resolves when the container reports
 * that the gateway's notification page has loaded. Every message is checked: a real event, the
 * gateway's exact origin, the container's own window, this frame's channel, this attempt's nonce,
 * and the schema (rule 4). A message is a hint only: the caller reads the session.
 */
export class ThreeDsFrame {
  readonly channel = newIdempotencyKey();
  readonly iframe: HTMLIFrameElement;
  readonly #gatewayOrigin: string;
  #ready: Promise<void>;
  #onReady!: () => void;
  #waiting: { nonce: string; step: Start['step']; resolve: () => void } | undefined;

  constructor(options: ThreeDsFrameOptions) {
    this.#gatewayOrigin = options.gatewayOrigin;
    this.#ready = new Promise((resolve) => (this.#onReady = resolve));
    const iframe = document.createElement('iframe');
    const query = new URLSearchParams({ key: options.publishableKey, origin: location.origin, channel: this.channel, ...(options.lang ? { lang: options.lang } : {}) });
    iframe.src = `${options.gatewayOrigin}${THREE_DS_FRAME_PATH}?${query}`;
    iframe.title = options.title ?? '3-D Secure';
    iframe.setAttribute('part', options.hidden ? 'three-ds-method-frame' : 'three-ds-frame');
    const style = iframe.style;
    style.border = '0';
    style.display = 'block';
    if (options.hidden) {
      iframe.setAttribute('aria-hidden', 'true');
      iframe.tabIndex = -1;
      style.width = style.height = '0';
      style.position = 'absolute';
    } else {
      style.width = options.width ? `${options.width}px` : '100%';
      style.height = options.height ? `${options.height}px` : '100%';
      style.maxWidth = '100%';
    }
    this.iframe = iframe;
    // A cross-origin frame cannot take focus itself: the challenge's is given to it when the
    // container is ready (it passes it on to the bank's page, whose script focuses its code field).
    // Not when the customer has moved on to something else on the page meanwhile.
    const root = options.mount.getRootNode() as Document | ShadowRoot;
    if (!options.hidden) void this.#ready.then(() => (document.activeElement === document.body || (root !== document && root.activeElement)) && iframe.focus());
    window.addEventListener('message', this.#onMessage);
    options.mount.append(iframe);
  }

  /** Posts the step's form in the container; resolves when the gateway's notification page says the step ended. */
  async run(start: Start): Promise<void> {
    await this.#ready;
    const nonce = newNonce();
    const ended = new Promise<void>((resolve) => (this.#waiting = { nonce, step: start.step, resolve }));
    this.iframe.contentWindow?.postMessage({ type: 'dubai-pay:3ds-start', channel: this.channel, nonce, ...start }, this.#gatewayOrigin);
    return ended;
  }

  destroy(): void {
    window.removeEventListener('message', this.#onMessage);
    this.#waiting = undefined;
    this.iframe.remove();
  }

  readonly #onMessage = (event: MessageEvent): void => {
    const message = acceptMessage(event, { origin: this.#gatewayOrigin, source: this.iframe.contentWindow, channel: this.channel }, fromThreeDsFrameMessage);
    if (!message) return;
    if (message.type === 'dubai-pay:3ds-ready') {
      this.#onReady();
      return;
    }
    const waiting = this.#waiting;
    if (waiting && message.nonce === waiting.nonce && message.step === waiting.step) {
      this.#waiting = undefined;
      waiting.resolve();
    }
  };
}
