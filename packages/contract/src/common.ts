import * as z from 'zod/mini';

/** A string in both languages of the product. Neither is optional: Arabic and English are equals. */
export const localizedText = z.object({ en: z.string(), ar: z.string() });

/** Integer minor units: fils (100 fils = 1 AED). Never a float. */
export const amount = z.int().check(z.nonnegative());

export const currency = z.literal('AED');

/** RFC 3339 timestamp in UTC. */
export const timestamp = z.iso.datetime();

/** Where a payment is made from; recorded on the session and shown on the receipt. */
export const channel = z.enum(['web', 'kiosk', 'mobile', 'ivr']);

/** The three ways to pay. */
export const paymentMethodType = z.enum(['card', 'edirham', 'direct_debit']);

export const list = <Item extends z.core.$ZodType>(item: Item) => z.object({ data: z.array(item) });
