import { createClient, type DubaiPayClient } from '@dubai-pay/core';

/** How long a step may take on the web before the customer is told something definite (or that it is still being checked): the core's default. */
export const WEB_DEADLINE_MS = 30_000;
/** A kiosk customer must know within about ten seconds: a kiosk's calls get that long before the honest "still checking". */
export const KIOSK_DEADLINE_MS = 10_000;

export interface PageClientOptions {
  gateway: string;
  publishableKey: string;
  /** The client's deadline (ms): a web checkout's or a kiosk's. */
  deadline: number;
}

/** The client each catalog of the page is read through, by gateway, key and deadline. */
const catalogClients = new Map<string, DubaiPayClient>();

/**
 * A client for a checkout or a service browser of this page. The catalog (entities, services,
 * the search index) is the page's: loaded once for every `<dubai-pay>` and
 * `<dubai-pay-services>` with the same gateway, publishable key and deadline, so a kiosk loads it
 * once, not once per customer. A failed load is not kept (the next call asks again).
 *
 * Everything about a customer stays in the client returned, made anew for each call (each
 * checkout start, so each kiosk customer): quotes, sessions and their memory (the idempotency
 * keys of calls whose outcome is unknown, which hold the inputs typed; the confirms under way;
 * the attempts seen) and 3-D Secure. One customer's unknown quote must not be answered to the next.
 */
export function pageClient(options: PageClientOptions): DubaiPayClient {
  const own = createClient(options);
  const key = JSON.stringify([options.gateway, options.publishableKey, options.deadline]);
  let catalog = catalogClients.get(key);
  if (!catalog) {
    catalog = createClient(options);
    catalogClients.set(key, catalog);
  }
  return { fees: own.fees.withCatalogOf(catalog.fees), sessions: own.sessions, actions: own.actions };
}
