import { endpoints, MAX_AMOUNT, type Wire } from '@dubai-pay/contract';
import { FRAME_PROOF_HEADER, type FrameProofs } from '../abuse/frame-proofs.ts';
import { LIMITS } from '../abuse/limits.ts';
import type { LimitAnswer, RateLimiter } from '../abuse/rate-limiter.ts';
import { CLIENT_HEADER } from '../config.ts';
import { PaymentMethodVault } from '../payments/payment-methods.ts';
import { total, type QuoteBook } from '../quotes.ts';
import { route, type Route } from '../router.ts';
import { rateLimited, type Payer, type SessionBook } from '../sessions.ts';
import { GatewayProblem } from '../problems.ts';

/** The abuse guards the payment routes use. */
export interface PaymentGuards {
  limiter: RateLimiter;
  proofs: FrameProofs;
}

/** Who is calling, for per-client limits: the address the HTTP server saw (it overwrites the header). */
export function clientOf(request: Request): string {
  return request.headers.get(CLIENT_HEADER) ?? 'unknown';
}

function within(answer: LimitAnswer, message: string): void {
  if (!answer.ok) throw rateLimited(answer.retryAfterMs, message);
}

export function paymentRoutes(quotes: QuoteBook, sessions: SessionBook, vault: PaymentMethodVault, guards: PaymentGuards): Route[] {
  return [
    route(endpoints.createQuote, ({ caller, body }) => quotes.create(caller.agency.id, body)),

    route(endpoints.createSession, ({ caller, body }) => {
      const options = { channel: body.channel, reference: body.reference, allowed_methods: body.allowed_methods };
      // A browser cannot choose the phone channel: it is the one card payments skip 3-D Secure on.
      if (body.channel === 'ivr' && caller.credential !== 'secret') {
        throw new GatewayProblem(403, 'forbidden', 'Only a secret key may create a session for the phone (ivr) channel.', { param: 'channel' });
      }
      if (body.quote_id !== undefined) {
        const { quote, agencyId } = quotes.usable(body.quote_id);
        if (agencyId !== caller.agency.id) throw new GatewayProblem(404, 'not_found', `No quote ${body.quote_id}.`, { param: 'quote_id' });
        return sessions.openForQuote(caller.agency, quote, options, quotes.lineage(quote.id));
      }
      // Items carry amounts, so only an agency server may send them (rule 2).
      if (caller.credential !== 'secret') {
        throw new GatewayProblem(403, 'forbidden', 'Only a secret key may create a session from items; browsers create sessions from a quote.');
      }
      const items = (body.items ?? []).map((item) => {
        const quantity = item.quantity ?? 1;
        return { kind: item.kind ?? 'other', description: item.description, quantity, unit_amount: item.unit_amount, amount: item.unit_amount * quantity };
      });
      if (items.some((item) => item.amount > MAX_AMOUNT) || total(items) > MAX_AMOUNT) {
        throw new GatewayProblem(400, 'amount_too_large', `One session may ask for at most ${MAX_AMOUNT} fils.`, { param: 'items' });
      }
      return sessions.open(caller.agency, items, {}, options);
    }),

    route(endpoints.retrieveSession, ({ caller, params }) => sessions.get(params.id ?? '', caller.agency)),
    route(endpoints.viewSession, ({ caller, params }) => sessions.get(params.id ?? '', caller.agency)),

    route(
      endpoints.createPaymentMethod,
      ({ caller, body, request }) => {
        // Card testing meets these within seconds; a person paying never does.
        within(guards.limiter.take(`tokenize:client:${clientOf(request)}`, LIMITS.tokenizePerClient), 'Too many card details from this client; wait a moment.');
        within(guards.limiter.take(`tokenize:key:${caller.agency.id}`, LIMITS.tokenizePerKey), 'Too many card details for this key; wait a moment.');
        // Not for the published test cards: every developer shares them and no cardholder is behind
        // them, so a per-card limit there would let one script lock every integration's tests out
        // of 4242. The per-client and per-key limits above still hold for them.
        if (!PaymentMethodVault.isTestCard(body)) {
          within(
            guards.limiter.take(`tokenize:card:${PaymentMethodVault.cardKeyOf(body)}`, LIMITS.tokenizePerCard),
            'This card was entered too often; wait before trying it again.',
          );
        }
        // A server channel (IVR, secret key): the token may pay any of the agency's sessions.
        if (caller.credential === 'secret') return vault.tokenize(body, { agencyId: caller.agency.id });
        // A browser: only from a hosted fields page the gateway served, for one payment.
        const proof = guards.proofs.find(request.headers.get(FRAME_PROOF_HEADER), caller.agency.id);
        if (!proof) throw new GatewayProblem(403, 'origin_not_allowed', 'Card details are accepted only from a hosted fields page the gateway served, or from a server channel.');
        const method = vault.tokenize(body, { agencyId: caller.agency.id, payment: proof.payment }, proof.liveToken, proof.documentAccept);
        proof.liveToken = method.id;
        return method;
      },
      { cardDetails: true },
    ),

    route(endpoints.confirmSession, ({ caller, params, body, request }) => {
      // Looked up only once the session is known to be payable: a paid session says so first.
      const payer = (session: Wire.PaymentSession): Payer =>
        body.direct_debit
          ? { kind: 'bank', bank: body.direct_debit.bank }
          : {
              kind: 'token',
              method: vault.usable(body.payment_method ?? '', { agencyId: caller.agency.id, sessionId: session.id, quoteIds: quotes.tokenQuotes(session.quote_id) }),
            };
      // A secret key is a server channel (agency back end, IVR); anything else is a browser.
      // The browser's Accept header for a document (its card page's, kept with the token), else this request's; its address now.
      const documentAccept = body.payment_method === undefined ? null : vault.documentAccept(body.payment_method);
      const seen = caller.credential === 'secret' ? undefined : { accept: documentAccept ?? request.headers.get('accept') ?? '', ip: clientOf(request) };
      return sessions.confirm(params.id ?? '', caller.agency, payer, body, seen);
    }),

    // The client's indicator says its wait is over; the gateway's own view of the notification decides Y or N.
    route(endpoints.completeThreeDsMethod, ({ caller, params }) => sessions.completeThreeDsMethod(params.id ?? '', caller.agency)),

    route(endpoints.abandonAction, ({ caller, params, body }) => sessions.abandonAction(params.id ?? '', caller.agency, body.reason)),

    route(endpoints.cancelSession, ({ caller, params }) => sessions.cancel(params.id ?? '', caller.agency)),
  ];
}
