import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { everyItem, type Page } from '../../src/server/pages.ts';
import { wireQuery } from '../../src/server/wire-query.ts';

describe('a list’s filters as the gateway’s query', () => {
  const cases: [string, object, Record<string, string>][] = [
    ['names on snake_case, numbers as text', { startingAfter: 'ps_1', limit: 2 }, { starting_after: 'ps_1', limit: '2' }],
    ['a Date as RFC 3339', { createdGte: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) }, { created_gte: '2026-01-02T03:04:05.000Z' }],
    ['absent filters left out', { status: undefined, entity: null, reference: 'INV-1' }, { reference: 'INV-1' }],
    ['nothing', {}, {}],
  ];
  for (const [name, filters, expected] of cases) it(name, () => assert.deepEqual(wireQuery(filters), expected));
});

describe('every item of a list, page after page', () => {
  /** Pages as a gateway would give them, keyed by the cursor asked with; the cursors asked are recorded. */
  const gateway = (pages: Record<string, Page<number>>) => {
    const asked: (string | undefined)[] = [];
    const read = async (cursor: string | undefined) => {
      asked.push(cursor);
      if (asked.length > 10) throw new Error('asked forever');
      const page = pages[cursor ?? 'first'];
      if (!page) throw new Error(`no page after ${cursor}`);
      return page;
    };
    return { asked, read };
  };
  const collect = async (items: AsyncIterable<number>) => {
    const out: number[] = [];
    for await (const item of items) out.push(item);
    return out;
  };

  it('follows next_cursor until has_more is false', async () => {
    const { asked, read } = gateway({
      first: { data: [5, 4], hasMore: true, nextCursor: 'c4' },
      c4: { data: [3, 2], hasMore: true, nextCursor: 'c2' },
      c2: { data: [1], hasMore: false, nextCursor: null },
    });
    assert.deepEqual(await collect(everyItem(read)), [5, 4, 3, 2, 1]);
    assert.deepEqual(asked, [undefined, 'c4', 'c2']);
  });

  it('starts after the cursor it is given', async () => {
    const { asked, read } = gateway({ c4: { data: [3], hasMore: false, nextCursor: null } });
    assert.deepEqual(await collect(everyItem(read, 'c4')), [3]);
    assert.deepEqual(asked, ['c4']);
  });

  it('asks for a page only when the last one is used up', async () => {
    const { asked, read } = gateway({ first: { data: [2, 1], hasMore: true, nextCursor: 'c1' }, c1: { data: [0], hasMore: false, nextCursor: null } });
    for await (const item of everyItem(read)) if (item === 2) break;
    assert.deepEqual(asked, [undefined]);
  });

  const broken: [string, Page<number>][] = [
    ['more, but no cursor', { data: [1], hasMore: true, nextCursor: null }],
    ['more, but the same cursor again', { data: [1], hasMore: true, nextCursor: 'c1' }],
  ];
  for (const [name, page] of broken) {
    it(`stops with invalid_response on a page that says ${name}, instead of asking forever`, async () => {
      const { read } = gateway({ first: { data: [2], hasMore: true, nextCursor: 'c1' }, c1: page });
      await assert.rejects(collect(everyItem(read)), { code: 'invalid_response' });
    });
  }
});
