import { expect } from 'chai';
import { createClient, isDubaiPayError, type PaymentSession } from '@dubai-pay/core';
import type { SandboxEnv, TestApi } from './env.ts';
import { browserInfo, openSession as openFixtureSession } from './fixtures.ts';

export function retrySuite({ describe, it }: TestApi, env: () => SandboxEnv): void {
  const client = (options: { timeout?: number; deadline?: number } = {}) => createClient({ gateway: env().apiUrl, publishableKey: env().publishableKey, ...options });

  const openSession = () => openFixtureSession(client());

  const confirmPath = (session: PaymentSession) => `/v1/sessions/${session.id}/confirm`;

  describe('retries and idempotency', () => {
    it('a response dropped after the charge is retried with the same key: one charge', async () => {
      const session = await openSession();
      await env().control.fault({ method: 'POST', path: confirmPath(session), action: 'drop_response' });
      const { session: paid } = await client().sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo });
      expect(paid.status).to.equal('succeeded');
      expect(await env().control.charges(session.id)).to.equal(1);
    });

    it('a timeout after the charge is retried with the same key: one charge', async () => {
      const session = await openSession();
      await env().control.fault({ method: 'POST', path: confirmPath(session), action: 'delay', delay_ms: 1500 });
      const { session: paid } = await client({ timeout: 400 }).sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo });
      expect(paid.status).to.equal('succeeded');
      expect(await env().control.charges(session.id)).to.equal(1);
    });

    it('a 503 before processing is retried and pays once', async () => {
      const session = await openSession();
      await env().control.fault({ method: 'POST', path: confirmPath(session), action: 'unavailable', times: 2 });
      const { session: paid } = await client().sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo });
      expect(paid.status).to.equal('succeeded');
      expect(await env().control.charges(session.id)).to.equal(1);
    });

    it('when every answer to the confirm is lost, the session is read back: told it succeeded, charged once', async () => {
      const session = await openSession();
      await env().control.fault({ method: 'POST', path: confirmPath(session), action: 'drop_response', times: 100 });
      const progress: string[] = [];
      const { session: paid, error } = await client({ deadline: 3000 }).sessions.confirm(session.clientSecret, {
        paymentMethod: 'pm_card_visa',
        browserInfo,
        onProgress: (p) => progress.push(p.type),
      });
      await env().control.clearFaults();
      expect(error).to.equal(undefined);
      expect(paid.status).to.equal('succeeded');
      expect(progress).to.include('retrying');
      expect(progress.at(-1)).to.equal('checking');
      expect(await env().control.charges(session.id)).to.equal(1);
    });

    it('when the session cannot be read back either: outcome_unknown (never "not charged"), and a later try reuses the key and pays once', async () => {
      const session = await openSession();
      await env().control.fault({ method: 'POST', path: confirmPath(session), action: 'drop_response', times: 100 });
      await env().control.fault({ method: 'POST', path: `/v1/sessions/${session.id}/view`, action: 'unavailable', times: 100 });
      const c = client({ deadline: 2000 });
      try {
        await c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo });
        expect.fail('should throw');
      } catch (error) {
        expect(isDubaiPayError(error) && error.code).to.equal('outcome_unknown');
        expect(isDubaiPayError(error) && error.messages.en).to.match(/could not confirm whether your payment went through/);
        expect(isDubaiPayError(error) && `${error.messages.en} ${error.messages.ar}`).not.to.match(/not been charged|لم يُخصم/);
      }
      await env().control.clearFaults();
      expect(await env().control.charges(session.id)).to.equal(1); // the first attempt charged
      const { session: paid, error } = await c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo });
      expect(error).to.equal(undefined);
      expect(paid.status).to.equal('succeeded');
      expect(await env().control.charges(session.id)).to.equal(1);
    });

    it('a double click sends one confirm and pays once', async () => {
      const session = await openSession();
      const c = client();
      const [first, second] = await Promise.all([
        c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo }),
        c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo }),
      ]);
      expect(first).to.equal(second);
      expect(await env().control.charges(session.id)).to.equal(1);
    });

    it('a second client confirming a paid session gets the paid session, not a second charge', async () => {
      const session = await openSession();
      await client().sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo });
      const { session: again, error } = await client().sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_amex', browserInfo });
      expect(error).to.equal(undefined);
      expect(again.status).to.equal('succeeded');
      expect(again.receipt?.paymentMethod).to.deep.include({ last4: '4242' });
      expect(await env().control.charges(session.id)).to.equal(1);
    });

    it('the gateway replays the first answer for a repeated key and refuses the key with another body', async () => {
      const session = await openSession();
      const send = (body: unknown) =>
        fetch(`${env().apiUrl}/sessions/${session.id}/confirm`, {
          method: 'POST',
          headers: { authorization: `Bearer ${session.clientSecret}`, 'content-type': 'application/json', 'idempotency-key': `key-${session.id}` },
          body: JSON.stringify(body),
        });
      const first = await send({
        payment_method: 'pm_card_visa',
        browser_info: {
          language: 'en',
          color_depth: 24,
          screen_height: 1,
          screen_width: 1,
          time_zone_offset: 0,
          user_agent: 'x',
          java_enabled: false,
          javascript_enabled: true,
        },
      });
      const firstBody = await first.text();
      const replay = await send(
        JSON.parse(
          JSON.stringify({
            payment_method: 'pm_card_visa',
            browser_info: {
              language: 'en',
              color_depth: 24,
              screen_height: 1,
              screen_width: 1,
              time_zone_offset: 0,
              user_agent: 'x',
              java_enabled: false,
              javascript_enabled: true,
            },
          }),
        ),
      );
      expect(replay.headers.get('idempotency-replayed')).to.equal('true');
      expect(await replay.text()).to.equal(firstBody);
      const other = await send({ payment_method: 'pm_card_amex' });
      expect(other.status).to.equal(409);
      expect(((await other.json()) as { error: { code: string } }).error.code).to.equal('idempotency_conflict');
      expect(await env().control.charges(session.id)).to.equal(1);
    });

    it('a read of the session is retried after a dropped response', async () => {
      const session = await openSession();
      await env().control.fault({ method: 'POST', path: `/v1/sessions/${session.id}/view`, action: 'drop_response' });
      expect((await client().sessions.retrieve(session.clientSecret)).id).to.equal(session.id);
    });

    it('an AbortSignal stops a call', async () => {
      const session = await openSession();
      await env().control.fault({ method: 'POST', path: `/v1/sessions/${session.id}/view`, action: 'delay', delay_ms: 1000 });
      const controller = new AbortController();
      const pending = client().sessions.retrieve(session.clientSecret, { signal: controller.signal });
      controller.abort();
      try {
        await pending;
        expect.fail('should abort');
      } catch (error) {
        expect((error as Error).name).to.equal('AbortError');
      }
      await env().control.clearFaults();
    });
  });

  describe('responses that break the contract', () => {
    /** Passes real sandbox answers through, altered: what a broken proxy or a gateway bug would do. */
    const altering =
      (alter: (body: Record<string, unknown>) => unknown): typeof fetch =>
      async (input, init) => {
        const response = await fetch(input, init);
        const body = (await response.json()) as Record<string, unknown>;
        return new Response(JSON.stringify(alter(body)), { status: response.status, headers: response.headers });
      };

    it('tolerates unknown extra fields', async () => {
      const c = createClient({ gateway: env().apiUrl, publishableKey: env().publishableKey, fetch: altering((b) => ({ ...b, brand_new_field: 1 })) });
      const entities = await c.fees.entities();
      expect(entities.length).to.equal(25);
    });

    it('turns a missing or mistyped field into invalid_response', async () => {
      const session = await openSession();
      for (const alter of [
        (b: Record<string, unknown>) => ({ ...b, amount: undefined }),
        (b: Record<string, unknown>) => ({ ...b, amount: 12.5 }),
        (b: Record<string, unknown>) => ({ ...b, status: 'paid-ish' }),
      ]) {
        const c = createClient({ gateway: env().apiUrl, publishableKey: env().publishableKey, deadline: 3000, fetch: altering(alter) });
        try {
          await c.sessions.retrieve(session.clientSecret);
          expect.fail('should throw');
        } catch (error) {
          expect(isDubaiPayError(error) && error.code).to.equal('invalid_response');
        }
      }
    });

    it('cut by the deadline after an unreadable answer, says what the gateway answered, not "too slow"', async () => {
      let calls = 0;
      // The first answer is off the contract; the next attempt hangs until the deadline aborts it.
      const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        calls++;
        if (calls === 1) return new Response(JSON.stringify({ object: 'list', data: 'not a list' }), { status: 200, headers: { 'content-type': 'application/json' } });
        const signal = input instanceof Request ? input.signal : init?.signal;
        return new Promise<Response>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
      };
      const c = createClient({ gateway: env().apiUrl, publishableKey: env().publishableKey, deadline: 800, fetch });
      try {
        await c.fees.entities();
        expect.fail('should throw');
      } catch (error) {
        expect(calls).to.be.at.least(2);
        expect(isDubaiPayError(error) && error.code).to.equal('invalid_response');
        expect(isDubaiPayError(error) && error.outcomeUnknown).to.equal(true);
      }
    });

    it('turns a non-JSON answer into invalid_response', async () => {
      const c = createClient({
        gateway: env().apiUrl,
        publishableKey: env().publishableKey,
        deadline: 2000,
        fetch: async () => new Response('<html>oops</html>', { status: 200 }),
      });
      try {
        await c.fees.entities();
        expect.fail('should throw');
      } catch (error) {
        expect(isDubaiPayError(error) && error.code).to.equal('invalid_response');
      }
    });
  });
}
