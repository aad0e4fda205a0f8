import type { Locale } from '@dubai-pay/contract';
import { hostedFieldsUrl } from '../hosted-fields-url.ts';
import { newIdempotencyKey } from '../idempotency-key.ts';
import { sessionIdOf } from '../sessions.ts';

export interface PrerenderedFieldsOptions {
  /** The gateway's API base URL (`…/v1`). */
  gateway: string;
  /** The publishable key the page's `<dubai-pay>` uses. */
  publishableKey: string;
  /** The session's client secret, as given to `<dubai-pay client-secret>`: only its session id goes in the URL. */
  clientSecret: string;
  /** The origin of the page that shows it (`https://agency.example`), registered for the key. */
  pageOrigin: string;
  locale: Locale;
  /** The method the checkout starts on (default `card`); another one, and the checkout makes its own frame. */
  method?: 'card' | 'edirham';
}

const escapeAttribute = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The card fields' iframe for an agency's server to put inside `<dubai-pay>` in the HTML it sends
 * (`<dubai-pay client-secret="…">${html}</dubai-pay>`): the frame then loads with the page, beside
 * the component's script, instead of after it. The component takes it over when it starts; it
 * shows it where its own would be and keeps it hidden until the checkout is ready. `src` and the
 * `html` are for this page and this session only (a new channel each time).
 */
export function prerenderedFields(options: PrerenderedFieldsOptions): { src: string; html: string } {
  const payment = sessionIdOf(options.clientSecret);
  if (payment === options.clientSecret || !payment.startsWith('ps_'))
    throw new TypeError('prerenderedFields needs the session’s client secret (ps_…_secret_…), as given to <dubai-pay client-secret>.');
  const src = hostedFieldsUrl({
    gateway: options.gateway,
    publishableKey: options.publishableKey,
    origin: new URL(options.pageOrigin).origin,
    channel: newIdempotencyKey(),
    locale: options.locale,
    method: options.method ?? 'card',
    payment,
  });
  // The component sets the title in its own words once it runs; this one is for the moment before.
  const title = options.locale === 'ar' ? 'بيانات البطاقة' : 'Card details';
  const html = `<iframe slot="fields" src="${escapeAttribute(src)}" title="${title}" sandbox="allow-scripts allow-same-origin allow-forms" referrerpolicy="no-referrer" loading="eager"></iframe>`;
  return { src, html };
}
