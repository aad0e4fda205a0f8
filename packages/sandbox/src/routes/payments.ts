import { endpoints } from '@dubai-pay/contract';
import type { PaymentMethodVault } from '../payments/payment-methods.ts';
import type { QuoteBook } from '../quotes.ts';
import { route, type Route } from '../router.ts';
import type { Payer, SessionBook } from '../sessions.ts';
import { GatewayProblem } from '../problems.ts';

export function paymentRoutes(quotes: QuoteBook, sessions: SessionBook, vault: PaymentMethodVault): Route[] {
  return [
    route(endpoints.createQuote, ({ caller, body }) => quotes.create(caller.agency.id, body)),

    route(endpoints.createSession, ({ caller, body }) => {
      const options = { channel: body.channel, reference: body.reference, allowed_methods: body.allowed_methods };
      if (body.quote_id !== undefined) {
        const { quote, agencyId } = quotes.usable(body.quote_id);
        if (agencyId !== caller.agency.id) throw new GatewayProblem(404, 'not_found', `No quote ${body.quote_id}.`, { param: 'quote_id' });
        return sessions.openForQuote(caller.agency, quote, options);
      }
      // Items carry amounts, so only an agency server may send them (rule 2).
      if (caller.credential !== 'secret') {
        throw new GatewayProblem(403, 'forbidden', 'Only a secret key may create a session from items; browsers create sessions from a quote.');
      }
      const items = (body.items ?? []).map((item) => {
        const quantity = item.quantity ?? 1;
        return { kind: item.kind ?? 'other', description: item.description, quantity, unit_amount: item.unit_amount, amount: item.unit_amount * quantity };
      });
      return sessions.open(caller.agency, items, {}, options);
    }),

    route(endpoints.retrieveSession, ({ caller, params }) => sessions.get(params.id ?? '', caller.agency)),

    route(endpoints.createPaymentMethod, ({ body }) => vault.tokenize(body), { cardDetails: true }),

    route(endpoints.confirmSession, ({ caller, params, body }) => {
      // Looked up only once the session is known to be payable: a paid session says so first.
      const payer = (): Payer =>
        body.direct_debit ? { kind: 'bank', bank: body.direct_debit.bank } : { kind: 'token', method: vault.usable(body.payment_method ?? '') };
      // A secret key is a server channel (agency back end, IVR); anything else is a browser.
      return sessions.confirm(params.id ?? '', caller.agency, payer, body, caller.credential !== 'secret');
    }),

    route(endpoints.completeThreeDsMethod, ({ caller, params, body }) => sessions.completeThreeDsMethod(params.id ?? '', caller.agency, body.completion_indicator)),

    route(endpoints.abandonAction, ({ caller, params, body }) => sessions.abandonAction(params.id ?? '', caller.agency, body.reason)),

    route(endpoints.cancelSession, ({ caller, params }) => sessions.cancel(params.id ?? '', caller.agency)),
  ];
}
