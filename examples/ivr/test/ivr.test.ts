import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { createClient, type DubaiPayClient } from '@dubai-pay/core';
import { createSandbox } from '@dubai-pay/sandbox';
import { payableByPhone, runCall } from '../call.ts';
import { phoneLine } from '../phone-line.ts';

// The IVR example driven through its input, as a caller's key presses, against the sandbox.

const sandbox = createSandbox();
const client: DubaiPayClient = createClient({
  gateway: `${sandbox.origins.gateway}/v1`,
  secretKey: 'sk_test_demo',
  fetch: (input, init) => sandbox.fetch(new Request(input, init)),
});

/** The keys that choose RTA and its driving licence renewal in the phone menus. */
async function menuKeys(): Promise<[string, string]> {
  const [entities, services] = await Promise.all([client.fees.entities(), client.fees.services()]);
  const phone = services.filter(payableByPhone);
  const callable = entities.filter((e) => phone.some((s) => s.entityId === e.id));
  const entity = callable.findIndex((e) => e.id === 'rta') + 1;
  const service = phone.filter((s) => s.entityId === 'rta').findIndex((s) => s.id === 'rta-driving-licence-renewal') + 1;
  assert.ok(entity > 0 && service > 0);
  return [String(entity), String(service)];
}

async function call(keys: string[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let heard = '';
  output.on('data', (chunk: Buffer) => (heard += chunk.toString('utf8')));
  input.end(keys.map((k) => `${k}\n`).join(''));
  const result = await runCall(phoneLine(input, output), client);
  return { result, heard };
}

async function until<T>(check: () => T | undefined, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const year = String((new Date().getFullYear() + 2) % 100).padStart(2, '0');

describe('examples/ivr: a phone payment', () => {
  it('in English: the menus, the amount in both languages, a card keyed in, a receipt on channel ivr', async () => {
    const [entity, service] = await menuKeys();
    const { result, heard } = await call(['1', entity, service, '12345678#', '1', '4242424242424242#', `12${year}`, '123']);
    assert.equal(result.outcome, 'paid');
    assert.equal(result.session?.channel, 'ivr');
    if (result.outcome !== 'paid') return;
    assert.equal(result.receipt.channel, 'ivr');
    assert.match(heard, /Roads and Transport Authority/);
    assert.match(heard, /Total: AED\s?320\.00 · الإجمالي: .*320\.00/);
    assert.match(heard, new RegExp(`Your receipt number is D X B dash .* That is ${result.receipt.number}\\. Paid by phone\\.`));
    assert.doesNotMatch(heard, /4242424242424242|4242 4242/, 'the card number is neither echoed nor read back');
    assert.match(heard, /☎ {2}•{16}\n/);
    const charges = await sandbox.fetch(
      new Request(`${sandbox.origins.gateway}/_sandbox/sessions/${result.session.id}/charges`, { headers: { authorization: 'Bearer sk_test_demo' } }),
    );
    assert.equal(((await charges.json()) as { charges: number }).charges, 1);
  });

  it('in Arabic: a declined card, then another card pays', async () => {
    const [entity, service] = await menuKeys();
    const { result, heard } = await call(['2', entity, service, '12345678', '1', '4000000000009995', `12${year}`, '123', '1', '5555555555554444', `12${year}`, '123']);
    assert.equal(result.outcome, 'paid');
    assert.match(heard, /اختر الجهة الحكومية/);
    assert.match(heard, /الرصيد غير كافٍ|رصيد/);
    assert.match(heard, /تم الدفع بنجاح/);
    assert.match(heard, /Total: AED\s?320\.00/, 'the amount is read in English too');
  });

  it('a wrong input is asked again with the reason; a wrong menu choice too', async () => {
    const [entity, service] = await menuKeys();
    const { result, heard } = await call(['3', '1', '99', entity, service, '12', '12345678', '0']);
    assert.equal(result.outcome, 'canceled');
    assert.match(heard, /That is not one of the options\./);
    assert.match(heard, /That was not accepted:/);
    assert.match(heard, /The payment was canceled/);
  });

  it('a caller who hangs up during the card leaves no open session', async () => {
    const [entity, service] = await menuKeys();
    const { result } = await call(['1', entity, service, '12345678', '1', '4242424242424242']);
    assert.equal(result.outcome, 'hung_up');
    assert.equal(result.session?.status, 'canceled');
  });

  it('hands the payment to the caller’s phone: a code read out, used once on the gateway page, the receipt read on the call', async () => {
    const [entity, service] = await menuKeys();
    const input = new PassThrough();
    const output = new PassThrough();
    let heard = '';
    output.on('data', (chunk: Buffer) => (heard += chunk.toString('utf8')));
    input.write(['1', entity, service, '12345678', '2'].map((k) => `${k}\n`).join(''));
    const running = runCall(phoneLine(input, output), client);
    const code = await until(() => /That is (\d{8})\./.exec(heard)?.[1]);
    assert.match(heard, /open 127\.0\.0\.1|open gateway\.sandbox\.test\/pay\//);
    // The customer's phone: the gateway's page takes the code once and opens the session.
    const form = (value: string) =>
      sandbox.fetch(
        new Request(`${sandbox.origins.gateway}/pay/code`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ code: value }),
        }),
      );
    const opened = await form(code);
    assert.equal(opened.status, 303);
    const location = new URL(opened.headers.get('location') ?? '', sandbox.origins.gateway);
    assert.equal(location.pathname, '/pay/s');
    const clientSecret = decodeURIComponent(location.hash.replace('#cs=', ''));
    assert.match(clientSecret, /^ps_\w+_secret_\w+$/);
    assert.equal((await form(code)).status, 400, 'the code works once');
    // … and pays there (a browser: the client secret, with browser data).
    const sessionId = clientSecret.split('_secret_')[0];
    const paid = await sandbox.fetch(
      new Request(`${sandbox.origins.gateway}/v1/sessions/${sessionId}/confirm`, {
        method: 'POST',
        headers: { authorization: `Bearer ${clientSecret}`, 'content-type': 'application/json', 'idempotency-key': 'handoff-test', origin: sandbox.origins.gateway },
        body: JSON.stringify({
          payment_method: 'pm_card_visa',
          browser_info: {
            language: 'en',
            color_depth: 24,
            screen_height: 800,
            screen_width: 400,
            time_zone_offset: -240,
            user_agent: 'phone',
            java_enabled: false,
            javascript_enabled: true,
          },
        }),
      }),
    );
    assert.equal(((await paid.json()) as { status: string }).status, 'succeeded');
    const result = await running;
    input.end();
    assert.equal(result.outcome, 'paid');
    assert.equal(result.session?.channel, 'ivr');
    assert.match(heard, /Your receipt number is D X B/);
  });

  it('runs as a program: `pnpm ivr` through its standard input', async () => {
    const [entity, service] = await menuKeys();
    const child = spawn(process.execPath, ['--conditions=@dubai-pay/source', 'examples/ivr/main.ts'], {
      cwd: new URL('../../../', import.meta.url),
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stdin.end(`${['2', entity, service, '12345678', '1', '4242424242424242', `12${year}`, '123'].join('\n')}\n`);
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(code, 0);
    assert.match(out, /مرحبًا بك/);
    assert.match(out, /\[call ended: paid, session ps_\w+ \(succeeded, channel ivr\)\]/);
  });
});
