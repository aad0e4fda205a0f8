import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { messageChannel } from './message-guard.ts';
import { threeDsNonce, threeDsStep } from './three-ds-messages.ts';

// What the gateway's 3-D Secure container reads (see three-ds-messages.ts for the whole exchange):
// its query, the page's start message, the notification page's message.

/** Query of the container's URL: `${gateway}/frame/3ds?…` */
export const threeDsFrameQuery = lazySchema(() => z.object({ key: z.string(), origin: z.string(), channel: messageChannel }));

/** Page → container: post this form into a nested frame. */
export const toThreeDsFrameMessage = lazySchema(() =>
  z.object({
    type: z.literal('dubai-pay:3ds-start'),
    channel: messageChannel,
    nonce: threeDsNonce,
    step: threeDsStep,
    /** The ACS's 3DS Method URL or challenge URL. */
    url: z.url({ protocol: /^https?$/ }),
    /** The form field and its value: `threeDSMethodData` for the method, `creq` for a challenge. */
    field: z.enum(['threeDSMethodData', 'creq']),
    value: z.string().check(z.maxLength(4096), z.regex(/^[\w-]+$/)),
    /** Challenge window size in CSS px (`05`: the whole container). */
    width: z.optional(z.int().check(z.minimum(0), z.maximum(4000))),
    height: z.optional(z.int().check(z.minimum(0), z.maximum(4000))),
  }),
);

/** Gateway notification page → its parent, the container (same origin). */
export const threeDsNotification = lazySchema(() => z.object({ type: z.literal('dubai-pay:3ds-notification'), step: threeDsStep }));
