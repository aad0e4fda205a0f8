import {
  acceptMessage,
  camelize,
  fromFrameMessage,
  type FrameAppearance,
  type FrameField,
  type FromFrameMessage,
  type Locale,
  type PaymentMethodSummary,
  type ToFrameMessage,
  type DeclinedFieldCode,
} from '@dubai-pay/contract';
import { DubaiPayError } from './errors/dubai-pay-error.ts';
import { hostedFieldsUrl } from './hosted-fields-url.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { BrowserWindow } from './dom-types.ts';

export interface HostedFieldsOptions {
  /** The gateway's API base URL (`…/v1`); the frame is served from its origin. */
  gateway: string;
  publishableKey: string;
  method: 'card' | 'edirham';
  /** The session (`ps_…`) or quote (`qt_…`) being paid: the frame shows its payee and amount, and its tokens pay only it. */
  payment: string;
  locale: Locale;
  /** Kiosks: an on-screen numeric keypad inside the frame (the page still never sees a digit). */
  keypad?: boolean;
  /** The frame's first look, put in its URL so that its first layout is final (later changes: `configure`). */
  appearance?: FrameAppearance;
  /** The embedding page's origin (default: this window's). */
  origin?: string;
  /** Gives the frame's window once the iframe exists (the component renders the iframe). */
  frameWindow: () => BrowserWindow | null | undefined;
  /**
   * A frame already in the page (rendered by the agency's server with `prerenderedFields`, so it
   * loads before any script): its URL and channel. It may have said `ready` before anyone
   * listened: it is asked to say it again.
   */
  prerendered?: { url: string; channel: string } | undefined;
  /** The frame has drawn its first, settled layout; `height` is its height in CSS pixels (if the frame said). */
  onReady?: (height: number | undefined) => void;
  onChange?: (state: { complete: boolean; empty: boolean; brand?: string | undefined }) => void;
  onResize?: (height: number) => void;
  /** The customer touched or typed in the frame (reported at most once a second). */
  onActivity?: () => void;
}

export type TokenizeResult =
  | { paymentMethod: { id: string; summary: PaymentMethodSummary }; error?: undefined }
  | { paymentMethod?: undefined; error: DubaiPayError; field?: FrameField | undefined };

const SUBMIT_TIMEOUT_MS = 60_000;

/**
 * The page's side of the hosted fields: the frame URL, and the messages with the frame. The card
 * and e-Dirham details never leave the frame; this side only ever sees completeness, the brand
 * and the token (rule 1). Every message is checked for exact origin, source, channel and shape
 * before it is used (rule 4).
 */
export class HostedFields {
  readonly channel: string;
  readonly url: string;
  /** The frame was in the page already (`prerendered`), not made for this instance. */
  readonly prerendered: boolean;
  readonly #options: HostedFieldsOptions;
  readonly #gatewayOrigin: string;
  readonly #pending = new Map<string, (result: TokenizeResult) => void>();
  #submitting: Promise<TokenizeResult> | undefined;
  #ready = false;
  #queued: ToFrameMessage[] = [];

  constructor(options: HostedFieldsOptions) {
    this.#options = options;
    this.#gatewayOrigin = new URL(options.gateway).origin;
    this.prerendered = options.prerendered !== undefined;
    this.channel = options.prerendered?.channel ?? newIdempotencyKey();
    this.url = options.prerendered?.url ?? hostedFieldsUrl({ ...options, origin: options.origin ?? location.origin, channel: this.channel });
    window.addEventListener('message', this.#onMessage);
    // Not queued: this is what makes a frame that is already ready say so again.
    if (this.prerendered) this.#options.frameWindow()?.postMessage({ type: 'dubai-pay:hello', channel: this.channel } satisfies ToFrameMessage, this.#gatewayOrigin);
  }

  /** Sets the language and the appearance (colours, radius, font) inside the frame. */
  configure(locale: Locale, appearance: FrameAppearance = {}): void {
    this.#send({ type: 'dubai-pay:configure', channel: this.channel, locale, method: this.#options.method, appearance });
  }

  focus(field: FrameField): void {
    this.#send({ type: 'dubai-pay:focus', channel: this.channel, field });
  }

  /** Wipes every field in the frame. */
  clear(): void {
    this.#send({ type: 'dubai-pay:clear', channel: this.channel });
  }

  /**
   * Shows, at each field, what is missing or wrong (an empty field too), and focuses the first
   * such field: for Pay pressed before the details are complete (WCAG 3.3.1). Focus the iframe
   * element first: browsers let only a focused frame move focus to its own fields.
   * `declined`: the gateway declined for one detail (`incorrect_pin`…): only that field is
   * marked, and focus stays where it is.
   */
  showProblems(declined?: DeclinedFieldCode): void {
    this.#send({ type: 'dubai-pay:show-problems', channel: this.channel, ...(declined ? { declined } : {}) });
  }

  /**
   * Asks the frame to validate its fields and exchange them for a one-time token. Invalid
   * details come back as `{ error, field }` (the frame shows the message at the field).
   * A second call while one runs returns the same promise.
   */
  tokenize(): Promise<TokenizeResult> {
    this.#submitting ??= new Promise<TokenizeResult>((resolve) => {
      const requestId = newIdempotencyKey();
      const timer = setTimeout(() => this.#settle(requestId, { error: new DubaiPayError('timeout') }), SUBMIT_TIMEOUT_MS);
      this.#pending.set(requestId, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      this.#send({ type: 'dubai-pay:submit', channel: this.channel, request_id: requestId });
    }).finally(() => (this.#submitting = undefined));
    return this.#submitting;
  }

  /** The frame said it is ready (its first layout is drawn); messages sent before then waited for it. */
  get ready(): boolean {
    return this.#ready;
  }

  destroy(): void {
    window.removeEventListener('message', this.#onMessage);
    for (const requestId of [...this.#pending.keys()]) this.#settle(requestId, { error: new DubaiPayError('unknown', { detail: 'The hosted fields were removed.' }) });
  }

  #send(message: ToFrameMessage): void {
    const target = this.#options.frameWindow();
    // Until the frame says it is ready, messages wait: a message sent earlier would be lost.
    if (!this.#ready || !target) {
      this.#queued = [...this.#queued.filter((m) => m.type !== message.type || m.type === 'dubai-pay:submit'), message];
      return;
    }
    target.postMessage(message, this.#gatewayOrigin);
  }

  #settle(requestId: string, result: TokenizeResult): void {
    const resolve = this.#pending.get(requestId);
    this.#pending.delete(requestId);
    resolve?.(result);
  }

  readonly #onMessage = (event: MessageEvent): void => {
    // A real postMessage (not an event a page script made up), from the exact origin, the frame
    // this instance made, on this instance's channel, with a known shape.
    const message = acceptMessage(event, { origin: this.#gatewayOrigin, source: this.#options.frameWindow(), channel: this.channel }, fromFrameMessage);
    if (message) this.#handle(message);
  };

  #handle(message: FromFrameMessage): void {
    switch (message.type) {
      case 'dubai-pay:ready': {
        this.#ready = true;
        const queued = this.#queued;
        this.#queued = [];
        for (const m of queued) this.#send(m);
        this.#options.onReady?.(message.height);
        break;
      }
      case 'dubai-pay:resize':
        this.#options.onResize?.(message.height);
        break;
      case 'dubai-pay:activity':
        this.#options.onActivity?.();
        break;
      case 'dubai-pay:change':
        this.#options.onChange?.({ complete: message.complete, empty: message.empty, brand: message.brand });
        break;
      case 'dubai-pay:tokenized':
        this.#settle(message.request_id, { paymentMethod: camelize(message.payment_method) });
        break;
      case 'dubai-pay:error':
        this.#settle(message.request_id, { error: new DubaiPayError(message.code), field: message.field });
        break;
    }
  }
}
