import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paymentMethodRequest as requestSchema } from '@dubai-pay/contract';
import * as z from 'zod/mini';
import { fieldKeyOf, LOCAL_ERROR_CODES, paymentMethodRequest, summarize, validateAll, wireField } from '@dubai-pay/frame';

const NOW = new Date(Date.UTC(2026, 4, 15));
const visa = { number: '4242424242424242', expiry: '1234', cvc: '123' };

describe('frame: the details as a whole', () => {
  it('finds every error, in the order of the fields', () => {
    assert.deepEqual(validateAll('card', {}, NOW), { number: 'empty', expiry: 'empty', cvc: 'empty' });
    assert.deepEqual(validateAll('card', { ...visa, cvc: '1234', name: 'R2D2' }, NOW), { cvc: 'invalid', name: 'invalid' });
    assert.deepEqual(validateAll('card', visa, NOW), {});
    assert.deepEqual(validateAll('edirham', { edirhamNumber: '7840000000000009', pin: '12' }, NOW), { pin: 'incomplete' });
  });

  it('checks the CVC against the number’s brand', () => {
    assert.deepEqual(validateAll('card', { number: '378282246310005', expiry: '1234', cvc: '123' }, NOW), { cvc: 'incomplete' });
    assert.deepEqual(validateAll('card', { number: '378282246310005', expiry: '1234', cvc: '1234' }, NOW), {});
  });

  const summaries: [string, 'card' | 'edirham', Record<string, string>, object][] = [
    ['nothing typed', 'card', {}, { complete: false, empty: true }],
    ['a first digit shows the brand', 'card', { number: '4' }, { complete: false, empty: false, brand: 'visa' }],
    ['all valid', 'card', visa, { complete: true, empty: false, brand: 'visa' }],
    ['only the optional name', 'card', { name: 'A' }, { complete: false, empty: false }],
    ['e-Dirham, no brand', 'edirham', { edirhamNumber: '7840000000000009', pin: '1234' }, { complete: true, empty: false }],
  ];
  for (const [name, method, values, summary] of summaries) {
    it(`summary: ${name}`, () => {
      const result = summarize(method, values, NOW);
      assert.deepEqual(result, summary);
      // Never a digit of the details: only booleans and the brand name.
      assert.doesNotMatch(JSON.stringify(result), /[0-9]/);
    });
  }

  it('builds the card request the contract describes', () => {
    const request = paymentMethodRequest('card', { ...visa, name: '  Fatima   Al Mansoori \u200f' });
    assert.deepEqual(request, { type: 'card', card: { number: '4242424242424242', exp_month: 12, exp_year: 2034, cvc: '123', holder_name: 'Fatima Al Mansoori' } });
    assert.equal(z.safeParse(requestSchema, request).success, true);
    assert.equal('holder_name' in (paymentMethodRequest('card', visa) as { card: object }).card, false);
  });

  it('builds the e-Dirham request the contract describes', () => {
    const request = paymentMethodRequest('edirham', { edirhamNumber: '7840000000000009', pin: '1234' });
    assert.deepEqual(request, { type: 'edirham', edirham: { number: '7840000000000009', pin: '1234' } });
    assert.equal(z.safeParse(requestSchema, request).success, true);
  });

  it('names local errors with the gateway’s codes and the wire’s field names', () => {
    assert.deepEqual(LOCAL_ERROR_CODES, {
      number: 'invalid_card_number',
      expiry: 'invalid_expiry',
      cvc: 'invalid_cvc',
      name: 'invalid_request',
      edirhamNumber: 'invalid_card_number',
      pin: 'invalid_pin',
    });
    assert.equal(wireField('edirhamNumber'), 'number');
    assert.equal(fieldKeyOf('number', 'edirham'), 'edirhamNumber');
    assert.equal(fieldKeyOf('cvc', 'edirham'), undefined);
    assert.equal(fieldKeyOf('pin', 'card'), undefined);
  });
});
