import * as z from 'zod/mini';
import { acceptMessage, threeDsFrameQuery, threeDsNotification, toThreeDsFrameMessage, type fromThreeDsFrameMessage } from '@dubai-pay/contract';
import { exactOrigin } from '../parent-channel.ts';

type StartMessage = z.output<typeof toThreeDsFrameMessage>;
type ToParent = z.output<typeof fromThreeDsFrameMessage>;
type Step = StartMessage['step'];

/** The container's query, validated; the origin must be exactly an http(s) origin (it becomes a target origin). */
export function readContainerQuery(search: string): z.output<typeof threeDsFrameQuery> | undefined {
  const parsed = z.safeParse(threeDsFrameQuery, Object.fromEntries(new URLSearchParams(search)));
  return parsed.success && exactOrigin(parsed.data.origin) ? parsed.data : undefined;
}

type Sender = Pick<MessageEvent, 'origin' | 'source' | 'data'>;

/** The page's start message, if it comes from exactly the page's origin, from the parent window, on this channel. */
export function acceptStart(event: Sender, expected: { origin: string; source: unknown; channel: string }): StartMessage | undefined {
  return acceptMessage(event, expected, toThreeDsFrameMessage);
}

/** The notification page's message, if it comes from this origin and from the ACS frame this container made. */
export function acceptNotification(event: Sender, expected: { origin: string; source: unknown; step: Step | undefined }): Step | undefined {
  const notification = acceptMessage(event, expected, threeDsNotification);
  return expected.step !== undefined && notification?.step === expected.step ? notification.step : undefined;
}

/**
 * The gateway-origin container: on the page's word, form-POSTs the 3DS Method data or the CReq
 * into a frame nested here (so the ACS never needs a place in the agency page's CSP), and tells
 * the page, with the page's nonce, when the gateway's notification page loads in that frame.
 */
export class ThreeDsContainer {
  readonly #window: Window;
  readonly #query: { origin: string; channel: string };
  #acsFrame: HTMLIFrameElement | undefined;
  #attempt: { nonce: string; step: Step } | undefined;

  constructor(window: Window, query: { origin: string; channel: string }) {
    this.#window = window;
    this.#query = query;
  }

  start(): void {
    this.#window.addEventListener('message', this.#onMessage);
    // Focus given to this container again (the page focusing its frame, say) goes on into the
    // bank's page: to its window, as the frame element is still this document's focused element
    // (focusing it again does nothing). After the focus change in progress, not during it.
    this.#window.addEventListener('focus', () => setTimeout(() => this.#acsFrame?.contentWindow?.focus()));
    this.#tell({ type: 'dubai-pay:3ds-ready', channel: this.#query.channel });
  }

  #tell(message: ToParent): void {
    if (this.#window.parent !== this.#window) this.#window.parent.postMessage(message, this.#query.origin);
  }

  readonly #onMessage = (event: MessageEvent): void => {
    const { origin, channel } = this.#query;
    const start = acceptStart(event, { origin, source: this.#window.parent === this.#window ? null : this.#window.parent, channel });
    if (start) {
      this.#post(start);
      return;
    }
    const step = acceptNotification(event, { origin: this.#window.location.origin, source: this.#acsFrame?.contentWindow ?? null, step: this.#attempt?.step });
    if (step && this.#attempt) this.#tell({ type: 'dubai-pay:3ds-notified', channel, nonce: this.#attempt.nonce, step });
  };

  /** A new start replaces the frame of the one before: its late notification is no longer heard. */
  #post(start: StartMessage): void {
    const document = this.#window.document;
    this.#acsFrame?.remove();
    this.#attempt = { nonce: start.nonce, step: start.step };
    const name = `acs-${start.nonce}`;
    const frame = document.createElement('iframe');
    frame.name = name;
    frame.title = start.step === 'challenge' ? '3-D Secure · التحقق الآمن' : '';
    // Forms, scripts, same-origin as EMV advises for ACS frames. Popups too, so a bank's help or
    // terms link opens in a new tab, and custom-scheme links (bank apps) may launch. Popups keep
    // this sandbox: one let out of it could navigate the agency page through `opener`. Never top
    // navigation, not even on a tap: it would take the customer off the agency page mid-payment,
    // and EMV 3DS 2.2's browser challenge ends inside this frame (the CRes posted back).
    frame.setAttribute('sandbox', 'allow-forms allow-scripts allow-same-origin allow-popups allow-top-navigation-to-custom-protocols');
    const style = frame.style;
    style.border = '0';
    style.display = 'block';
    if (start.step === 'method') {
      frame.setAttribute('aria-hidden', 'true');
      frame.tabIndex = -1;
      style.width = style.height = '0';
      style.position = 'absolute';
    } else {
      style.width = start.width ? `${start.width}px` : '100%';
      style.height = start.height ? `${start.height}px` : '100vh';
      style.maxWidth = '100%';
      // The page gives this container focus; it passes it on to the bank's page (whose script
      // focuses its code field) once loaded, and after each of its navigations (a wrong code
      // reloads it) should one have lost it (while the frame keeps it, this does nothing).
      frame.addEventListener('load', () => document.hasFocus() && frame.focus());
    }
    document.body.replaceChildren(frame);
    const form = document.createElement('form');
    form.method = 'post';
    form.action = start.url;
    form.target = name;
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = start.field;
    input.value = start.value;
    form.append(input);
    document.body.append(form);
    form.submit();
    form.remove();
    this.#acsFrame = frame;
  }
}
