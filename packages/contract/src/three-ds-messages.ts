import * as z from 'zod/mini';

/**
 * Messages of the 3-D Secure container: a frame on the GATEWAY origin in which the ACS's pages
 * are nested, so that the agency page needs `frame-src <gateway>` only.
 *
 *   agency page ──start──▶ container (gateway) ──form POST──▶ ACS frame (ACS origin)
 *   agency page ◀─notified─ container ◀─notification─ gateway notification page (in the ACS frame)
 *
 * Each hop checks the exact origin, the source window and the channel; the page also checks the
 * nonce it chose for this attempt. A message is only a hint: the outcome is read from the gateway.
 */

export const THREE_DS_FRAME_PATH = '/frame/3ds';

const channel = z.string().check(z.minLength(8), z.maxLength(64));
const nonce = z.string().check(z.minLength(16), z.maxLength(64));
export const threeDsStep = z.enum(['method', 'challenge']);

/** Query of the container's URL: `${gateway}/frame/3ds?…` */
export const threeDsFrameQuery = z.object({ key: z.string(), origin: z.string(), channel });

/** Page → container: post this form into a nested frame. */
export const toThreeDsFrameMessage = z.object({
  type: z.literal('dubai-pay:3ds-start'),
  channel,
  nonce,
  step: threeDsStep,
  /** The ACS's 3DS Method URL or challenge URL. */
  url: z.url({ protocol: /^https?$/ }),
  /** The form field and its value: `threeDSMethodData` for the method, `creq` for a challenge. */
  field: z.enum(['threeDSMethodData', 'creq']),
  value: z.string().check(z.maxLength(4096), z.regex(/^[\w-]+$/)),
  /** Challenge window size in CSS px (`05`: the whole container). */
  width: z.optional(z.int().check(z.minimum(0), z.maximum(4000))),
  height: z.optional(z.int().check(z.minimum(0), z.maximum(4000))),
});

/** Container → page. */
export const fromThreeDsFrameMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('dubai-pay:3ds-ready'), channel }),
  /** The gateway's notification page loaded in the ACS frame: the step has ended (read the session). */
  z.object({ type: z.literal('dubai-pay:3ds-notified'), channel, nonce, step: threeDsStep }),
]);

/** Gateway notification page → its parent, the container (same origin). */
export const threeDsNotification = z.object({ type: z.literal('dubai-pay:3ds-notification'), step: threeDsStep });
