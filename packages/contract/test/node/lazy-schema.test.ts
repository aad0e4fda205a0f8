import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import { lazySchema } from '../../src/lazy-schema.ts';
import { paymentSession } from '../../src/session.ts';

test('a lazy schema is built on first use, once, and behaves as the schema it stands for', () => {
  let builds = 0;
  const item = lazySchema(() => {
    builds++;
    return z.object({ name: z.string(), count: z.int().check(z.nonnegative()) });
  });
  const order = lazySchema(() => z.object({ items: z.array(item) }));
  assert.equal(builds, 0, 'nothing built while only referenced');
  assert.deepEqual(order.parse({ items: [{ name: 'a', count: 1 }] }), { items: [{ name: 'a', count: 1 }] });
  assert.equal(builds, 1);
  assert.equal(order.safeParse({ items: [{ name: 'a', count: -1 }] }).success, false);
  assert.equal(builds, 1, 'built once');
  assert.ok(item instanceof z.ZodMiniObject);
  assert.deepEqual(Object.keys(item._zod.def.shape), ['name', 'count']);
  // Composes with zod's own helpers, and the JSON Schema of it is the schema's.
  assert.equal(z.extend(item, { note: z.optional(z.string()) }).safeParse({ name: 'b', count: 0 }).success, true);
  assert.deepEqual(z.toJSONSchema(item).required, ['name', 'count']);
});

test("the contract's schemas are lazy and still check what they did", () => {
  const result = paymentSession.safeParse({ id: 'ps_1', object: 'payment_session' });
  assert.equal(result.success, false);
  assert.ok(result.error!.issues.some((issue) => issue.path[0] === 'client_secret'));
});
