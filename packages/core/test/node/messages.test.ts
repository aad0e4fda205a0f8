import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GATEWAY_ERROR_CODES } from '@dubai-pay/contract';
import { ERROR_MESSAGES, messageFor } from '../../src/errors/messages.ts';
import { SERVER_ERROR_MESSAGES, useServerMessages } from '../../src/server/messages.ts';

const ARABIC_LETTER = /[\u0621-\u064A]/;

describe('error messages', () => {
  it('every code the gateway sends has its own message, in English and in Arabic', () => {
    useServerMessages();
    for (const code of GATEWAY_ERROR_CODES) {
      assert.ok(Object.hasOwn(ERROR_MESSAGES, code) || Object.hasOwn(SERVER_ERROR_MESSAGES, code), `${code} has no message: it would read as "Something went wrong"`);
      const message = messageFor(code);
      assert.match(message.en, /^[A-Z].*[.!]$/, `${code}: English is a sentence`);
      assert.match(message.ar, ARABIC_LETTER, `${code}: Arabic is written in Arabic`);
      assert.doesNotMatch(message.en, /not been charged/i, `${code}: only the gateway's state may say "not charged"`);
    }
  });

  it('a code added later reads as the generic message, never as undefined', () => {
    assert.deepEqual(messageFor('brand_new_code'), ERROR_MESSAGES.unknown);
    assert.deepEqual(messageFor('__proto__'), ERROR_MESSAGES.unknown);
  });
});
