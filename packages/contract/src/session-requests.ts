import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { threeDsPolicy } from './three-d-secure.ts';
import { locale } from './locale.ts';
import { bankId } from './banks.ts';
import { amount, channel, localizedText, paymentMethodType } from './common.ts';
import { lineItemKind } from './quote.ts';

// Request bodies the gateway parses (a module of their own, so browser bundles that only read
// sessions do not carry them).

/** A line an agency server puts on a session it creates (secret key only). */
export const sessionItemRequest = lazySchema(() =>
  z.object({
    kind: z.optional(lineItemKind),
    description: localizedText,
    unit_amount: amount.check(z.positive()),
    quantity: z.optional(z.int().check(z.positive(), z.maximum(1000))),
  }),
);

const sessionOptions = {
  channel: z.optional(channel),
  reference: z.optional(z.string().check(z.maxLength(64))),
  allowed_methods: z.optional(z.array(paymentMethodType).check(z.minLength(1))),
};

/**
 * A session is created from a quote (browser or server) or from items (server only). There is
 * no way to send a bare amount from a browser (rule 2).
 */
export const createSessionRequest = z
  .object({
    quote_id: z.optional(z.string().check(z.minLength(1))),
    items: z.optional(z.array(sessionItemRequest).check(z.minLength(1), z.maxLength(50))),
    ...sessionOptions,
  })
  .check(z.refine((body) => (body.quote_id === undefined) !== (body.items === undefined), 'Send either quote_id or items, not both.'));

/** Browser data for 3-D Secure (EMV 3DS browser fields); Accept and IP come from the request. */
export const browserInfo = lazySchema(() =>
  z.object({
    language: z.string().check(z.maxLength(35)),
    color_depth: z.int(),
    screen_height: z.int(),
    screen_width: z.int(),
    time_zone_offset: z.int(),
    user_agent: z.string().check(z.maxLength(2048)),
    java_enabled: z.boolean(),
    javascript_enabled: z.boolean(),
  }),
);

const confirmOptions = {
  browser_info: z.optional(browserInfo),
  /**
   * The language the customer is paying in (the checkout's): the bank's approval page and the
   * 3-D Secure challenge open in it. `browser_info.language` stays the device's own, for the
   * issuer's risk checks.
   */
  locale: z.optional(locale),
  /** Makes the gateway's 3-D Secure policy for `A` and `U` stricter for this attempt (never looser). */
  three_ds_policy: z.optional(threeDsPolicy),
  /** Where a full-page bank redirect comes back to. */
  return_url: z.optional(z.url()),
};

/** Pay with a payment method token, or by direct debit at a bank: exactly one of the two. */
export const confirmRequest = z
  .object({
    payment_method: z.optional(z.string().check(z.minLength(1))),
    direct_debit: z.optional(z.object({ bank: bankId })),
    ...confirmOptions,
  })
  .check(z.refine((body) => (body.payment_method === undefined) !== (body.direct_debit === undefined), 'Send either payment_method or direct_debit.'));
