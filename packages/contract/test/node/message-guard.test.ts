import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { acceptMessage } from '../../src/index.ts';

const parent = { name: 'parent window' };
const other = { name: 'another window' };
const schema = z.object({ type: z.literal('hello'), channel: z.string() });
const expected = { origin: 'https://agency.example', source: parent, channel: 'ch_1' };
const good = { origin: 'https://agency.example', source: parent, data: { type: 'hello', channel: 'ch_1' } };

describe('one rule for every window message the SDK acts on', () => {
  const cases: [string, Record<string, unknown>, boolean][] = [
    ['the expected sender, shape and channel', {}, true],
    ['an origin that only starts the same', { origin: 'https://agency.example.evil.test' }, false],
    ['an origin that only ends the same', { origin: 'https://evil-agency.example' }, false],
    ['http instead of https', { origin: 'http://agency.example' }, false],
    ['"null" origin (a sandboxed frame)', { origin: 'null' }, false],
    ['another window of the same origin', { source: other }, false],
    ['no source window', { source: null }, false],
    ['an event a script made up (not trusted)', { isTrusted: false }, false],
    ['another channel', { data: { type: 'hello', channel: 'ch_2' } }, false],
    ['an unknown message type', { data: { type: 'goodbye', channel: 'ch_1' } }, false],
    ['not an object', { data: 'hello' }, false],
    ['a prototype-polluting shape', { data: JSON.parse('{"type":"hello","channel":"ch_1","__proto__":{"admin":true}}') }, true],
  ];
  for (const [name, change, accepted] of cases)
    it(`${accepted ? 'accepts' : 'ignores'}: ${name}`, () => {
      const message = acceptMessage({ ...good, ...change } as never, expected, schema);
      assert.equal(message !== undefined, accepted);
      if (message) assert.equal(({} as { admin?: boolean }).admin, undefined, 'nothing polluted');
    });

  it('without an expected channel, any channel the shape allows is taken', () => {
    assert.ok(acceptMessage({ ...good, data: { type: 'hello', channel: 'ch_9' } } as never, { origin: expected.origin, source: parent }, schema));
  });
});
