import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { timestamp } from './common.ts';
import { locale } from './locale.ts';

/**
 * A hand-off: the way a payment started at a kiosk or on a phone call is finished on the
 * customer's own phone. The kiosk shows `url` as a QR code; the IVR reads out `code`, which the
 * customer types at `${gateway}${HANDOFF_PAGE_PATH}`. Either opens the same session, once (single use), until
 * `expires_at`. Neither carries anything but the way to that session.
 */
/** Where on the gateway the customer types a hand-off's code (the kiosk shows it, the IVR reads it out). */
export const HANDOFF_PAGE_PATH = '/pay/';

/** The code page as said to a customer: the gateway's host and the path, from a hand-off's `url`. */
export function handoffCodePage(handoffUrl: string): string {
  return `${new URL(handoffUrl).host}${HANDOFF_PAGE_PATH}`;
}

/**
 * Asks for a hand-off. `locale`: the language the customer is paying in (the kiosk's or the call's);
 * the link opens the phone's pages in it (`?lang=` in `url`), each with a switch to the other.
 */
export const handoffRequest = lazySchema(() => z.object({ locale: z.optional(locale) }));

export const handoff = lazySchema(() =>
  z.object({
    object: z.literal('handoff'),
    /** Eight digits, for reading out on a call. */
    code: z.string().check(z.regex(/^\d{8}$/)),
    /** The gateway's page for this hand-off, for a QR code. */
    url: z.url(),
    expires_at: timestamp,
  }),
);

/**
 * A receipt link: a paid session's receipt opened on the customer's phone ("send to my phone"
 * from a kiosk or a checkout). Read-only and receipt-only: the page shows that one receipt and
 * nothing else of the session (no client secret, no way to pay or cancel), until `expires_at`; a
 * new link replaces the last. It is not a hand-off: its token never opens a payment.
 */
export const receiptLinkRequest = lazySchema(() => z.object({ locale: z.optional(locale) }));

export const receiptLink = lazySchema(() =>
  z.object({
    object: z.literal('receipt_link'),
    /** The gateway's receipt page, for a QR code or a tap. */
    url: z.url(),
    expires_at: timestamp,
  }),
);
