import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { camelCase, camelize, snakeCase, snakeize, type Camelize } from '@dubai-pay/contract';

describe('contract: the one snake_case ↔ camelCase mapping', () => {
  const table: [string, string][] = [
    ['client_secret', 'clientSecret'],
    ['three_ds_server_trans_id', 'threeDsServerTransId'],
    ['last4', 'last4'],
    ['exp_month', 'expMonth'],
    ['id', 'id'],
  ];
  for (const [snake, camel] of table) {
    it(`${snake} ↔ ${camel}`, () => {
      assert.equal(camelCase(snake), camel);
      assert.equal(snakeCase(camel), snake);
    });
  }

  it('converts nested objects and arrays both ways, and round-trips', () => {
    const wire = { next_action: { type: 'x', three_ds_method: { method_url: 'u' } }, items: [{ unit_amount: 1 }], status: 'open' };
    const camel = camelize(wire);
    assert.deepEqual(camel, { nextAction: { type: 'x', threeDsMethod: { methodUrl: 'u' } }, items: [{ unitAmount: 1 }], status: 'open' });
    assert.deepEqual(snakeize(camel), wire);
  });

  it('leaves the keys of input-value and metadata records alone (they are data), but converts an inputs array', () => {
    const quote = { inputs: { plate_number: 'A 1', years: 2 }, metadata: { agency_ref: 'x' } };
    assert.deepEqual(camelize(quote), quote);
    assert.deepEqual(snakeize(quote), quote);
    assert.deepEqual(camelize({ inputs: [{ min_length: 1 }] }), { inputs: [{ minLength: 1 }] });
  });

  it('keeps values untouched: strings, numbers, null', () => {
    assert.deepEqual(camelize({ a_b: null, c_d: 'e_f', g: 0 }), { aB: null, cD: 'e_f', g: 0 });
  });

  it('maps the types the same way (checked by the compiler)', () => {
    const camel: Camelize<{ next_action: { three_ds_method: { method_url: string } } | null; inputs: Record<string, string> }> = {
      nextAction: { threeDsMethod: { methodUrl: 'u' } },
      inputs: { plate_number: 'x' },
    };
    // @ts-expect-error snake_case keys do not exist on the camelCase type
    camel.next_action;
    assert.ok(camel.nextAction);
  });
});
