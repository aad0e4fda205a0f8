// Part 5: the kiosk example (examples/kiosk on the demo, /vendor/dubai-pay-kiosk.js) over many
// customers who walk away. A cycle: choose the driving licence renewal, key in the traffic file
// number, get to the card fields; then the idle reset takes the kiosk back to the start.
//
// The idle timeout cannot be under 10 s (kiosk/idle-warning.ts), so 50 real cycles would take
// 10 minutes: the page runs on Playwright's clock (context.clock.install) and each cycle jumps
// it past the timeout. The kiosk's own idle timer, reset and restart run as they would.
import type { Browser } from '@playwright/test';
import type { GatewayCounts } from './gateway-counter.ts';
import type { BenchServers } from './servers.ts';
import { KIOSK_CARD_NUMBER, nextFieldsFrame, within } from './usable.ts';

const IDLE_SECONDS = 10;

export interface HeapPoint {
  cycle: number;
  /** V8 heap in use after forced GC (the page and the gateway frame: one renderer, one heap). */
  usedBytes: number;
  /** Chromium's counts (CDP Performance.getMetrics): a growing number of documents or frames is a leak. */
  documents: number;
  frames: number;
  nodes: number;
  listeners: number;
}

export interface KioskResults {
  cycles: number;
  points: HeapPoint[];
  /** (heap at the last cycle − heap at cycle 10 or the first point) ÷ cycles between. */
  growthPerCycle: number;
  /** Per cycle, averaged: what reached the demo's gateway. */
  perCycle: { catalog: number; api: number; frameDocument: number; total: number };
  /** Everything over all cycles, by route. */
  counts: GatewayCounts;
  /** Median milliseconds from the service tap to usable card fields (unthrottled). */
  cycleMs: number[];
}

export async function measureKiosk(browser: Browser, servers: BenchServers, cycles: number, log: (line: string) => void): Promise<KioskResults> {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1600 } });
  try {
    await context.clock.install();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const gatewayOrigin = servers.demo.gateway.url;
    await page.goto(`${servers.demo.pageUrl}kiosk/?idle=${IDLE_SECONDS}`);
    const browserView = page.locator('dubai-pay-services');
    const firstEntity = browserView.locator('button[part="entity"]').first();
    await firstEntity.waitFor({ state: 'visible', timeout: 30_000 });

    const heap = async (cycle: number): Promise<HeapPoint> => {
      // Twice: a first collection can leave garbage that only a second frees (weak references, finalizers).
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
      return { cycle, usedBytes: usedSize, documents: metric('Documents'), frames: metric('Frames'), nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
    };

    const checkpoints = new Set([0, Math.min(10, cycles), cycles]);
    const points: HeapPoint[] = [await heap(0)];
    const counter = servers.demoCounter;
    const before = counter.mark();
    const cycleMs: number[] = [];
    for (let cycle = 1; cycle <= cycles; cycle++) {
      const start = performance.now();
      const framesBefore = new Set(page.frames());
      await firstEntity.click(); // Roads and Transport Authority
      await browserView
        .locator('[part="service"]')
        .filter({ hasText: /^Driving licence renewal/ })
        .click();
      const checkout = browserView.locator('dubai-pay');
      await checkout.locator('#input-traffic_file_number').fill('12345678');
      await checkout.locator('[part="submit-button"]').click();
      // The page runs on a fake clock: its own timers cannot time this; Playwright's waits can (roughly).
      const frame = await within(15_000, `kiosk cycle ${cycle}: waiting for the card fields`, nextFieldsFrame(page, gatewayOrigin, framesBefore));
      await frame.locator(KIOSK_CARD_NUMBER).first().waitFor({ state: 'visible', timeout: 15_000 });
      // An empty status line has no box: attached, not visible.
      await checkout.locator('[part="status"]').filter({ hasText: /^\s*$/ }).waitFor({ state: 'attached', timeout: 15_000 });
      cycleMs.push(performance.now() - start);
      // The customer walks away: past the idle timeout, the kiosk resets to the entity grid.
      await page.clock.fastForward((IDLE_SECONDS + 1) * 1000);
      await within(15_000, `kiosk cycle ${cycle}: waiting for the idle reset`, firstEntity.waitFor({ state: 'visible', timeout: 15_000 }));
      await checkout.waitFor({ state: 'detached', timeout: 15_000 });
      if (checkpoints.has(cycle)) points.push(await heap(cycle));
      if (cycle % 10 === 0) log(`  kiosk: cycle ${cycle}/${cycles}`);
    }
    const counts = counter.between(before);
    const catalog = Object.entries(counts.routes)
      .filter(([route]) => route.startsWith('GET /v1/catalog'))
      .reduce((n, [, count]) => n + count, 0);
    const from = points.find((p) => p.cycle === Math.min(10, cycles) && p.cycle < cycles) ?? points[0]!;
    const last = points[points.length - 1]!;
    return {
      cycles,
      points,
      growthPerCycle: last.cycle > from.cycle ? (last.usedBytes - from.usedBytes) / (last.cycle - from.cycle) : Number.NaN,
      perCycle: { catalog: catalog / cycles, api: counts.api / cycles, frameDocument: counts.frameDocument / cycles, total: counts.total / cycles },
      counts,
      cycleMs,
    };
  } finally {
    await context.close();
  }
}
