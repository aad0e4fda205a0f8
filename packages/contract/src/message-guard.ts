import * as z from 'zod/mini';

/** A window-message exchange's channel: a random id the page makes, so messages of two checkouts on one page never cross. */
export const messageChannel = z.string().check(z.minLength(8), z.maxLength(64));

/** Who a window message must come from: exactly this origin, exactly this window, on this channel. */
export interface ExpectedSender {
  origin: string;
  /** The window that must have sent it (the frame's, the parent's); a message with no source never matches. */
  source: unknown;
  /** The channel the message must carry, when the exchange has one. */
  channel?: string;
}

type WindowMessage = Pick<MessageEvent, 'origin' | 'source' | 'data'> & { isTrusted?: boolean };

/**
 * The one rule for every window message the SDK acts on (design rule 4), in the page, the hosted
 * fields and the 3-D Secure container alike: a real `postMessage` (not an event a script made up),
 * from exactly the expected origin (no prefix or suffix match) and window, of a known shape, on
 * the expected channel. Anything else is `undefined`, to be ignored without an answer.
 */
export function acceptMessage<T>(event: WindowMessage, expected: ExpectedSender, schema: z.ZodMiniType<T>): T | undefined {
  if (event.isTrusted === false || event.origin !== expected.origin || event.source == null || event.source !== expected.source) return undefined;
  const parsed = z.safeParse(schema, event.data);
  if (!parsed.success) return undefined;
  if (expected.channel !== undefined && (parsed.data as { channel?: unknown }).channel !== expected.channel) return undefined;
  return parsed.data;
}
