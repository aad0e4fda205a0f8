import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sessionIdOfSecret } from '../../src/index.ts';

describe('the client secret’s format, shared by the gateway and the client', () => {
  const cases: [string, string, string][] = [
    ['a client secret gives its session id', 'ps_abc123_secret_xyz', 'ps_abc123'],
    ['a session id is itself', 'ps_abc123', 'ps_abc123'],
    ['only the first mark counts', 'ps_a_secret_b_secret_c', 'ps_a'],
  ];
  for (const [name, given, id] of cases) it(name, () => assert.equal(sessionIdOfSecret(given), id));
});
