import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runFuzz } from '../fuzz/response-fuzzer.ts';

// A seeded slice of the response fuzzer (the whole run, 10,000+ cases: `pnpm fuzz`). Every case
// ends by its deadline with a value the contract accepts or a typed DubaiPayError.
describe('fuzzed gateway answers', () => {
  it('400 seeded cases: only typed errors, only valid values, nothing past the deadline', async () => {
    const { byOutcome, problems } = await runFuzz({ seed: 20261201, cases: 400 });
    assert.deepEqual(problems.slice(0, 5), [], `${problems.length} broken cases`);
    assert.ok(Object.keys(byOutcome).length > 5, `outcomes seen: ${JSON.stringify(byOutcome)}`);
  });
});
