import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

// A shared sandbox started with a data file is killed (SIGKILL: no goodbye) between a payment and
// its webhook, and started again: the payment, the refund and the webhook still owed are all there.

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dubai-pay-sandbox-'));
const dataFile = join(dir, 'sandbox.db');
after(() => rmSync(dir, { recursive: true, force: true }));

/** A port whose next two are free too: the sandbox takes three (gateway, ACS, banks). */
async function freePorts(): Promise<number> {
  const listen = (port: number) =>
    new Promise<Server | null>((done) => {
      const probe = createServer();
      probe.once('error', () => done(null));
      probe.listen(port, '127.0.0.1', () => done(probe));
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = await listen(0);
    const base = (first?.address() as AddressInfo | undefined)?.port ?? 0;
    const rest = [await listen(base + 1), await listen(base + 2)];
    const all = [first, ...rest];
    await Promise.all(all.map((probe) => probe && new Promise((done) => probe.close(done))));
    if (all.every(Boolean)) return base;
  }
  throw new Error('no three free ports in a row');
}

async function startSandbox(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--conditions=@dubai-pay/source', '--no-warnings', CLI], {
    env: { ...process.env, DUBAI_PAY_SANDBOX_PORT: String(port), DUBAI_PAY_SANDBOX_DATA: dataFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, failed) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('sandbox gateway') && ready());
    child.once('exit', (code) => failed(new Error(`the sandbox exited (${code})`)));
  });
  return child;
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

describe('a sandbox with a data file', () => {
  it('loses nothing when killed between a payment and its webhook', async () => {
    // The agency's endpoint: down at first (500), then up.
    const received: { id: string; type: string }[] = [];
    let up = false;
    const hook: Server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk));
      request.on('end', () => {
        if (up) received.push(JSON.parse(body) as { id: string; type: string });
        response.writeHead(up ? 200 : 500).end();
      });
    });
    await new Promise<void>((done) => hook.listen(0, '127.0.0.1', done));
    const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hooks`;
    let port = await freePorts();
    const api = async (method: string, path: string, body?: unknown, key?: string) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        headers: {
          authorization: 'Bearer sk_test_demo',
          'content-type': 'application/json',
          ...(method === 'POST' ? { 'idempotency-key': key ?? `restart-${Math.random()}` } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return (await response.json()) as any;
    };

    let sandbox = await startSandbox(port);
    try {
      await api('POST', '/v1/webhook_endpoints', { url: hookUrl, events: ['payment.succeeded'] });
      const session = await api('POST', '/v1/sessions', { items: [{ description: { en: 'Fee', ar: 'رسم' }, unit_amount: 10_000 }], channel: 'ivr', reference: 'KEEP-1' });
      const paid = await api('POST', `/v1/sessions/${session.id}/confirm`, { payment_method: 'pm_card_visa' });
      assert.equal(paid.status, 'succeeded');
      const refund = await api('POST', '/v1/refunds', { session: session.id, amount: 2_500 }, 'restart-refund-key-1');
      // The first try failed (the endpoint is down); the event waits for its next try.
      const event = (await api('GET', '/v1/events')).data.find((e: { type: string }) => e.type === 'payment.succeeded');
      assert.ok(event, 'the payment’s event was recorded');
      await kill(sandbox);

      up = true;
      // Other ports, as a restarted machine might get: the state does not depend on them.
      port = await freePorts();
      sandbox = await startSandbox(port);
      const after = await api('GET', `/v1/sessions/${session.id}`);
      assert.deepEqual([after.status, after.reference, after.amount_refunded], ['succeeded', 'KEEP-1', 2_500]);
      assert.equal((await api('GET', `/_sandbox/sessions/${session.id}/charges`)).charges, 1);
      // The same refund request again is the same refund, not a second one.
      assert.equal((await api('POST', '/v1/refunds', { session: session.id, amount: 2_500 }, 'restart-refund-key-1')).id, refund.id);
      // Time passes (the clock's offset was kept too): the owed delivery is made, with the same event id.
      await api('POST', '/_sandbox/clock', { advance_ms: 61_000 });
      for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.deepEqual(received, [{ ...received[0], id: event.id, type: 'payment.succeeded' }]);
    } finally {
      await kill(sandbox);
      await new Promise((done) => hook.close(done));
    }
  });
});
