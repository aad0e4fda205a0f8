// Part 2: what reaches the gateway for one card payment without 3-D Secure (frictionless, no 3DS
// Method), in both modes: from `page.goto` to the receipt, counted by the gateway's HTTP server.
// Twice in the same browser context (first payment, then a repeat one on a fresh page of the same
// kind), so that what the browser keeps between visits (and revalidates: 304s) shows.
import { TEST_CARDS } from '@dubai-pay/sandbox';
import type { Browser, Frame, Page } from '@playwright/test';
import type { GatewayCounts } from './gateway-counter.ts';
import type { BenchPages, PageKind } from './pages.ts';
import type { BenchServers } from './servers.ts';
import { installUsableProbe, loadUntilUsable, within } from './usable.ts';

/** A test card that is approved with neither a 3DS Method nor a challenge. */
export const FLOW_CARD = (() => {
  const card = TEST_CARDS.find((c) => c.authentication.method === 'none' && c.authentication.ares === 'Y' && c.scenario.kind === 'approve' && c.brand !== 'amex');
  if (!card) throw new Error('no frictionless approved test card in TEST_CARDS');
  return card;
})();

export interface FlowCounts {
  /** `page.goto` → usable. */
  load: GatewayCounts;
  /** Usable → receipt (typing, Pay, confirm, outcome). */
  payment: GatewayCounts;
  /** Both. */
  total: GatewayCounts;
  /** Milliseconds from `page.goto` to the receipt (unthrottled; typing included). */
  ms: number;
}

export type FlowMode = Exclude<PageKind, 'baseline'>;

export interface FlowResults {
  card: string;
  modes: Record<FlowMode, { first: FlowCounts; repeat: FlowCounts }>;
  /** The bare iframe's load alone, for comparison. */
  baselineLoad: GatewayCounts;
}

/** Types the card as a customer would (e2e/support.ts `typeCard`). */
async function typeCard(frame: Frame): Promise<void> {
  const fields: [string, string][] = [
    ['input[autocomplete="cc-number"]', FLOW_CARD.number],
    ['input[autocomplete="cc-exp"]', '12/34'],
    ['input[autocomplete="cc-csc"]', '123'],
  ];
  for (const [selector, value] of fields) await frame.locator(selector).pressSequentially(value);
}

async function payOnce(page: Page, servers: BenchServers, pages: BenchPages, kind: FlowMode): Promise<FlowCounts> {
  const counter = servers.gatewayCounter;
  // The agency's server creates the session before the visit: that call is not the page's.
  const prepared = await pages.prepare(kind);
  try {
    const before = counter.mark();
    const start = performance.now();
    const { frame } = await loadUntilUsable(page, prepared.url, { gatewayOrigin: servers.gateway.url, component: true });
    const usable = counter.mark();
    await typeCard(frame);
    await within(
      10_000,
      'waiting for readyToPay',
      page.waitForFunction(() => (document.querySelector('dubai-pay') as (Element & { readyToPay?: boolean }) | null)?.readyToPay === true),
    );
    await page.locator('dubai-pay [part="pay-button"]').click();
    await page.locator('dubai-pay [part="receipt"]').waitFor({ state: 'visible', timeout: 30_000 });
    const ms = performance.now() - start;
    // Anything the receipt's arrival still sets off (a last read of the session) is the flow's too.
    await page.waitForTimeout(300);
    const after = counter.mark();
    return { load: counter.between(before, usable), payment: counter.between(usable, after), total: counter.between(before, after), ms };
  } finally {
    prepared.done();
  }
}

async function baselineLoad(browser: Browser, servers: BenchServers, pages: BenchPages): Promise<GatewayCounts> {
  const context = await browser.newContext();
  try {
    await installUsableProbe(context, null);
    const page = await context.newPage();
    const prepared = await pages.prepare('baseline');
    const before = servers.gatewayCounter.mark();
    await loadUntilUsable(page, prepared.url, { gatewayOrigin: servers.gateway.url, component: false });
    await page.waitForTimeout(300);
    prepared.done();
    return servers.gatewayCounter.between(before);
  } finally {
    await context.close();
  }
}

export async function measureFlows(browser: Browser, servers: BenchServers, pages: BenchPages): Promise<FlowResults> {
  const modes = {} as FlowResults['modes'];
  for (const kind of ['client-secret', 'service'] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await installUsableProbe(context, ['dubai-pay']);
      const page = await context.newPage();
      const first = await payOnce(page, servers, pages, kind);
      const repeat = await payOnce(page, servers, pages, kind);
      modes[kind] = { first, repeat };
    } finally {
      await context.close();
    }
  }
  return { card: `${FLOW_CARD.brand} •••• ${FLOW_CARD.number.slice(-4)} (${FLOW_CARD.description.en})`, modes, baselineLoad: await baselineLoad(browser, servers, pages) };
}
