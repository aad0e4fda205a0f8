import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { isDubaiPayError, type ErrorCode } from '../../src/index.ts';
import { createServerClient, verifyWebhook } from '../../src/server/index.ts';

// Signed here with node:crypto, apart from the code under test: HMAC-SHA256 of `t.body` under
// the secret's UTF-8 bytes, as hex.
const SECRET = 'whsec_test_current';
const OLD_SECRET = 'whsec_test_previous';
const NOW_MS = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const NOW = NOW_MS / 1000;

const sign = (secret: string, t: number, body: string) => createHmac('sha256', secret).update(`${t}.${body}`, 'utf8').digest('hex');
const header = (t: number, body: string, ...secrets: string[]) => [`t=${t}`, ...secrets.map((s) => `v1=${sign(s, t, body)}`)].join(',');

/** A refund.succeeded event as the gateway sends it (snake_case), with Arabic in it to sign UTF-8. */
const wireEvent = {
  id: 'evt_1',
  object: 'event',
  type: 'refund.succeeded',
  created_at: '2026-01-01T00:00:00.000Z',
  data: {
    object: {
      id: 're_1',
      object: 'refund',
      session_id: 'ps_1',
      amount: 5000,
      currency: 'AED',
      status: 'succeeded',
      reason: 'requested_by_customer',
      lines: [{ kind: 'service_fee', amount: 5000 }],
      payment_method: { type: 'card', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 },
      reference: 'مخالفة-77',
      created_at: '2026-01-01T00:00:00.000Z',
      settled_at: '2026-01-01T00:00:00.000Z',
      failure_code: null,
      receipt_number: 'DXB-2026-000001',
    },
  },
};
const BODY = JSON.stringify(wireEvent);

type Case = [name: string, input: { body?: string | Uint8Array; header: string | null | undefined; secret?: string | string[] }, expected: ErrorCode | 'event'];

const cases: Case[] = [
  ['a body signed with the secret passes', { header: header(NOW, BODY, SECRET) }, 'event'],
  ['the same body as bytes passes', { body: new TextEncoder().encode(BODY), header: header(NOW, BODY, SECRET) }, 'event'],
  ['signed 300 s ago passes', { header: header(NOW - 300, BODY, SECRET) }, 'event'],
  ['while a secret is rolled: two v1, only the second matches', { header: header(NOW, BODY, OLD_SECRET, SECRET) }, 'event'],
  ['while a secret is rolled: the server passes both secrets, the header has the old one', { header: header(NOW, BODY, OLD_SECRET), secret: [SECRET, OLD_SECRET] }, 'event'],
  ['a scheme this version does not know is skipped', { header: `${header(NOW, BODY, SECRET)},v2=anything` }, 'event'],
  ['a tampered body is refused', { body: BODY.replace('"amount":5000', '"amount":9000'), header: header(NOW, BODY, SECRET) }, 'webhook_signature_invalid'],
  ['a body signed with another secret is refused', { header: header(NOW, BODY, 'whsec_someone_else') }, 'webhook_signature_invalid'],
  ['a signature for another time is refused', { header: `t=${NOW - 1},v1=${sign(SECRET, NOW, BODY)}` }, 'webhook_signature_invalid'],
  ['signed 301 s ago is refused (a replay)', { header: header(NOW - 301, BODY, SECRET) }, 'webhook_timestamp_out_of_range'],
  ['signed 301 s in the future is refused', { header: header(NOW + 301, BODY, SECRET) }, 'webhook_timestamp_out_of_range'],
  ['no t', { header: `v1=${sign(SECRET, NOW, BODY)}` }, 'webhook_header_malformed'],
  ['no v1', { header: `t=${NOW}` }, 'webhook_header_malformed'],
  ['only an unknown scheme beside t', { header: `t=${NOW},v0=${sign(SECRET, NOW, BODY)}` }, 'webhook_header_malformed'],
  ['v1 not hex', { header: `t=${NOW},v1=${'z'.repeat(64)}` }, 'webhook_header_malformed'],
  ['v1 in uppercase hex', { header: `t=${NOW},v1=${sign(SECRET, NOW, BODY).toUpperCase()}` }, 'webhook_header_malformed'],
  ['v1 too short', { header: `t=${NOW},v1=${sign(SECRET, NOW, BODY).slice(2)}` }, 'webhook_header_malformed'],
  ['t not digits', { header: `t=${NOW}.5,v1=${sign(SECRET, NOW, BODY)}` }, 'webhook_header_malformed'],
  ['t negative', { header: `t=-${NOW},v1=${sign(SECRET, NOW, BODY)}` }, 'webhook_header_malformed'],
  ['t twice', { header: `t=${NOW},${header(NOW, BODY, SECRET)}` }, 'webhook_header_malformed'],
  ['a part that is not scheme=value', { header: `${header(NOW, BODY, SECRET)},junk` }, 'webhook_header_malformed'],
  ['an empty header', { header: '' }, 'webhook_header_malformed'],
  ['no header (null)', { header: null }, 'webhook_header_malformed'],
  ['no header (undefined)', { header: undefined }, 'webhook_header_malformed'],
  ['a validly signed body that is not JSON', { body: 'not json', header: header(NOW, 'not json', SECRET) }, 'webhook_payload_invalid'],
  [
    'a validly signed body that is not a contract event',
    { body: '{"id":"evt_1","type":"refund.succeeded"}', header: header(NOW, '{"id":"evt_1","type":"refund.succeeded"}', SECRET) },
    'webhook_payload_invalid',
  ],
];

describe('verifyWebhook: a delivery is used only when signed with a live secret, recently, and a contract event', () => {
  for (const [name, input, expected] of cases) {
    it(`${name}: ${expected}`, async () => {
      const run = verifyWebhook(input.body ?? BODY, input.header, input.secret ?? SECRET, { now: NOW_MS });
      if (expected === 'event') {
        const event = await run;
        assert.equal(event.id, 'evt_1');
        return;
      }
      await assert.rejects(run, (error) => {
        assert.ok(isDubaiPayError(error), String(error));
        assert.equal(error.code, expected, error.detail);
        assert.equal(error.retryable, false);
        assert.match(error.messages.ar, /[\u0621-\u064A]/);
        return true;
      });
    });
  }

  it('returns the event camelized, its data the contract’s object', async () => {
    const event = await verifyWebhook(BODY, header(NOW, BODY, SECRET), SECRET, { now: NOW_MS });
    assert.equal(event.type, 'refund.succeeded');
    assert.equal(event.createdAt, '2026-01-01T00:00:00.000Z');
    assert.deepEqual(event.data.object, {
      id: 're_1',
      object: 'refund',
      sessionId: 'ps_1',
      amount: 5000,
      currency: 'AED',
      status: 'succeeded',
      reason: 'requested_by_customer',
      lines: [{ kind: 'service_fee', amount: 5000 }],
      paymentMethod: { type: 'card', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 },
      reference: 'مخالفة-77',
      createdAt: '2026-01-01T00:00:00.000Z',
      settledAt: '2026-01-01T00:00:00.000Z',
      failureCode: null,
      receiptNumber: 'DXB-2026-000001',
    });
  });

  it('takes the tolerance from the options', async () => {
    const old = header(NOW - 600, BODY, SECRET);
    assert.equal((await verifyWebhook(BODY, old, SECRET, { now: NOW_MS, toleranceSeconds: 600 })).id, 'evt_1');
    await assert.rejects(verifyWebhook(BODY, header(NOW - 2, BODY, SECRET), SECRET, { now: NOW_MS, toleranceSeconds: 1 }), { code: 'webhook_timestamp_out_of_range' });
  });

  it('checks against the clock when no time is given', async () => {
    const t = Math.floor(Date.now() / 1000);
    assert.equal((await verifyWebhook(BODY, header(t, BODY, SECRET), SECRET)).id, 'evt_1');
    await assert.rejects(verifyWebhook(BODY, header(t - 3600, BODY, SECRET), SECRET), { code: 'webhook_timestamp_out_of_range' });
  });

  it('is client.webhooks.verify on the server client', async () => {
    const client = createServerClient({ gateway: 'http://127.0.0.1:9/v1', secretKey: 'sk_test_x' });
    assert.equal((await client.webhooks.verify(BODY, header(NOW, BODY, SECRET), SECRET, { now: NOW_MS })).id, 'evt_1');
  });

  it('refuses to run without a secret: a programming mistake', async () => {
    await assert.rejects(verifyWebhook(BODY, header(NOW, BODY, SECRET), []), TypeError);
    await assert.rejects(verifyWebhook(BODY, header(NOW, BODY, SECRET), ''), TypeError);
  });
});
