import * as z from 'zod/mini';
import { timestamp } from './common.ts';

/**
 * A hand-off: the way a payment started at a kiosk or on a phone call is finished on the
 * customer's own phone. The kiosk shows `url` as a QR code; the IVR reads out `code`, which the
 * customer types at `${gateway}/pay/`. Either opens the same session, once (single use), until
 * `expires_at`. Neither carries anything but the way to that session.
 */
export const handoff = z.object({
  object: z.literal('handoff'),
  /** Eight digits, for reading out on a call. */
  code: z.string().check(z.regex(/^\d{8}$/)),
  /** The gateway's page for this hand-off, for a QR code. */
  url: z.url(),
  expires_at: timestamp,
});
