import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { messageChannel } from './message-guard.ts';

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

export const threeDsNonce = z.string().check(z.minLength(16), z.maxLength(64));
export const threeDsStep = z.enum(['method', 'challenge']);

/** Container → page. */
export const fromThreeDsFrameMessage = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('dubai-pay:3ds-ready'), channel: messageChannel }),
    /** The gateway's notification page loaded in the ACS frame: the step has ended (read the session). */
    z.object({ type: z.literal('dubai-pay:3ds-notified'), channel: messageChannel, nonce: threeDsNonce, step: threeDsStep }),
  ]),
);
