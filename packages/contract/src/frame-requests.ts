import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { locale } from './locale.ts';
import { ALLOWED_FONT_LIST, APPEARANCE_BOUNDS } from './frame-appearance.ts';
import { frameField, frameMethod } from './frame-messages.ts';
import { messageChannel } from './message-guard.ts';

// What the hosted fields frame reads (see frame-messages.ts for the rules of the exchange): its
// query, and the parent's messages. A module of its own so that the page's bundle, which only
// sends these, does not carry their schemas.

const base = { channel: messageChannel };

/**
 * The only styling the parent may pass: a fixed set of values, each checked against a narrow
 * pattern (no CSS strings, no url(), no expressions).
 */
const { color, radiusPx, fontSizePx, borderWidthPx, fontWeights, fontFamily } = APPEARANCE_BOUNDS;
const hexColor = z.optional(z.string().check(z.regex(color)));

export const frameAppearance = lazySchema(() =>
  z.object({
    color_text: hexColor,
    color_background: hexColor,
    color_border: hexColor,
    color_focus: hexColor,
    color_error: hexColor,
    radius_px: z.optional(z.int().check(z.minimum(radiusPx.min), z.maximum(radiusPx.max))),
    font_size_px: z.optional(z.int().check(z.minimum(fontSizePx.min), z.maximum(fontSizePx.max))),
    /** A list of font family names, each one the gateway shows (`FRAME_FONT_FAMILIES`). */
    font_family: z.optional(z.string().check(z.maxLength(fontFamily.maxLength), z.regex(fontFamily.pattern), z.regex(ALLOWED_FONT_LIST))),
    /** The fields' border width, their background, the labels' weight. */
    input_border_width_px: z.optional(z.int().check(z.minimum(borderWidthPx.min), z.maximum(borderWidthPx.max))),
    input_background: hexColor,
    label_font_weight: z.optional(z.literal([...fontWeights])),
    /** Kiosk: larger targets and type. */
    size: z.optional(z.enum(['normal', 'large'])),
  }),
);

/** Parent → frame. */
export const toFrameMessage = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('dubai-pay:configure'),
      ...base,
      locale: locale,
      method: frameMethod,
      appearance: frameAppearance,
    }),
    z.object({ type: z.literal('dubai-pay:submit'), ...base, request_id: z.string().check(z.maxLength(64)) }),
    z.object({ type: z.literal('dubai-pay:focus'), ...base, field: frameField }),
    /** Wipe every field (after a payment, on cancel, on a kiosk's idle reset). */
    z.object({ type: z.literal('dubai-pay:clear'), ...base }),
    /**
     * The parent has just begun to listen, to a frame that was in the page before its script ran
     * (rendered by the agency's server: `prerenderedFields`): a frame that has already said `ready`
     * says it again, with where its fields stand (`change`). One that has not yet will, as usual.
     */
    z.object({ type: z.literal('dubai-pay:hello'), ...base }),
    /**
     * Pay was pressed with details missing: show every field's problem and focus the first (WCAG 3.3.1).
     * With `declined`: the gateway declined for one detail (a wrong PIN): that field alone is marked.
     */
    z.object({
      type: z.literal('dubai-pay:show-problems'),
      ...base,
      // A code the frame does not map to a field (see DECLINED_FIELD_PARAMS) marks nothing.
      declined: z.optional(z.string().check(z.maxLength(32))),
    }),
  ]),
);

/** Query parameters of the frame's URL: `${gateway}/frame/fields?…` */
export const frameQuery = lazySchema(() =>
  z.object({
    key: z.string().check(z.minLength(1)),
    /** The embedding page's exact origin; must be registered for the key. */
    origin: z.string(),
    channel: messageChannel,
    locale: locale,
    method: frameMethod,
    /**
     * The payment the frame is for: the session (`ps_…`) or, before one exists, the quote (`qt_…`).
     * The gateway shows its payee and amount in the frame, and binds every token made there to it.
     */
    payment: z.string().check(z.regex(/^(ps|qt)_[A-Za-z0-9]{6,64}$/)),
    /**
     * The first appearance, as JSON of `frameAppearance`, so that the frame's first layout is its
     * final one (no resize after a `configure` round trip moves the page under the customer's finger).
     * Invalid JSON or values are ignored: the defaults apply.
     */
    appearance: z.optional(z.string().check(z.maxLength(1024))),
  }),
);
