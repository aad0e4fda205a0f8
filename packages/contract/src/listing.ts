import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';
import { timestamp } from './common.ts';
import { refund } from './refund.ts';
import { paymentSession, sessionStatus } from './session.ts';

/**
 * One page of a list, newest first. `next_cursor` is the last item's id: pass it as
 * `starting_after` for the next (older) page. Items created meanwhile are newer than every page
 * already read, so paging on never skips or repeats one.
 */
const page = <Item extends z.core.$ZodType>(item: Item) => z.object({ object: z.literal('list'), data: z.array(item), has_more: z.boolean(), next_cursor: z.nullable(z.string()) });

export const sessionPage = page(paymentSession);
export const refundPage = page(refund);

export const pageQuery = {
  limit: z.optional(z.string().check(z.regex(/^([1-9]|[1-9][0-9]|100)$/))),
  starting_after: z.optional(z.string().check(z.minLength(1))),
};

/** Filters of `GET /sessions` (all optional, combined with AND). Times are RFC 3339. */
export const sessionListQuery = lazySchema(() =>
  z.object({
    status: z.optional(sessionStatus),
    entity: z.optional(z.string()),
    service: z.optional(z.string()),
    reference: z.optional(z.string()),
    created_gte: z.optional(timestamp),
    created_lt: z.optional(timestamp),
    ...pageQuery,
  }),
);

export const refundListQuery = lazySchema(() => z.object({ session: z.optional(z.string()), ...pageQuery }));
