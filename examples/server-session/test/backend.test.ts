import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startSandboxServer, type SandboxServer } from '@dubai-pay/sandbox/server';
import { serverSessionHandler } from '../server.ts';

// The agency back end against the sandbox over real HTTP: the gateway's webhooks reach it, it
// verifies them, and it fulfils an order exactly once, whatever arrives twice, late or forged.

let gateway: SandboxServer;
let server: Server;
let origin: string;
let example: ReturnType<typeof serverSessionHandler>;

before(async () => {
  gateway = await startSandboxServer();
  server = createServer((request, response) => {
    void example.handle(request, response, new URL(request.url ?? '/', 'http://x').pathname).then((handled) => {
      if (!handled) response.writeHead(404).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  example = serverSessionHandler({ gateway: gateway.apiUrl, secretKey: 'sk_test_demo', publishableKey: 'pk_test_demo', origin, staffToken: STAFF });
  await example.register();
});
after(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await gateway.close();
});

const SECRET = { authorization: 'Bearer sk_test_demo', 'content-type': 'application/json' };
const STAFF = 'staff-token-for-tests-0123456789';
let keys = 0;
const post = (path: string, body: unknown) =>
  fetch(`${gateway.apiUrl}${path}`, { method: 'POST', headers: { ...SECRET, 'idempotency-key': `backend-test-${++keys}-${Date.now()}` }, body: JSON.stringify(body) });

async function until<T>(check: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = check();
    if (value) return value;
    await gateway.sandbox.tick();
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the agency back end (examples/server-session)', () => {
  it('fulfils a paid order once, on the verified webhook; duplicates and late events change nothing', async () => {
    const { backend } = example;
    const session = await backend.createOrder('ORDER-1', 'ivr');
    const failed = await (await post(`/sessions/${session.id}/confirm`, { payment_method: 'pm_card_declined' })).json();
    assert.equal(failed.status, 'open');
    await (await post(`/sessions/${session.id}/confirm`, { payment_method: 'pm_card_visa' })).json();
    const order = await until(() => (backend.order('ORDER-1')?.state === 'fulfilled' ? backend.order('ORDER-1') : undefined), 'the order to be fulfilled');
    assert.equal(order.fulfilments, 1);
    // Every event delivered again (the gateway's at-least-once), the decline after the payment.
    const events = (await (await fetch(`${gateway.apiUrl}/events`, { headers: SECRET })).json()).data as { id: string; data: { object: { id: string } } }[];
    for (const event of events.filter((e) => e.data.object.id === session.id).reverse()) await post(`/events/${event.id}/resend`, {});
    await gateway.sandbox.tick();
    assert.deepEqual([backend.order('ORDER-1')?.state, backend.order('ORDER-1')?.fulfilments], ['fulfilled', 1]);
  });

  it('refuses a forged or replayed delivery: the order is not fulfilled by it', async () => {
    const { backend } = example;
    const session = await backend.createOrder('ORDER-2', 'ivr');
    const forged = JSON.stringify({
      id: 'evt_forged',
      object: 'event',
      type: 'payment.succeeded',
      created_at: new Date().toISOString(),
      data: { object: { ...session, status: 'succeeded' } },
    });
    for (const signature of [undefined, 't=1,v1=00', `t=${Math.floor(Date.now() / 1000)},v1=${'ab'.repeat(32)}`]) {
      const answer = await fetch(`${origin}/server-session/webhooks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signature ? { 'dubai-pay-signature': signature } : {}) },
        body: forged,
      });
      assert.equal(answer.status, 400, signature ?? 'no signature');
    }
    assert.deepEqual([backend.order('ORDER-2')?.state, backend.order('ORDER-2')?.fulfilments], ['awaiting_payment', 0]);
  });

  it('refunds in part through the back end and learns of it from the webhook; over the balance is refused', async () => {
    const { backend } = example;
    const session = await backend.createOrder('ORDER-3', 'ivr');
    await post(`/sessions/${session.id}/confirm`, { payment_method: 'pm_card_visa' });
    await until(() => backend.order('ORDER-3')?.state === 'fulfilled' || undefined, 'the order to be fulfilled');
    const refundOf = (headers: Record<string, string>, body: unknown) =>
      fetch(`${origin}/server-session/orders/ORDER-3/refund`, { method: 'POST', headers, body: JSON.stringify(body) });
    const asStaff = { 'content-type': 'application/json', origin, authorization: `Bearer ${STAFF}` };
    assert.equal((await refundOf({ 'content-type': 'application/json', origin }, { amount: 1000 })).status, 403, 'a customer cannot refund their own order');
    assert.equal((await refundOf({ ...asStaff, origin: 'https://evil.example' }, { amount: 1000 })).status, 403, 'nor another site');
    assert.equal((await refundOf(asStaff, { amount: 1000 })).status, 200);
    await until(() => (backend.order('ORDER-3')?.refunded === 1000 ? true : undefined), 'the refund webhook');
    const over = await refundOf(asStaff, { amount: session.amount });
    assert.deepEqual([over.status, ((await over.json()) as { error: { code: string } }).error.code], [400, 'refund_exceeds_balance']);
    const status = (await (await fetch(`${origin}/server-session/orders/ORDER-3`)).json()) as { refunded: number; state: string };
    assert.deepEqual([status.refunded, status.state], [1000, 'fulfilled']);
    // The rest given back: the permit is withdrawn.
    assert.equal((await refundOf(asStaff, {})).status, 200);
    await until(() => (backend.order('ORDER-3')?.state === 'refunded' ? true : undefined), 'the order to be refunded');
    // Registered again (as after a restart): the same endpoint with its secret rolled, and deliveries still verify.
    await example.register();
    const endpoints = (await (await fetch(`${gateway.apiUrl}/webhook_endpoints`, { headers: SECRET })).json()) as { data: unknown[] };
    assert.equal(endpoints.data.length, 1);
    const again = await backend.createOrder('ORDER-4', 'ivr');
    await post(`/sessions/${again.id}/confirm`, { payment_method: 'pm_card_visa' });
    await until(() => backend.order('ORDER-4')?.state === 'fulfilled' || undefined, 'the next order to be fulfilled');
  });
});
