import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { simulateCall } from '../simulated-call.ts';
import { RTA_RENEWAL, sandboxClient } from './sandbox-client.ts';

const browserInfo = {
  language: 'en',
  color_depth: 24,
  screen_height: 800,
  screen_width: 400,
  time_zone_offset: -240,
  user_agent: 'phone',
  java_enabled: false,
  javascript_enabled: true,
};

describe('examples/ivr: paying on the caller’s own phone', () => {
  it('a code read out in words, used once on the gateway page, the receipt read on the call', async () => {
    const { sandbox, client } = sandboxClient();
    const form = (code: string) =>
      sandbox.fetch(
        new Request(`${sandbox.origins.gateway}/pay/code`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ code }),
        }),
      );
    const digitOf: Record<string, string> = { zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
    const call = await simulateCall(client, [
      ...RTA_RENEWAL,
      '2',
      {
        act: async ({ heard, transcript }) => {
          await heard(/enter the code/);
          const spoken = /enter the code ([a-z, ]+)\. The code works once/.exec(transcript())?.[1] ?? '';
          const code = spoken
            .split(', ')
            .map((w) => digitOf[w])
            .join('');
          assert.match(code, /^\d{8}$/);
          const opened = await form(code);
          assert.equal(opened.status, 303);
          assert.equal((await form(code)).status, 400, 'the code works once');
          const clientSecret = decodeURIComponent(new URL(opened.headers.get('location') ?? '', sandbox.origins.gateway).hash.replace('#cs=', ''));
          const sessionId = clientSecret.split('_secret_')[0];
          // The customer's phone pays in its browser, with the client secret.
          const paid = await sandbox.fetch(
            new Request(`${sandbox.origins.gateway}/v1/sessions/${sessionId}/confirm`, {
              method: 'POST',
              headers: { authorization: `Bearer ${clientSecret}`, 'content-type': 'application/json', 'idempotency-key': 'handoff-test', origin: sandbox.origins.gateway },
              body: JSON.stringify({ payment_method: 'pm_card_visa', browser_info: browserInfo }),
            }),
          );
          assert.equal(((await paid.json()) as { status: string }).status, 'succeeded');
          await heard(/was successful/);
        },
      },
    ]);
    assert.equal(call.result.outcome, 'paid', call.transcript);
    assert.equal(call.result.session?.channel, 'ivr');
    assert.match(call.transcript, /IVR: Your payment of three hundred and twenty dirhams to Roads and Transport Authority was successful\.\nIVR: Your receipt number is D, X, B/);
  });
});
