// Part 3: bytes on the wire until usable, first visit and repeat visit (same context, so the
// browser's cache is there; a fresh page of the same kind, with its own session). Summed from CDP
// `Network.loadingFinished` `encodedDataLength` (headers and body as received, before decoding)
// over every request of the page's session, which also carries the gateway frame's (one renderer).
import type { Browser, CDPSession } from '@playwright/test';
import { PAGE_KINDS, type BenchPages, type PageKind } from './pages.ts';
import type { BenchServers } from './servers.ts';
import { installUsableProbe, loadUntilUsable } from './usable.ts';

export interface VisitBytes {
  /** All requests of the visit. */
  requests: number;
  bytes: number;
  /** Of which: to the agency's origin, to the gateway's. */
  pageBytes: number;
  gatewayBytes: number;
  /** Requests answered from the browser's cache without the network, and 304s. */
  fromCache: number;
  notModified: number;
}

export type BytesResults = Record<PageKind, { first: VisitBytes; repeat: VisitBytes }>;

/** Records the network of a page's CDP session until `take` is called; `idle` resolves once nothing has been in flight for `quietMs`. */
function recordNetwork(cdp: CDPSession, origins: { page: string; gateway: string }) {
  const urls = new Map<string, string>();
  const inFlight = new Set<string>();
  let visit: VisitBytes = { requests: 0, bytes: 0, pageBytes: 0, gatewayBytes: 0, fromCache: 0, notModified: 0 };
  let lastActivity = performance.now();
  cdp.on('Network.requestWillBeSent', (event) => {
    urls.set(event.requestId, event.request.url);
    inFlight.add(event.requestId);
    lastActivity = performance.now();
  });
  cdp.on('Network.requestServedFromCache', () => void visit.fromCache++);
  cdp.on('Network.responseReceived', (event) => {
    if (event.response.status === 304) visit.notModified++;
  });
  const finished = (requestId: string, bytes: number) => {
    inFlight.delete(requestId);
    lastActivity = performance.now();
    const url = urls.get(requestId) ?? '';
    visit.requests++;
    visit.bytes += bytes;
    if (url.startsWith(origins.page)) visit.pageBytes += bytes;
    else if (url.startsWith(origins.gateway)) visit.gatewayBytes += bytes;
  };
  cdp.on('Network.loadingFinished', (event) => finished(event.requestId, event.encodedDataLength));
  cdp.on('Network.loadingFailed', (event) => finished(event.requestId, 0));
  return {
    async idle(quietMs = 300, maxMs = 3000): Promise<void> {
      const start = performance.now();
      while (performance.now() - start < maxMs && (inFlight.size > 0 || performance.now() - lastActivity < quietMs)) await new Promise((r) => setTimeout(r, 50));
    },
    take(): VisitBytes {
      const taken = visit;
      visit = { requests: 0, bytes: 0, pageBytes: 0, gatewayBytes: 0, fromCache: 0, notModified: 0 };
      return taken;
    },
  };
}

export async function measureBytes(browser: Browser, servers: BenchServers, pages: BenchPages): Promise<BytesResults> {
  const results = {} as BytesResults;
  for (const kind of PAGE_KINDS) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await installUsableProbe(context, kind === 'baseline' ? null : ['dubai-pay']);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const network = recordNetwork(cdp, { page: servers.pages.origin, gateway: servers.gateway.url });
      const visit = async () => {
        const prepared = await pages.prepare(kind);
        try {
          await loadUntilUsable(page, prepared.url, { gatewayOrigin: servers.gateway.url, component: kind !== 'baseline' });
          // What the page still fetches once usable belongs to the visit (the network goes quiet first).
          await network.idle();
          return network.take();
        } finally {
          prepared.done();
        }
      };
      const first = await visit();
      const repeat = await visit();
      results[kind] = { first, repeat };
    } finally {
      await context.close();
    }
  }
  return results;
}
