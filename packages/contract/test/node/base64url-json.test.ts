import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeBase64urlObject, encodeBase64urlJson } from '../../src/index.ts';

describe('base64url JSON, as EMV 3-D Secure carries it', () => {
  it('encodes without padding and with the URL alphabet', () => {
    // '?>>' encodes to '/' and '+' in plain base64, and this length would need padding.
    const encoded = encodeBase64urlJson({ a: '?>>', b: 'ab' });
    assert.match(encoded, /^[\w-]+$/);
    assert.equal(encoded, Buffer.from(JSON.stringify({ a: '?>>', b: 'ab' })).toString('base64url'));
  });

  it('round-trips objects with Arabic text', () => {
    const value = { threeDSServerTransID: '8a880dc0-d2d2-4067-bcb1-b08d1690b26e', payee: 'هيئة الطرق والمواصلات' };
    assert.deepEqual(decodeBase64urlObject(encodeBase64urlJson(value)), value);
  });

  const refused: [string, string | null | undefined][] = [
    ['nothing', null],
    ['an empty string', ''],
    ['plain base64 with padding', Buffer.from('{"a":1}').toString('base64')],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['an array', Buffer.from('[1,2]').toString('base64url')],
    ['a number', Buffer.from('42').toString('base64url')],
    ['JSON null', Buffer.from('null').toString('base64url')],
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]).toString('base64url')],
    ['characters outside base64url', 'eyJhIjox fQ'],
  ];
  for (const [name, text] of refused) it(`refuses ${name}`, () => assert.equal(decodeBase64urlObject(text), null));
});
