import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { handoffCodePage, sessionIdOfSecret } from '../../src/index.ts';

describe('the client secret’s format, shared by the gateway and the client', () => {
  const cases: [string, string, string][] = [
    ['a client secret gives its session id', 'ps_abc123_secret_xyz', 'ps_abc123'],
    ['a session id is itself', 'ps_abc123', 'ps_abc123'],
    ['only the first mark counts', 'ps_a_secret_b_secret_c', 'ps_a'],
  ];
  for (const [name, given, id] of cases) it(name, () => assert.equal(sessionIdOfSecret(given), id));
});

describe('the hand-off code page, as said to a customer', () => {
  it('is the gateway’s host (and port) and the code page’s path, whatever the link', () => {
    assert.equal(handoffCodePage('https://pay.example.ae/pay/h/ho_abc'), 'pay.example.ae/pay/');
    assert.equal(handoffCodePage('http://127.0.0.1:4110/pay/h/ho_abc?x=1'), '127.0.0.1:4110/pay/');
  });
});
