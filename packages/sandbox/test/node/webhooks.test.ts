import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { WEBHOOK_SIGNATURE_HEADER, webhookEvent, webhookEndpoint } from '@dubai-pay/contract';
import { MAX_DELIVERY_ATTEMPTS, RETRY_SCHEDULE_MS } from '../../src/webhooks/dispatcher.ts';
import { agencySandbox } from './agency-support.ts';

// Webhooks as an agency's server receives them: signed, at least once, retried over hours while
// the endpoint is down, never holding up a payment. The receiver is this test's own stand-in.

const HOOK = 'https://agency.example/hooks/dubai-pay';

interface Received {
  body: string;
  signature: string;
  receivedAt: number;
}

/** An agency endpoint whose answer the test sets: a status, a redirect, or no answer at all. */
function receiver() {
  const received: Received[] = [];
  let behaviour: 'ok' | 'error' | 'redirect' | 'silent' | 'refuse' = 'ok';
  const fetcher = (async (_url: string, init: RequestInit) => {
    if (behaviour === 'refuse') throw new TypeError('fetch failed: connection refused');
    received.push({ body: String(init.body), signature: new Headers(init.headers).get(WEBHOOK_SIGNATURE_HEADER) ?? '', receivedAt: Date.now() });
    if (behaviour === 'silent') {
      return new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    }
    if (behaviour === 'redirect') return new Response(null, { status: 302, headers: { location: 'https://elsewhere.example/' } });
    return new Response('', { status: behaviour === 'ok' ? 200 : 500 });
  }) as typeof fetch;
  return { fetcher, received, set: (next: typeof behaviour) => (behaviour = next) };
}

function signatureValid(received: Received, secret: string): boolean {
  const parts = received.signature.split(',');
  const t = parts.find((p) => p.startsWith('t='))?.slice(2) ?? '';
  const expected = createHmac('sha256', secret).update(`${t}.${received.body}`).digest('hex');
  return parts.some((p) => p === `v1=${expected}`) && Math.abs(Date.now() / 1000 - Number(t)) < 300;
}

const types = (received: Received[]) => received.map((r) => JSON.parse(r.body).type);

async function setUp(events: string[] = ['payment.succeeded', 'payment.failed', 'payment.canceled', 'session.expired', 'refund.succeeded', 'refund.failed']) {
  const hook = receiver();
  // The sandbox's clock stopped: only the test moves it, so "not before it is due" holds on a loaded machine too.
  const stopped = Date.now();
  const agency = agencySandbox({ webhookFetch: hook.fetcher, webhookTimeoutMs: 200, realNow: () => stopped });
  const created = await agency.api('POST', '/webhook_endpoints', { url: HOOK, events });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  z.parse(webhookEndpoint, created.body);
  assert.match(created.body.secret, /^whsec_/);
  return { ...agency, hook, endpoint: created.body as { id: string; secret: string } };
}

describe('webhooks', () => {
  it('tells the agency of a payment, signed over the raw body, with the session as it was', async () => {
    const { openSession, payByCard, sandbox, hook, endpoint } = await setUp();
    const session = await payByCard((await openSession({ quote: { service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } } }, 'CASE-77')).id);
    await sandbox.tick();
    assert.deepEqual(types(hook.received), ['payment.succeeded']);
    const [delivery] = hook.received;
    assert.ok(delivery && signatureValid(delivery, endpoint.secret), 'the signature verifies with the endpoint’s secret');
    assert.ok(delivery && !signatureValid({ ...delivery, body: delivery.body.replace('CASE-77', 'CASE-78') }, endpoint.secret), 'a changed body does not');
    const event = z.parse(webhookEvent, JSON.parse(delivery?.body ?? ''));
    assert.match(event.id, /^evt_/);
    const paid = event.data.object as { id: string; reference: string; inputs: Record<string, string>; receipt: { reference: string } };
    assert.deepEqual([paid.id, paid.reference, paid.inputs, paid.receipt.reference], [session.id, 'CASE-77', { emirates_id: '784199012345671' }, 'CASE-77']);
  });

  it('an endpoint down for hours: retried on the schedule, then delivered once it is back; the log shows every try', async () => {
    const { openSession, payByCard, sandbox, hook, endpoint, advance, api } = await setUp(['payment.succeeded']);
    hook.set('error');
    await payByCard((await openSession({ items: [{ unit_amount: 5_000 }] })).id);
    await sandbox.tick();
    const timeline: string[] = [];
    // Down for the first four tries (500, no connection, a redirect, no answer), up for the fifth.
    const behaviours = ['refuse', 'redirect', 'silent', 'ok'] as const;
    const tries = async () => (await api('GET', `/webhook_endpoints/${endpoint.id}/deliveries`)).body.data.length;
    for (const [i, next] of behaviours.entries()) {
      hook.set(next);
      await advance((RETRY_SCHEDULE_MS[i] ?? 0) - 1);
      assert.equal(await tries(), i + 1, `try ${i + 2} not before it is due`);
      await advance(1);
      await sandbox.tick();
      assert.equal(await tries(), i + 2, `try ${i + 2} when it is due`);
    }
    const log = (await api('GET', `/webhook_endpoints/${endpoint.id}/deliveries`)).body.data.reverse();
    for (const entry of log) timeline.push(`${entry.attempt} ${entry.outcome} ${entry.http_status ?? '-'} ${entry.error ?? ''} next:${entry.next_attempt_at ?? '-'}`);
    assert.deepEqual(
      log.map((entry: { attempt: number; outcome: string; http_status: number | null; error: string | null }) => [entry.attempt, entry.outcome, entry.http_status, entry.error]),
      [
        [1, 'failed', 500, 'HTTP 500'],
        [2, 'failed', null, 'could not connect'],
        [3, 'failed', 302, 'redirect not followed'],
        [4, 'failed', null, 'no answer in 0.2 s'],
        [5, 'succeeded', 200, null],
      ],
    );
    const waits = log.slice(0, 4).map((entry: { attempted_at: string; next_attempt_at: string }) => Date.parse(entry.next_attempt_at) - Date.parse(entry.attempted_at));
    assert.deepEqual(waits, RETRY_SCHEDULE_MS.slice(0, 4));
    assert.equal(new Set(hook.received.map((r) => JSON.parse(r.body).id)).size, 1, 'every try carries the same event id');
    await advance(48 * 3600_000);
    await sandbox.tick();
    assert.equal(hook.received.filter((r) => types([r])[0] === 'payment.succeeded').length, 4, 'nothing more after it was delivered');
    console.log(`[webhooks] delivery timeline, endpoint down then up:\n  ${timeline.join('\n  ')}`);
  });

  it('gives up after the last try, and resend delivers the same event again', async () => {
    const { openSession, payByCard, sandbox, hook, advance, api } = await setUp(['payment.succeeded']);
    hook.set('error');
    await payByCard((await openSession({ items: [{ unit_amount: 5_000 }] })).id);
    await sandbox.tick();
    for (const wait of RETRY_SCHEDULE_MS) await advance(wait);
    await advance(7 * 24 * 3600_000);
    assert.equal(hook.received.length, MAX_DELIVERY_ATTEMPTS);
    hook.set('ok');
    const [event] = (await api('GET', '/events')).body.data;
    const resent = await api('POST', `/events/${event.id}/resend`, {});
    assert.equal(resent.body.id, event.id);
    await sandbox.tick();
    assert.equal(hook.received.length, MAX_DELIVERY_ATTEMPTS + 1);
    assert.equal(JSON.parse(hook.received.at(-1)?.body ?? '{}').id, event.id);
  });

  it('never holds up a payment: the confirm answers while the endpoint has not', async () => {
    const { openSession, payByCard, hook } = await setUp(['payment.succeeded']);
    hook.set('silent');
    const session = await openSession({ items: [{ unit_amount: 5_000 }] });
    const paid = await payByCard(session.id);
    assert.equal(paid.status, 'succeeded');
  });

  it('tells of declines, cancels, expiries and refunds, each to the endpoints that asked', async () => {
    const { openSession, payByCard, sandbox, hook, advance, api, payByBank } = await setUp();
    const declined = await openSession({ items: [{ unit_amount: 5_000 }] });
    await payByCard(declined.id, 'pm_card_declined');
    await api('POST', `/sessions/${declined.id}/cancel`, {});
    await openSession({ items: [{ unit_amount: 5_000 }] });
    await advance(31 * 60_000);
    const paid = await payByBank([{ unit_amount: 20_000 }]);
    await api('POST', '/refunds', { session: paid.id, amount: 1_313 });
    await advance(3 * 3600_000);
    await sandbox.tick();
    assert.deepEqual(types(hook.received).sort(), ['payment.canceled', 'payment.failed', 'payment.succeeded', 'refund.failed', 'session.expired'].sort());
    const onlyRefunds = await api('POST', '/webhook_endpoints', { url: `${HOOK}/refunds`, events: ['refund.succeeded'] });
    assert.deepEqual(onlyRefunds.body.events, ['refund.succeeded']);
  });

  it('a rolled secret signs beside the new one until the overlap ends', async () => {
    const { openSession, payByCard, sandbox, hook, endpoint, api, advance } = await setUp(['payment.succeeded']);
    const rolled = await api('POST', `/webhook_endpoints/${endpoint.id}/roll_secret`, { overlap_seconds: 3600 });
    assert.notEqual(rolled.body.secret, endpoint.secret);
    await payByCard((await openSession({ items: [{ unit_amount: 100 }] })).id);
    await sandbox.tick();
    const during = hook.received.at(-1);
    assert.ok(during && signatureValid(during, endpoint.secret) && signatureValid(during, rolled.body.secret), 'both secrets verify during the overlap');
    await advance(3600_000);
    await payByCard((await openSession({ items: [{ unit_amount: 100 }] })).id);
    await sandbox.tick();
    const after = hook.received.at(-1);
    assert.ok(after && signatureValid(after, rolled.body.secret) && !signatureValid(after, endpoint.secret), 'only the new one after it');
    const listed = await api('GET', '/webhook_endpoints');
    assert.equal(listed.body.data[0].secret, null, 'secrets are never listed');
  });

  it('refuses endpoint URLs that are not http(s), unknown event types, and the publishable key', async () => {
    const { api } = agencySandbox();
    for (const body of [
      { url: 'javascript:alert(1)', events: ['payment.succeeded'] },
      { url: HOOK, events: ['payment.stolen'] },
      { url: HOOK, events: [] },
    ]) {
      assert.equal((await api('POST', '/webhook_endpoints', body)).status, 400, JSON.stringify(body));
    }
    assert.equal((await api('POST', '/webhook_endpoints', { url: HOOK, events: ['payment.succeeded'] }, { token: 'pk_test_demo' })).status, 403);
  });
});
