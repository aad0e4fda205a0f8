import { expect } from 'chai';
import { createClient, type ConfirmResult } from '@dubai-pay/core';
import { browserInfo, openSession, pickService } from './fixtures.ts';
import type { SandboxEnv, TestApi } from './env.ts';

export function sessionsSuite({ describe, it }: TestApi, env: () => SandboxEnv): void {
  const client = () => createClient({ gateway: env().apiUrl, publishableKey: env().publishableKey });

  describe('sessions: from a quote', () => {
    it('opens a session whose amount and items are the quote’s, with a client secret', async () => {
      const c = client();
      const session = await openSession(c);
      expect(session.status).to.equal('open');
      expect(session.clientSecret.startsWith(`${session.id}_secret_`)).to.equal(true);
      expect(session.amount).to.equal(session.items.reduce((sum, item) => sum + item.amount, 0));
      expect(session.allowedMethods).to.deep.equal(['card', 'edirham', 'direct_debit']);
      const read = await c.sessions.retrieve(session.clientSecret);
      expect(read.id).to.equal(session.id);
    });

    it('pays with a frictionless test card and carries a receipt with the masked card', async () => {
      const c = client();
      const session = await openSession(c);
      const { session: paid, error } = await c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo });
      expect(error).to.equal(undefined);
      expect(paid.status).to.equal('succeeded');
      expect(paid.receipt?.number).to.match(/^DXB-\d{4}-\d{6}$/);
      expect(paid.receipt?.paymentMethod).to.deep.include({ type: 'card', brand: 'visa', last4: '4242' });
      expect(paid.receipt?.amount).to.equal(session.amount);
      expect(await env().control.charges(session.id)).to.equal(1);
    });

    it('returns each decline as a value, leaves the session open, and lets another card pay', async () => {
      const c = client();
      const session = await openSession(c);
      // Reasons that would help a card tester (lost, stolen) reach only the agency's server: a browser sees a plain decline.
      const declines = {
        pm_card_declined: 'card_declined',
        pm_card_insufficient_funds: 'insufficient_funds',
        pm_card_lost: 'card_declined',
        pm_card_stolen: 'card_declined',
      } as const;
      for (const [token, code] of Object.entries(declines)) {
        const result = await c.sessions.confirm(session.clientSecret, { paymentMethod: token, browserInfo });
        expect(result.error?.code, token).to.equal(code);
        expect(result.error?.messages.ar).to.match(/[\u0600-\u06ff]/);
        expect(result.session.status).to.equal('open');
      }
      if (env().kind === 'node') {
        const server = createClient({ gateway: env().apiUrl, secretKey: env().secretKey });
        expect((await server.sessions.retrieve(session.id)).lastError?.code, 'the agency sees the real reason').to.equal('stolen_card');
      }
      const paid = await c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo });
      expect(paid.session.status).to.equal('succeeded');
      expect(paid.session.attempts).to.equal(5);
      expect(await env().control.charges(session.id)).to.equal(1);
    });

    it('3-D Secure: the session carries the outcome; a refusal comes with the issuer’s own text; the policy can only be made stricter', async () => {
      const c = client();
      const session = await openSession(c);
      const rejected = await c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_rejected', browserInfo: { ...browserInfo, language: 'ar-AE' } });
      expect(rejected.error?.code).to.equal('authentication_rejected');
      expect(rejected.error?.notCharged).to.equal(true);
      expect(rejected.error?.issuerMessage).to.match(/[\u0600-\u06ff]/, 'the ACS wrote in the cardholder’s language');
      // A browser does not see the issuer's reason (`11`: suspected fraud); an R is never authorised: no ECI.
      expect(rejected.session.threeDSecure).to.include({
        transStatus: 'R',
        transStatusReason: null,
        eci: null,
        liabilityShift: false,
        methodCompletion: 'U',
        flow: 'frictionless',
      });
      const declinedA = await c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_attempted', browserInfo, threeDsPolicy: { attempted: 'decline' } });
      expect(declinedA.error?.code).to.equal('authentication_attempted');
      expect(declinedA.error?.issuerMessage).to.equal(undefined);
      const paidA = await c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_attempted', browserInfo, threeDsPolicy: { attempted: 'proceed' } });
      expect(paidA.session.status).to.equal('succeeded');
      expect(paidA.session.threeDSecure).to.include({ transStatus: 'A', eci: '06', liabilityShift: true, authenticationValuePresent: true });
      expect(await env().control.charges(session.id)).to.equal(1);
    });

    it('fails the session for good after five failed attempts', async () => {
      const c = client();
      const session = await openSession(c);
      let last: ConfirmResult | undefined;
      for (const token of ['pm_card_expired', 'pm_card_incorrect_cvc', 'pm_card_processing_error', 'pm_edirham_insufficient_funds', 'pm_card_declined']) {
        last = await c.sessions.confirm(session.clientSecret, { paymentMethod: token, browserInfo });
      }
      expect(last?.session.status).to.equal('failed');
      expect(last?.error?.retryable).to.equal(false);
      const after = await c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo });
      expect(after.error?.code).to.equal('session_failed');
      expect(after.error?.notCharged, 'the gateway said the session ended unpaid').to.equal(true);
      // Canceling it now names why it ended (it was never canceled), in the same words as paying does.
      const cancel = await c.sessions.cancel(session.clientSecret);
      expect(cancel.error?.code).to.equal('session_failed');
      expect(cancel.error?.retryable).to.equal(false);
      expect(await env().control.charges(session.id)).to.equal(0);
    });

    it('pays with an e-Dirham test card', async () => {
      const c = client();
      const session = await openSession(c);
      const { session: paid } = await c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_edirham', browserInfo });
      expect(paid.status).to.equal('succeeded');
      expect(paid.receipt?.paymentMethod).to.deep.equal({ type: 'edirham', last4: '0009' });
    });

    it('asks for the 3DS Method, then a challenge, with spec-shaped action data', async () => {
      const c = client();
      const session = await openSession(c);
      const { session: pending } = await c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_challenge', browserInfo });
      expect(pending.status).to.equal('requires_action');
      const action = pending.nextAction;
      if (action?.type !== 'three_ds_method') throw new Error(`expected three_ds_method, got ${action?.type}`);
      const method = action.threeDsMethod;
      const decoded = JSON.parse(atob(method.methodData.replace(/-/g, '+').replace(/_/g, '/')));
      expect(decoded).to.deep.equal({ threeDSServerTransID: method.threeDsServerTransId, threeDSMethodNotificationURL: method.notificationUrl });
      expect(method.methodData).to.not.match(/[+/=]/); // base64url without padding
      expect(method.timeoutMs).to.equal(10_000);
      expect(new URL(method.methodUrl).origin).to.not.equal(new URL(env().apiUrl).origin); // the ACS has its own origin
      const challenged = await c.sessions.completeThreeDsMethod(session.clientSecret, 'Y');
      if (challenged.nextAction?.type !== 'three_ds_challenge') throw new Error('expected a challenge');
      const challenge = challenged.nextAction.threeDsChallenge;
      expect(challenge.threeDsServerTransId).to.equal(method.threeDsServerTransId);
      expect(challenge.acsTransId).to.match(/^[0-9a-f-]{36}$/);
      expect(challenge.messageVersion).to.match(/^2\.\d\.\d$/);
      expect(await env().control.charges(session.id)).to.equal(0);
    });

    it('completes a frictionless payment after the 3DS Method', async () => {
      const c = client();
      const session = await openSession(c);
      const { session: pending } = await c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_mastercard', browserInfo });
      expect(pending.nextAction?.type).to.equal('three_ds_method');
      const done = await c.sessions.completeThreeDsMethod(session.clientSecret, 'N');
      expect(done.status).to.equal('succeeded');
      expect(await env().control.charges(session.id)).to.equal(1);
    });

    it('sends direct debit to the chosen bank with a return URL', async () => {
      const c = client();
      const session = await openSession(c);
      // A return URL must be on an origin registered for the key (here the gateway's own, which always is).
      const back = `${new URL(env().apiUrl).origin}/paid`;
      const { session: pending } = await c.sessions.confirm(session.clientSecret, { directDebit: { bank: 'dib' }, returnUrl: back });
      if (pending.nextAction?.type !== 'bank_redirect') throw new Error('expected bank_redirect');
      expect(pending.nextAction.bankRedirect).to.deep.include({ bank: 'dib', returnUrl: back });
      expect(pending.paymentMethod).to.deep.equal({ type: 'direct_debit', bank: 'dib' });
    });

    it('cancels an open session, and will not take a payment after', async () => {
      const c = client();
      const session = await openSession(c);
      const { session: canceled } = await c.sessions.cancel(session.clientSecret);
      expect(canceled?.status).to.equal('canceled');
      const { error } = await c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo });
      expect(error?.code).to.equal('session_canceled');
    });

    it('expires sessions and quotes with time', async () => {
      const c = client();
      const session = await openSession(c);
      const { service, inputs } = await pickService(c, (s) => s.fee.type === 'fixed');
      const { quote } = await c.fees.quote({ service: service.id, inputs });
      await env().control.advanceClock(31 * 60 * 1000);
      expect((await c.sessions.retrieve(session.clientSecret)).status).to.equal('expired');
      const late = await c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo });
      expect(late.error?.code).to.equal('session_expired');
      expect(late.error?.messages.en).to.match(/not been charged/);
      expect(late.error?.retryable, 'an expired session takes no more attempts').to.equal(false);
      const cancel = await c.sessions.cancel(session.clientSecret);
      expect([cancel.error?.code, cancel.error?.status]).to.deep.equal(['session_expired', 410]);
      expect((await c.sessions.createFromQuote(quote?.id ?? '')).error?.code).to.equal('quote_expired');
    });

    it('waits for a terminal state by polling', async () => {
      const c = client();
      const session = await openSession(c);
      await c.sessions.confirm(session.clientSecret, { paymentMethod: 'pm_card_visa', browserInfo });
      const outcome = await c.sessions.waitForOutcome(session.clientSecret, { interval: 10 });
      expect(outcome.status).to.equal('succeeded');
      const open = await openSession(c);
      try {
        await c.sessions.waitForOutcome(open.clientSecret, { interval: 20, timeout: 60 });
        expect.fail('should time out');
      } catch (error) {
        expect((error as { code?: string }).code).to.equal('timeout');
      }
    });

    it('will not let a browser create a session from items (amounts come from the gateway)', async () => {
      const response = await fetch(`${env().apiUrl}/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${env().publishableKey}`, 'content-type': 'application/json', 'idempotency-key': 'items-from-browser-1' },
        body: JSON.stringify({ items: [{ description: { en: 'x', ar: 'س' }, unit_amount: 1 }] }),
      });
      expect(response.status).to.equal(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).to.equal('forbidden');
    });
  });
}
