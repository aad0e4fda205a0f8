import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HANG_UP, simulateCall } from '../simulated-call.ts';
import { EXPIRY, RTA_RENEWAL, sandboxClient } from './sandbox-client.ts';

// The PCI DSS alternative: the agency's IVR never takes card digits. It transfers the caller,
// with the session id as call data, to the gateway's own payment line (simulated here), and
// learns the outcome from the gateway afterwards.

describe('examples/ivr: transfer to the gateway payment line', () => {
  it('the card is keyed on the gateway line only; the agency line hears no card digit and reads the outcome from the gateway', async () => {
    const { client, charges } = sandboxClient();
    const card = '4242424242424242';
    const call = await simulateCall(client, [...RTA_RENEWAL, '1', `${card}#`, EXPIRY, '123#', '1'], { cards: 'transfer', reference: () => '2468013579' });
    assert.equal(call.result.outcome, 'paid', call.transcript);
    assert.equal(call.result.session?.status, 'succeeded');
    assert.equal(call.result.session?.channel, 'ivr');
    assert.equal(await charges(call.result.session?.id ?? ''), 1);
    const received = call.agencyReceived.join('');
    assert.ok(!received.includes('4242') && !received.includes(EXPIRY) && !received.includes('123#'), `the agency line received: ${received}`);
    const t = call.transcript;
    assert.match(
      t,
      /IVR: To keep your card details safe, we are transferring you to the secure payment line of the Dubai payment gateway\. Your payment reference is two, four, six, eight, zero, one, three, five, seven, nine\./,
    );
    assert.match(t, new RegExp(`\\(transferred to Gateway payment line; call data: session ${call.result.session?.id}, language en\\)`));
    assert.match(
      t,
      /Gateway payment line: This is the secure payment line of the Dubai payment gateway\. You are paying three hundred and twenty dirhams to Roads and Transport Authority\./,
    );
    assert.match(
      t,
      /Gateway payment line: You are paying three hundred and twenty dirhams to Roads and Transport Authority with the card ending in four, two, four, two\. To pay now, press 1\./,
    );
    assert.match(t, /Gateway payment line: Your receipt number is D, X, B/);
    assert.match(t, /\(back on IVR\)\nIVR: Thank you for calling\. Goodbye\./);
    // Card prompts come from the gateway's line only.
    assert.doesNotMatch(t, /^IVR: Enter your card number/m);
  });

  it('in Arabic, a decline on the gateway line and the caller ends there: the agency cancels the open session', async () => {
    const { client, charges } = sandboxClient();
    const call = await simulateCall(client, ['2', '1', '1', '1', '12345678', '1', '4000000000009995#', EXPIRY, '123#', '1', '0'], { cards: 'transfer' });
    assert.equal(call.result.outcome, 'canceled', call.transcript);
    assert.equal(call.result.session?.status, 'canceled');
    assert.equal(await charges(call.result.session?.id ?? ''), 0);
    assert.match(call.transcript, /Gateway payment line: الرصيد غير كافٍ في بطاقتك\. .*لم يُخصم أي مبلغ\./);
    assert.match(call.transcript, /\(back on IVR\)\nIVR: أُلغيت الدفعة\. لم يُخصم أي مبلغ\.\nIVR: شكرًا لاتصالك\. مع السلامة\./);
  });

  it('a caller who hangs up on the gateway line: nothing more is said, the session is canceled', async () => {
    const { client } = sandboxClient();
    const call = await simulateCall(client, [...RTA_RENEWAL, '1', '4242', HANG_UP], { cards: 'transfer' });
    assert.equal(call.result.outcome, 'hung_up', call.transcript);
    assert.equal(call.result.session?.status, 'canceled');
    assert.match(call.transcript, /\(the caller hangs up\)$/);
  });
});
