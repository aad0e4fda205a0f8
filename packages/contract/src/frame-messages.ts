import * as z from 'zod/mini';
import { paymentMethodSummary } from './payment-method.ts';

/**
 * Messages between the hosted fields frame (served from the GATEWAY origin) and the page that
 * embeds it. Every message is posted with an exact target origin, checked on arrival for
 * `event.origin` and `event.source`, carries the channel id the parent chose for this frame,
 * and is parsed by these schemas before anything is done with it (rule 4).
 *
 * No message from the frame ever carries a card number, expiry, CVC, e-Dirham number or PIN:
 * only completeness, the brand, and finally a token with a masked summary (rule 1).
 */

/** Field names inside the frame; what `focus` and field errors refer to. */
export const frameField = z.enum(['number', 'expiry', 'cvc', 'name', 'pin']);

/** What the frame collects: card details, or an e-Dirham card number and PIN. */
export const frameMethod = z.enum(['card', 'edirham']);

/**
 * The only styling the parent may pass: a fixed set of values, each checked against a narrow
 * pattern (no CSS strings, no url(), no expressions).
 */
export const frameAppearance = z.object({
  color_text: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{3,8}$/))),
  color_background: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{3,8}$/))),
  color_border: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{3,8}$/))),
  color_focus: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{3,8}$/))),
  color_error: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{3,8}$/))),
  radius_px: z.optional(z.int().check(z.minimum(0), z.maximum(24))),
  font_size_px: z.optional(z.int().check(z.minimum(12), z.maximum(32))),
  /** A list of font family names: letters, digits, spaces, hyphens, commas and quotes only. */
  font_family: z.optional(z.string().check(z.maxLength(200), z.regex(/^[\w\s\-,'"]+$/))),
  /** Kiosk: larger targets and type. */
  size: z.optional(z.enum(['normal', 'large'])),
});

/**
 * What the frame keeps of the gateway's payment method answer and hands the parent: the token
 * and the masked summary. (Parsing only this keeps the frame small; extra fields are tolerated.)
 */
export const frameToken = z.object({ id: z.string(), summary: paymentMethodSummary });

const base = { channel: z.string().check(z.minLength(8), z.maxLength(64)) };

/** Parent → frame. */
export const toFrameMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('dubai-pay:configure'),
    ...base,
    locale: z.enum(['en', 'ar']),
    method: frameMethod,
    appearance: frameAppearance,
  }),
  z.object({ type: z.literal('dubai-pay:submit'), ...base, request_id: z.string().check(z.maxLength(64)) }),
  z.object({ type: z.literal('dubai-pay:focus'), ...base, field: frameField }),
  /** Wipe every field (after a payment, on cancel, on a kiosk's idle reset). */
  z.object({ type: z.literal('dubai-pay:clear'), ...base }),
]);

/** Frame → parent. */
export const fromFrameMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('dubai-pay:ready'), ...base }),
  z.object({ type: z.literal('dubai-pay:resize'), ...base, height: z.int().check(z.minimum(0), z.maximum(4000)) }),
  z.object({
    type: z.literal('dubai-pay:change'),
    ...base,
    /** Every field holds a valid value. */
    complete: z.boolean(),
    empty: z.boolean(),
    /** Card brand detected from the first digits, for the parent to show a logo. */
    brand: z.optional(z.string()),
  }),
  z.object({
    type: z.literal('dubai-pay:tokenized'),
    ...base,
    request_id: z.string(),
    payment_method: frameToken,
  }),
  z.object({
    type: z.literal('dubai-pay:error'),
    ...base,
    request_id: z.string(),
    /** An error code of the contract (`invalid_card_number`, `network_error`, …). */
    code: z.string(),
    field: z.optional(frameField),
  }),
]);

/** Query parameters of the frame's URL: `${gateway}/frame/fields?…` */
export const frameQuery = z.object({
  key: z.string(),
  /** The embedding page's exact origin; must be registered for the key. */
  origin: z.string(),
  channel: base.channel,
  locale: z.enum(['en', 'ar']),
  method: frameMethod,
});

export const FRAME_PATH = '/frame/fields';
