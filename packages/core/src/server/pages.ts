import { DubaiPayError } from '../errors/dubai-pay-error.ts';

/** One page of a list, newest first. Pass `nextCursor` as `startingAfter` for the next (older) page. */
export interface Page<T> {
  data: T[];
  hasMore: boolean;
  nextCursor: string | null;
}

export interface PageFilters {
  /** Items per page, 1–100 (the gateway's default otherwise). */
  limit?: number;
  /** The id of the last item already read (a page's `nextCursor`): the page after it. */
  startingAfter?: string;
}

/** A list's answer as a page (without the wire's `object: 'list'`). */
export function pageOf<T>(list: Page<T>): Page<T> {
  return { data: list.data, hasMore: list.hasMore, nextCursor: list.nextCursor };
}

/**
 * Every item, newest first, asking for each page only when the last one is used up. Items made
 * meanwhile are newer than every page already read, so none is skipped or seen twice.
 */
export async function* everyItem<T>(readPage: (startingAfter: string | undefined) => Promise<Page<T>>, startingAfter?: string): AsyncGenerator<T, void, undefined> {
  let cursor = startingAfter;
  for (;;) {
    const page = await readPage(cursor);
    yield* page.data;
    if (!page.hasMore) return;
    // A page that says "more" without a new cursor would be asked for again and again.
    if (!page.nextCursor || page.nextCursor === cursor) throw new DubaiPayError('invalid_response', { detail: 'A page says there is more but gives no new cursor.' });
    cursor = page.nextCursor;
  }
}
