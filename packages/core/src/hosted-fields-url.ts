import { FRAME_PATH, type FrameAppearance, type Locale } from '@dubai-pay/contract';

export interface HostedFieldsUrlOptions {
  /** The gateway's API base URL (`…/v1`); the frame is served from its origin. */
  gateway: string;
  publishableKey: string;
  /** The embedding page's origin: the only one the frame will talk to (the gateway checks it is registered for the key). */
  origin: string;
  /** The id the page and the frame put on every message between them. */
  channel: string;
  locale: Locale;
  method: 'card' | 'edirham';
  /** The session (`ps_…`) or quote (`qt_…`) being paid. Never a client secret: this URL is logged. */
  payment: string;
  keypad?: boolean | undefined;
  appearance?: FrameAppearance | undefined;
}

/** The hosted fields' URL: the component's, and the one an agency's server renders (`prerenderedFields`). */
export function hostedFieldsUrl(options: HostedFieldsUrlOptions): string {
  const query = new URLSearchParams({
    key: options.publishableKey,
    origin: options.origin,
    channel: options.channel,
    locale: options.locale,
    method: options.method,
    payment: options.payment,
    ...(options.keypad ? { keypad: '1' } : {}),
    ...(options.appearance && Object.keys(options.appearance).length ? { appearance: JSON.stringify(options.appearance) } : {}),
  });
  return `${new URL(options.gateway).origin}${FRAME_PATH}?${query}`;
}
