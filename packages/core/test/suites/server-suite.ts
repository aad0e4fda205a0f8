import { expect } from 'chai';
import { createClient } from '@dubai-pay/core';
import type { SandboxEnv, TestApi } from './env.ts';

/** What only a server (secret key) may do: price its own items, tokenize for IVR. Node only. */
export function serverSuite({ describe, it }: TestApi, env: () => SandboxEnv): void {
  const server = () => createClient({ gateway: env().apiUrl, secretKey: env().secretKey });

  describe('agency server and IVR (secret key)', () => {
    it('creates a session from its own items, on its channel, with its reference', async () => {
      const { session } = await server().sessions.create(
        [
          { description: { en: 'Event permit', ar: 'تصريح فعالية' }, unitAmount: 150_000, kind: 'service_fee' },
          { description: { en: 'Inspection visit', ar: 'زيارة تفتيش' }, unitAmount: 25_000, quantity: 2 },
        ],
        { channel: 'ivr', reference: 'INV-2026-77', allowedMethods: ['card'] },
      );
      expect(session?.amount).to.equal(200_000);
      expect(session?.items[1]).to.deep.include({ quantity: 2, unitAmount: 25_000, amount: 50_000, kind: 'other' });
      expect(session?.channel).to.equal('ivr');
      expect(session?.reference).to.equal('INV-2026-77');
      expect(session?.allowedMethods).to.deep.equal(['card']);
    });

    it('refuses a session with a non-integer or negative amount, naming the field', async () => {
      const { error } = await server().sessions.create([{ description: { en: 'x', ar: 'س' }, unitAmount: 10.5 }]);
      expect(error?.code).to.equal('invalid_request');
      expect(error?.param).to.equal('items.0.unit_amount');
    });

    it('tokenizes a card for a phone payment and pays without a browser (no 3-D Secure on IVR)', async () => {
      const { session } = await server().sessions.create([{ description: { en: 'Fine', ar: 'مخالفة' }, unitAmount: 50_000, kind: 'fine' }], { channel: 'ivr' });
      const { paymentMethod } = await server().sessions.createPaymentMethod({
        type: 'card',
        card: { number: '4000 0000 0000 3220', expMonth: 12, expYear: new Date().getFullYear() + 2, cvc: '123' },
      });
      expect(paymentMethod?.summary).to.deep.include({ type: 'card', brand: 'visa', last4: '3220' });
      expect(JSON.stringify(paymentMethod)).to.not.include('4000000000003220');
      const { session: paid } = await server().sessions.confirm(session?.id ?? '', { paymentMethod: paymentMethod?.id ?? '' });
      expect(paid.status).to.equal('succeeded');
      expect(paid.receipt?.channel).to.equal('ivr');
      // Confirming a paid session again (a repeated IVR keypress) shows the same payment, charged once.
      const again = await server().sessions.confirm(session?.id ?? '', { paymentMethod: paymentMethod?.id ?? '' });
      expect(again.error).to.equal(undefined);
      expect(again.session.receipt?.number).to.equal(paid.receipt?.number);
      expect(await env().control.charges(session?.id ?? '')).to.equal(1);
    });

    it('checks card details: Luhn, expiry in the past, CVC length; e-Dirham PIN', async () => {
      const year = new Date().getFullYear();
      const card = (number: string, expYear: number, cvc: string) => server().sessions.createPaymentMethod({ type: 'card', card: { number, expMonth: 1, expYear, cvc } });
      expect((await card('4242424242424241', year + 1, '123')).error?.code).to.equal('invalid_card_number');
      expect((await card('4242424242424242', year - 1, '123')).error?.code).to.equal('invalid_expiry');
      expect((await card('378282246310005', year + 1, '123')).error?.code).to.equal('invalid_cvc');
      expect((await card('٤٢٤٢ ٤٢٤٢ ٤٢٤٢ ٤٢٤٢', year + 1, '١٢٣')).paymentMethod?.summary).to.deep.include({ last4: '4242' });
      const pin = await server().sessions.createPaymentMethod({ type: 'edirham', edirham: { number: '7840000000000009', pin: '12' } });
      expect(pin.error?.code).to.equal('invalid_pin');
    });

    it('declines an e-Dirham card with the wrong PIN, as the issuer would', async () => {
      const { session } = await server().sessions.create([{ description: { en: 'Fee', ar: 'رسم' }, unitAmount: 1000 }]);
      const { paymentMethod } = await server().sessions.createPaymentMethod({ type: 'edirham', edirham: { number: '7840000000000009', pin: '9999' } });
      const result = await server().sessions.confirm(session?.id ?? '', { paymentMethod: paymentMethod?.id ?? '' });
      expect(result.error?.code).to.equal('incorrect_pin');
      expect(result.session.status).to.equal('open');
    });

    it('refuses to be created with a secret key in a browser-like global', () => {
      const scope = globalThis as { window?: unknown; document?: unknown };
      scope.window = {};
      scope.document = {};
      try {
        expect(() => createClient({ gateway: env().apiUrl, secretKey: env().secretKey })).to.throw(/never be used in a browser/);
      } finally {
        delete scope.window;
        delete scope.document;
      }
    });
  });
}
