import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { messageChannel } from './message-guard.ts';
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
 * What the frame keeps of the gateway's payment method answer and hands the parent: the token
 * and the masked summary. (Parsing only this keeps the frame small; extra fields are tolerated.)
 */
export const frameToken = lazySchema(() => z.object({ id: z.string(), summary: paymentMethodSummary }));

const base = { channel: messageChannel };
const frameHeight = z.int().check(z.minimum(0), z.maximum(4000));

/** Frame → parent. */
export const fromFrameMessage = lazySchema(() =>
  z.discriminatedUnion('type', [
    /**
     * The frame has drawn everything it shows at first (its scripts have run, its fonts are in):
     * `height` is the settled height. The parent reveals what sits below the frame only then, so
     * nothing moves once it can be tapped.
     */
    z.object({ type: z.literal('dubai-pay:ready'), ...base, height: z.optional(frameHeight) }),
    z.object({ type: z.literal('dubai-pay:resize'), ...base, height: frameHeight }),
    /** The customer touched or typed in the frame (at most once a second): a kiosk's idle timer starts over. */
    z.object({ type: z.literal('dubai-pay:activity'), ...base }),
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
  ]),
);

export const FRAME_PATH = '/frame/fields';
