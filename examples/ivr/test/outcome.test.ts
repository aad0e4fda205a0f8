import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient, type DubaiPayClient } from '@dubai-pay/core';
import { type SandboxServer, startSandboxServer } from '@dubai-pay/sandbox/server';
import { simulateCall, type Step } from '../simulated-call.ts';
import { EXPIRY, RTA_RENEWAL } from './sandbox-client.ts';

// Money truth over real HTTP: the sandbox charges the card and the answer is lost (the socket
// is cut), and the session cannot be read back either. The IVR must not say paid, failed or
// "not charged": only that the payment is being checked, with the caller's reference.

let server: SandboxServer;
let client: DubaiPayClient;
const control = (path: string, body: unknown) =>
  fetch(`${server.url}/_sandbox/${path}`, { method: 'POST', headers: { authorization: 'Bearer sk_test_demo', 'content-type': 'application/json' }, body: JSON.stringify(body) });
const charges = async (id: string) =>
  ((await (await fetch(`${server.url}/_sandbox/sessions/${id}/charges`, { headers: { authorization: 'Bearer sk_test_demo' } })).json()) as { charges: number }).charges;

before(async () => {
  server = await startSandboxServer({ port: 0 });
  client = createClient({ gateway: server.apiUrl, secretKey: 'sk_test_demo', deadline: 3000, timeout: 1000 });
});
after(() => server.close());

/** Up to the read-back, then the network breaks, then "press 1 to pay". */
const toThePayKey: Step[] = [
  ...RTA_RENEWAL,
  '1',
  '4242424242424242#',
  EXPIRY,
  '123#',
  {
    act: async () => {
      await control('faults', { method: 'POST', path: '/v1/sessions/*/confirm', action: 'drop_response', times: 50 });
      await control('faults', { method: 'GET', path: '/v1/sessions/*', action: 'unavailable', times: 10_000 });
    },
  },
  '1',
];
const CHECKING =
  /^IVR: We could not confirm whether your payment went through\. Please do not pay again\. We are checking with the payment gateway now\. Your payment reference is one, two, three, four, five, six, seven, eight, nine, zero\.$/;

describe('examples/ivr: an outcome the gateway has not told', () => {
  it('still unknown when the check gives up: the reference and "do not pay again", never paid or not charged', async () => {
    const call = await simulateCall(
      client,
      [
        ...toThePayKey,
        {
          act: async ({ heard, clock }) => {
            await heard(CHECKING);
            assert.ok(clock.fireNext(), 'the check window ends');
          },
        },
      ],
      {
        reference: () => '1234567890',
      },
    );
    await control('faults/clear', {});
    assert.equal(call.result.outcome, 'unknown', call.transcript);
    assert.match(
      call.transcript,
      /IVR: We still cannot confirm the payment\. Please do not pay again\. Your payment reference is one, two, three, four, five, six, seven, eight, nine, zero; quote it to Roads and Transport Authority/,
    );
    assert.doesNotMatch(call.transcript, /successful|not been charged|declined|canceled|failed/i);
    // And the gateway had in fact charged the card: "not charged" would have been false.
    assert.equal(await charges(call.result.session?.id ?? ''), 1);
  });

  it('when the gateway answers during the check: the outcome it gives, once', async () => {
    const call = await simulateCall(
      client,
      [
        ...toThePayKey,
        {
          act: async ({ heard }) => {
            await heard(CHECKING);
            await control('faults/clear', {});
          },
        },
      ],
      {
        reference: () => '1234567890',
      },
    );
    assert.equal(call.result.outcome, 'paid', call.transcript);
    assert.match(call.transcript, /IVR: Your payment of three hundred and twenty dirhams to Roads and Transport Authority was successful\./);
    assert.equal(await charges(call.result.session?.id ?? ''), 1);
  });

  it('the gateway payment line cannot read the session: it says so and hands back; nothing is said about money', async () => {
    const call = await simulateCall(
      client,
      ['1', '1', '1', '1', '12345678', { act: async () => void (await control('faults', { method: 'GET', path: '/v1/sessions/*', action: 'unavailable', times: 10_000 })) }, '1'],
      { cards: 'transfer' },
    );
    await control('faults/clear', {});
    assert.equal(call.result.outcome, 'unknown', call.transcript);
    assert.match(call.transcript, /Gateway payment line: Sorry, the secure payment line cannot take your payment now\./);
    assert.doesNotMatch(call.transcript, /successful|declined|canceled/i);
    assert.equal(await charges(call.result.session?.id ?? ''), 0);
  });
});
