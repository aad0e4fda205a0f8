import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, isDubaiPayError, type DubaiPayError } from '@dubai-pay/core';
import { createSandbox } from '@dubai-pay/sandbox';

// A browser page on an origin not registered for the key: the gateway's refusal (readable through
// CORS for a known key) is a setup error, given as such: not a network error, not retried, and
// nothing said about money.
const OTHER = 'https://unregistered.example';

function clientOnOtherOrigin() {
  const sandbox = createSandbox({ allowedOrigins: ['https://agency.example'] });
  const calls: { url: string; acao: string | null }[] = [];
  const client = createClient({
    gateway: `${sandbox.origins.gateway}/v1`,
    publishableKey: 'pk_test_demo',
    // As a browser sends it: with the page's origin.
    fetch: async (input, init) => {
      const request = new Request(input, init);
      request.headers.set('origin', OTHER);
      const response = await sandbox.fetch(request);
      calls.push({ url: request.url, acao: response.headers.get('access-control-allow-origin') });
      return response;
    },
  });
  return { client, calls };
}

function assertSetupRefusal(error: DubaiPayError | undefined): void {
  assert.ok(error && isDubaiPayError(error));
  assert.equal(error.code, 'origin_not_allowed');
  assert.equal(error.status, 403);
  assert.equal(error.outcomeUnknown, false);
  assert.equal(error.notCharged, false, 'a refusal of the page says nothing about money');
  assert.equal(error.retryable, false);
  assert.equal(error.messages.en, 'This website is not allowed to take payments. Please contact the entity.');
  assert.doesNotMatch(`${error.messages.en} ${error.messages.ar}`, /charged|connection|اتصال/);
}

describe('core: a refusal of the page’s origin', () => {
  it('reading the catalog: origin_not_allowed, asked once', async () => {
    const { client, calls } = clientOnOtherOrigin();
    const error = await client.fees.entities().then(
      () => undefined,
      (failure: DubaiPayError) => failure,
    );
    assertSetupRefusal(error);
    assert.deepEqual(
      calls.map((call) => call.acao),
      [OTHER],
      'one call, its refusal readable by the page',
    );
  });

  it('a quote (a POST): thrown like every setup error, asked once', async () => {
    const { client, calls } = clientOnOtherOrigin();
    const error = await client.fees.quote({ service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } }).then(
      () => undefined,
      (failure: DubaiPayError) => failure,
    );
    assertSetupRefusal(error);
    assert.equal(calls.length, 1);
  });
});
