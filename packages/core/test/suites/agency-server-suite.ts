import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { SETTLEMENT_UTC_OFFSET_HOURS, WEBHOOK_SIGNATURE_HEADER } from '@dubai-pay/contract';
import { createClient, type PaymentSession } from '@dubai-pay/core';
import { createServerClient, settlementCsv } from '@dubai-pay/core/server';
import type { SandboxEnv, TestApi } from './env.ts';

interface Delivery {
  body: Uint8Array;
  signature: string | undefined;
}

/** The agency's own webhook endpoint, on loopback: every delivery as received, bytes and header. */
async function receiver() {
  const received: Delivery[] = [];
  let arrived = () => {};
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const signature = request.headers[WEBHOOK_SIGNATURE_HEADER];
      received.push({ body: new Uint8Array(Buffer.concat(chunks)), signature: Array.isArray(signature) ? signature.join(',') : signature });
      response.writeHead(204).end();
      arrived();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/dubai-pay`,
    /** The n-th delivery (1-based), once it has come; deliveries never hold up the payment, so they are waited for. */
    async delivery(n: number): Promise<Delivery> {
      const deadline = Date.now() + 10_000;
      while (received.length < n) {
        if (Date.now() > deadline) throw new Error(`delivery ${n} did not come (${received.length} so far)`);
        await new Promise<void>((resolve) => {
          arrived = resolve;
          setTimeout(resolve, 250).unref();
        });
      }
      return received[n - 1]!;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The agency's server side with the secret key: its sessions listed and paged, refunds (a
 * refusal as a value), webhook endpoints with their secrets and delivery logs, and a real
 * delivery verified with `client.webhooks.verify`. Node only (a secret key is refused in a browser).
 */
export function agencyServerSuite({ describe, it }: TestApi, env: () => SandboxEnv): void {
  const server = () => createServerClient({ gateway: env().apiUrl, secretKey: env().secretKey });
  const unique = (prefix: string) => `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

  async function open(reference: string, unitAmount = 50_000): Promise<PaymentSession> {
    const { session, error } = await server().sessions.create([{ description: { en: 'Fine', ar: 'مخالفة' }, unitAmount, kind: 'fine' }], { channel: 'ivr', reference });
    if (!session) throw error;
    return session;
  }

  async function paid(reference: string, unitAmount?: number): Promise<PaymentSession> {
    const session = await open(reference, unitAmount);
    const { session: after, error } = await server().sessions.confirm(session.id, { paymentMethod: 'pm_card_visa' });
    if (error || after.status !== 'succeeded') throw error ?? new Error(`not paid: ${after.status}`);
    return after;
  }

  describe('agency server: lists, refunds, webhook endpoints (secret key)', () => {
    it('lists its sessions newest first, filtered, a page at a time and all of them', async () => {
      const c = server();
      const reference = unique('LIST');
      const first = await paid(reference);
      const second = await open(reference);
      const third = await open(reference);

      const page = await c.sessions.list({ reference, limit: 2 });
      expect(page.data.map((s) => s.id)).to.deep.equal([third.id, second.id]);
      expect(page).to.deep.include({ hasMore: true, nextCursor: second.id });
      const next = await c.sessions.list({ reference, limit: 2, startingAfter: page.nextCursor ?? '' });
      expect(next.data.map((s) => s.id)).to.deep.equal([first.id]);
      expect(next).to.deep.include({ hasMore: false, nextCursor: null });

      const all: string[] = [];
      for await (const session of c.sessions.listAll({ reference, limit: 1 })) all.push(session.id);
      expect(all).to.deep.equal([third.id, second.id, first.id]);

      expect((await c.sessions.list({ reference, status: 'succeeded' })).data.map((s) => s.id)).to.deep.equal([first.id]);
      expect((await c.sessions.list({ reference, createdGte: first.createdAt })).data).to.have.length(3);
      expect((await c.sessions.list({ reference, createdLt: new Date(Date.parse(first.createdAt)) })).data).to.deep.equal([]);
    });

    it('refunds a paid session in part and then the rest, and refuses more as a value', async () => {
      const c = server();
      const session = await paid(unique('REFUND'), 50_000);

      const { refund, error } = await c.refunds.create({ session: session.id, amount: 10_000, reason: 'duplicate' });
      expect(error).to.equal(undefined);
      expect(refund).to.deep.include({ sessionId: session.id, amount: 10_000, currency: 'AED', status: 'succeeded', reason: 'duplicate' });
      expect(refund?.lines.reduce((sum, line) => sum + line.amount, 0)).to.equal(10_000);
      expect(await c.refunds.retrieve(refund?.id ?? '')).to.deep.equal(refund);

      const over = await c.refunds.create({ session: session.id, amount: 40_001 });
      expect(over.error?.code).to.equal('refund_exceeds_balance');
      expect(over.error?.param).to.equal('amount');
      expect(over.error?.retryable).to.equal(false);
      expect(over.error?.messages.ar).to.match(/[\u0621-\u064A]/);

      const { refund: rest } = await c.refunds.create({ session: session.id });
      expect(rest?.amount, 'without an amount: all that is left').to.equal(40_000);
      expect((await c.refunds.create({ session: session.id, amount: 1 })).error?.code).to.equal('refund_exceeds_balance');
      expect((await c.sessions.retrieve(session.id)).amountRefunded).to.equal(50_000);

      const listed = await c.refunds.list({ session: session.id });
      expect(listed.data.map((r) => r.id)).to.deep.equal([rest?.id, refund?.id]);
      expect(listed.hasMore).to.equal(false);
      const paged = await c.refunds.list({ session: session.id, limit: 1 });
      expect(paged).to.deep.include({ hasMore: true, nextCursor: rest?.id });
    });

    it('refuses to refund a session that was not paid, as a value', async () => {
      const session = await open(unique('UNPAID'));
      const { error } = await server().refunds.create({ session: session.id });
      expect(error?.code).to.equal('session_not_paid');
    });

    it('registers a webhook endpoint whose deliveries verify with its secret, rolled or not, and logs them', async () => {
      const c = server();
      const hooks = await receiver();
      try {
        const { webhookEndpoint: endpoint, error } = await c.webhookEndpoints.create({ url: hooks.url, events: ['refund.succeeded'] });
        expect(error).to.equal(undefined);
        const secret = endpoint?.secret ?? '';
        expect(secret).to.match(/^whsec_/);
        const listed = (await c.webhookEndpoints.list()).find((e) => e.id === endpoint?.id);
        expect(listed?.secret, 'a secret is shown once').to.equal(null);
        expect(listed?.url).to.equal(hooks.url);

        const session = await paid(unique('HOOK'));
        const { refund } = await c.refunds.create({ session: session.id, amount: 500 });
        const delivery = await hooks.delivery(1);
        const event = await c.webhooks.verify(delivery.body, delivery.signature, secret);
        expect(event.type).to.equal('refund.succeeded');
        expect(event.data.object).to.deep.include({ id: refund?.id, sessionId: session.id, amount: 500 });
        expect((await c.events.list()).map((e) => e.id)).to.include(event.id);

        const log = await c.webhookEndpoints.deliveries(endpoint?.id ?? '');
        expect(log.find((d) => d.eventId === event.id)).to.deep.include({ outcome: 'succeeded', httpStatus: 204, attempt: 1, eventType: 'refund.succeeded' });

        // Rolled: for the overlap, each delivery carries a signature under each secret.
        const { webhookEndpoint: rolled } = await c.webhookEndpoints.rollSecret(endpoint?.id ?? '', { overlapSeconds: 3600 });
        expect(rolled?.secret)
          .to.match(/^whsec_/)
          .and.not.equal(secret);
        expect(rolled?.previousSecretExpiresAt).to.be.a('string');
        const { event: resent } = await c.events.resend(event.id);
        expect(resent?.id).to.equal(event.id);
        const again = await hooks.delivery(2);
        expect((await c.webhooks.verify(again.body, again.signature, rolled?.secret ?? '')).id, 'the new secret').to.equal(event.id);
        expect((await c.webhooks.verify(again.body, again.signature, secret)).id, 'the old secret, during the overlap').to.equal(event.id);
        const forged = await c.webhooks.verify(again.body, again.signature, 'whsec_not_this_endpoints').then(
          () => undefined,
          (error: { code?: string }) => error.code,
        );
        expect(forged).to.equal('webhook_signature_invalid');
        const { webhookEndpoint: replaced } = await c.webhookEndpoints.rollSecret(endpoint?.id ?? '', { overlapSeconds: 0 });
        expect(replaced?.previousSecretExpiresAt, 'no overlap: the rolled secret stops signing at once').to.equal(null);
      } finally {
        await hooks.close();
      }
    });

    it('reports the day of a payment and its refund, and gives the gateway’s CSV of it', async () => {
      const c = server();
      const session = await paid(unique('REPORT'), 50_000);
      const { refund } = await c.refunds.create({ session: session.id, amount: 500 });
      const issuedAt = Date.parse(session.receipt?.issuedAt ?? '');
      const date = new Date(issuedAt + SETTLEMENT_UTC_OFFSET_HOURS * 3600_000).toISOString().slice(0, 10); // the day in Dubai
      const report = await c.reports.settlement({ date });
      expect(report).to.deep.include({ object: 'settlement_report', date, entityId: null, currency: 'AED' });
      const entries = report.entries.filter((entry) => entry.sessionId === session.id);
      expect(entries.map((entry) => [entry.type, entry.id, entry.amount])).to.deep.equal([
        ['payment', session.id, 50_000],
        ['refund', refund?.id, -500],
      ]);
      const rta = await c.reports.settlement({ date, entity: 'rta' });
      expect(rta.entityId).to.equal('rta');
      expect(
        rta.entries.filter((entry) => entry.sessionId === session.id),
        'a session of the agency’s own items is no entity’s',
      ).to.deep.equal([]);
      const gateway = await fetch(`${env().apiUrl}/reports/settlement?date=${date}&format=csv`, { headers: { authorization: `Bearer ${env().secretKey}` } });
      expect(settlementCsv(report)).to.equal(await gateway.text());
    });

    it('needs the secret key: no server client without one, and the browser client has none of these', () => {
      expect(() => createServerClient({ gateway: env().apiUrl, secretKey: '' })).to.throw(TypeError);
      const browser = createClient({ gateway: env().apiUrl, publishableKey: env().publishableKey });
      expect(Object.keys(browser).sort()).to.deep.equal(['actions', 'fees', 'sessions']);
    });
  });
}
