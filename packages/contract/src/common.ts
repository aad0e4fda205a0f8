import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';

/** A string in both languages of the product. Neither is optional: Arabic and English are equals. */
export const localizedText = lazySchema(() => z.object({ en: z.string(), ar: z.string() }));

/**
 * The most one session may ask for: AED 50,000,000 (large property fees reach millions). Every
 * item and every total is at most this, so sums stay exact safe integers.
 */
export const MAX_AMOUNT = 5_000_000_000;

/** Integer minor units: fils (100 fils = 1 AED). Never a float, never more than `MAX_AMOUNT`. */
export const amount = z.int().check(z.nonnegative(), z.maximum(MAX_AMOUNT));

export const currency = z.literal('AED');

/** RFC 3339 timestamp in UTC. */
export const timestamp = z.iso.datetime();

/** Where a payment is made from; recorded on the session and shown on the receipt. */
export const channel = z.enum(['web', 'kiosk', 'mobile', 'ivr']);

/** The three ways to pay. */
export const paymentMethodType = z.enum(['card', 'edirham', 'direct_debit']);

export const list = <Item extends z.core.$ZodType>(item: Item) => z.object({ data: z.array(item) });
