import { endpoints, settlementCsv, type Wire } from '@dubai-pay/contract';
import type { SandboxClock } from '../clock.ts';
import type { RefundBook } from '../refunds.ts';
import { settlementReport } from '../reports.ts';
import { route, type Route } from '../router.ts';
import type { SessionBook } from '../sessions.ts';
import type { WebhookDispatcher } from '../webhooks/dispatcher.ts';
import type { WebhookEndpointBook } from '../webhooks/endpoints.ts';

export interface AgencyServerBooks {
  sessions: SessionBook;
  refunds: RefundBook;
  endpoints: WebhookEndpointBook;
  webhooks: WebhookDispatcher;
  clock: SandboxClock;
}

/** One page of a newest-first list: `limit` items, and the cursor to the next page. */
function page<Item extends { id: string }>(items: Item[], limit: string | undefined): { object: 'list'; data: Item[]; has_more: boolean; next_cursor: string | null } {
  const size = limit === undefined ? 20 : Number(limit);
  const data = items.slice(0, size);
  const hasMore = items.length > size;
  return { object: 'list', data, has_more: hasMore, next_cursor: hasMore ? (data.at(-1)?.id ?? null) : null };
}

/** The agency's server side: lists, refunds, webhook endpoints and events, the settlement report (secret key only). */
export function agencyServerRoutes(books: AgencyServerBooks): Route[] {
  const { sessions, refunds, endpoints: hooks, webhooks } = books;
  return [
    route(endpoints.listSessions, ({ caller, query }) => {
      const { limit, starting_after: startingAfter, ...filters } = query;
      return page(sessions.list(caller.agency, filters, startingAfter), limit);
    }),
    route(endpoints.createRefund, ({ caller, body }) => refunds.create(caller.agency, body)),
    route(endpoints.retrieveRefund, ({ caller, params }) => refunds.get(params.id ?? '', caller.agency)),
    route(endpoints.listRefunds, ({ caller, query }) => page(refunds.list(caller.agency, query.session, query.starting_after), query.limit)),
    route(endpoints.createWebhookEndpoint, ({ caller, body }) => hooks.create(caller.agency, body)),
    route(endpoints.listWebhookEndpoints, ({ caller }) => ({ object: 'list', data: hooks.of(caller.agency).map((stored) => ({ ...stored.endpoint, secret: null })) })),
    route(endpoints.rollWebhookSecret, ({ caller, params, body }) => hooks.roll(params.id ?? '', caller.agency, body.overlap_seconds)),
    route(endpoints.listWebhookDeliveries, ({ caller, params }) => {
      const stored = hooks.get(params.id ?? '', caller.agency);
      return { object: 'list', data: webhooks.deliveries(stored.endpoint.id) };
    }),
    route(endpoints.listEvents, ({ caller }) => ({ object: 'list', data: webhooks.events(caller.agency) })),
    route(endpoints.resendEvent, ({ caller, params }) => webhooks.resend(params.id ?? '', caller.agency)),
    route(endpoints.settlementReport, ({ caller, query }) => {
      const report = settlementReport(caller.agency, query.date, query.entity, books);
      if (query.format !== 'csv') return report;
      const name = `settlement-${query.entity ?? 'all'}-${query.date}.csv`;
      return new Response(settlementCsv(report), {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' },
      });
    }),
  ];
}

/** Webhook events for what happens to sessions and refunds, as it happens. */
export function recordEvents(books: AgencyServerBooks): void {
  books.sessions.listen((type, session, agency) => books.webhooks.record(agency, type, session as Wire.PaymentSession));
  books.refunds.listen((type, refund, agency) => books.webhooks.record(agency, type, refund));
}
