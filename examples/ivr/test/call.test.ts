import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HANG_UP, SILENCE, simulateCall } from '../simulated-call.ts';
import { DEFAULT_TIMEOUTS } from '../timeouts.ts';
import { EXPIRY, RTA_RENEWAL, sandboxClient, UNSPEAKABLE } from './sandbox-client.ts';

// Whole calls on the agency's IVR against the sandbox, on a virtual clock: every silence is a
// step of the script, and no test waits for wall-clock time.

describe('examples/ivr: a call, card keyed in', () => {
  it('in English: amount in words, read-back before charging, one field changed alone, charged once, channel ivr', async () => {
    const { client, charges } = sandboxClient();
    const call = await simulateCall(client, [...RTA_RENEWAL, '1', '4242424242424242#', '0199', '123#', '1', EXPIRY, '4', '321#', '1'], { reference: () => '5550001234' });
    assert.equal(call.result.outcome, 'paid', call.transcript);
    assert.equal(call.result.session?.channel, 'ivr');
    assert.equal(call.result.receipt?.channel, 'ivr');
    assert.equal(call.result.session?.reference, '5550001234');
    assert.equal(await charges(call.result.session?.id ?? ''), 1);
    const t = call.transcript;
    assert.match(
      t,
      /the total is three hundred and twenty dirhams: three hundred dirhams for Driving licence renewal; ten dirhams for Knowledge fee; ten dirhams for Innovation fee\./,
    );
    const readBack =
      'You are paying three hundred and twenty dirhams to Roads and Transport Authority with the card ending in four, two, four, two. To pay now, press 1. To change the card number, press 2. To change the expiry date, press 3. To change the security code, press 4.';
    assert.equal(t.split(readBack).length - 1, 3, 'read back before paying, and after each change');
    // January 1999 passes the keypad's check (a real month) and is refused by the gateway: the expiry alone is asked again.
    assert.match(t, /IVR: That was not accepted\. The expiry date is not valid\.\nIVR: Enter the expiry date/);
    // "4" at the read-back asks for the security code only, not the whole card again.
    assert.equal(t.match(/Enter your card number/g)?.length, 1);
    assert.equal(t.match(/Enter the expiry date/g)?.length, 2);
    assert.equal(t.match(/Enter the security code/g)?.length, 2);
    assert.ok(t.indexOf('Please hold while we take the payment.') > t.lastIndexOf(readBack), 'nothing charged before the last "press 1"');
    assert.match(t, /Your receipt number is D, X, B, dash, .*\. I repeat: D, X, B, dash/);
    assert.doesNotMatch(t, /4242424242424242|0199|321#/, 'no card data in the log');
    for (const said of t.split('\n').filter((l) => /^\w[\w ]*: /.test(l) && !l.startsWith('    '))) assert.doesNotMatch(said, UNSPEAKABLE, said);
  });

  it('in Arabic: every prompt in Arabic, a decline said as the gateway said it, another card pays', async () => {
    const { client, charges } = sandboxClient();
    const call = await simulateCall(client, ['2', '1', '1', '1', '12345678', '1', '4000000000009995#', EXPIRY, '123#', '1', '1', '5555555555554444#', EXPIRY, '123#', '1']);
    assert.equal(call.result.outcome, 'paid', call.transcript);
    assert.equal(await charges(call.result.session?.id ?? ''), 1);
    const spoken = call.transcript
      .split('\n')
      .filter((l) => l.startsWith('IVR: '))
      .slice(3); // after the welcome (in both languages) and the language choice
    for (const line of spoken) assert.doesNotMatch(line.slice(5), /[A-Za-z]{2,}/, `an Arabic prompt with English in it: ${line}`);
    assert.ok(spoken.includes('IVR: الرصيد غير كافٍ في بطاقتك. جرّب بطاقة أو طريقة دفع أخرى. لم يُخصم أي مبلغ.'));
    assert.ok(
      spoken.some((l) => l.includes('مجموعها ثلاثمئة وعشرون درهمًا: ثلاثمئة درهم مقابل تجديد رخصة القيادة؛ عشرة دراهم مقابل رسوم المعرفة؛ عشرة دراهم مقابل رسوم الابتكار.')),
    );
    assert.ok(spoken.some((l) => l.includes('المبلغ ثلاثمئة وعشرون درهمًا، والمستفيد هيئة الطرق والمواصلات، والبطاقة تنتهي بالأرقام أربعة، أربعة، أربعة، أربعة.')));
    assert.ok(spoken.includes('IVR: تمت دفعتك بنجاح. المبلغ المدفوع إلى هيئة الطرق والمواصلات هو ثلاثمئة وعشرون درهمًا.'));
    for (const line of spoken) assert.doesNotMatch(line, UNSPEAKABLE, line);
  });

  it('no input: asked twice more, then a polite goodbye and the line hangs up', async () => {
    const { client } = sandboxClient();
    const call = await simulateCall(client, ['1', SILENCE, SILENCE, SILENCE]);
    assert.equal(call.result.outcome, 'no_input');
    assert.equal(call.elapsed, 3 * DEFAULT_TIMEOUTS.firstDigit);
    const lines = call.transcript.split('\n');
    assert.equal(lines.filter((l) => l.startsWith('IVR: Sorry, I did not hear anything. What is your payment for?')).length, 2);
    assert.deepEqual(lines.slice(-2), [
      'IVR: We have not heard from you, so we will end the call now. Please call again when you are ready. Thank you, goodbye.',
      '    (IVR hangs up)',
    ]);
  });

  it('silence at the card number ends the call and cancels the open session (nothing waits unpaid)', async () => {
    const { client } = sandboxClient();
    const call = await simulateCall(client, ['2', '1', '1', '1', '12345678', '1', SILENCE, SILENCE, '4242', SILENCE, SILENCE]);
    assert.equal(call.result.outcome, 'no_input', call.transcript);
    assert.equal(call.result.session?.status, 'canceled');
    assert.match(call.transcript, /IVR: يبدو أن الرقم غير مكتمل\. أدخل رقم بطاقتك ثم اضغط المربع\./, 'the inter-digit timeout on 4 digits');
    assert.match(call.transcript, /لم نتلقَّ منك أي إدخال، لذا سننهي المكالمة الآن/);
    assert.equal(call.elapsed, 3 * DEFAULT_TIMEOUTS.firstDigit + DEFAULT_TIMEOUTS.interDigit);
  });

  it('a caller who hangs up at the read-back is not charged and leaves no open session', async () => {
    const { client, charges } = sandboxClient();
    const call = await simulateCall(client, [...RTA_RENEWAL, '1', '4242424242424242#', EXPIRY, '123#', HANG_UP]);
    assert.equal(call.result.outcome, 'hung_up');
    assert.equal(call.result.session?.status, 'canceled');
    assert.equal(await charges(call.result.session?.id ?? ''), 0);
  });

  it('menus never offer more than nine keys: sectors, then entities, then services in pages with 9 for more', async () => {
    const { client } = sandboxClient();
    // Utilities (3), DEWA (1), next page (9), next page again wraps to the first (9), back (0), DEWA (1), second page (9), statement copies (2).
    const call = await simulateCall(client, ['1', '3', '1', '9', '9', '0', '1', '9', '2', '2000123456', '3#', '0']);
    assert.equal(call.result.outcome, 'canceled', call.transcript);
    for (const line of call.transcript.split('\n').filter((l) => l.includes('press'))) {
      const keys = [...line.matchAll(/press (\d+)/g)].map((m) => Number(m[1]));
      assert.ok(keys.every((k) => k >= 0 && k <= 9) && new Set(keys).size === keys.length, line);
      assert.ok(keys.filter((k) => k >= 1 && k <= 8).length <= 8, line);
    }
    assert.match(call.transcript, /Choose the service\. Additional electrical load, press 1\. Account statement copies, press 2\. For more choices, press 9\./);
    assert.match(call.transcript, /the total is fifty dirhams/);
    assert.match(call.transcript, /The payment was canceled\. You have not been charged\./);
  });
});
