// Part 1 (load to usable) and part 4 (long tasks, read from the CPU 4× loads): every page kind
// and floor (pages.ts) under every condition, `runs` times, in a fresh browser context each (nothing cached). Runs go
// round-robin over the cells, so that a slow spell of the machine is spread over all of them.
import type { Browser } from '@playwright/test';
import { applyCondition, CONDITIONS, verifyThrottling, type ConditionId, type ThrottlingCheck } from './browser.ts';
import { readLongTasks, watchLongTasks, type FrameLongTasks } from './long-tasks.ts';
import { hasComponent, LOAD_KINDS, type BenchPages, type LoadKind } from './pages.ts';
import type { BenchServers } from './servers.ts';
import { median, quantile } from './stats.ts';
import { installUsableProbe, loadUntilUsable } from './usable.ts';

export interface LoadCell {
  samples: number[];
  median: number;
  /** Interquartile range: how much the loads of the cell spread. */
  p25: number;
  p75: number;
}

export interface LongTaskCell {
  /** Medians over the loads of the cell. */
  page: FrameLongTasks;
  gateway: FrameLongTasks;
  samples: { page: FrameLongTasks; gateway: FrameLongTasks }[];
}

export interface LoadResults {
  runs: number;
  cells: Record<ConditionId, Record<LoadKind, LoadCell>>;
  longTasks: Record<LoadKind, LongTaskCell>;
  throttling: ThrottlingCheck;
  /** The component's own frame URL has the path and parameters the baseline's has. */
  frameUrlCheck: { component: string; baseline: string; same: boolean };
}

const HOST = ['dubai-pay'];

/** One load of a page kind under a condition, in a context of its own. */
async function loadOnce(browser: Browser, servers: BenchServers, pages: BenchPages, kind: LoadKind, conditionId: ConditionId) {
  const condition = CONDITIONS.find((c) => c.id === conditionId)!;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await watchLongTasks(context);
    await installUsableProbe(context, hasComponent(kind) ? HOST : null);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await applyCondition(cdp, condition);
    const prepared = await pages.prepare(kind);
    try {
      const usable = await loadUntilUsable(page, prepared.url, { gatewayOrigin: servers.gateway.url, component: hasComponent(kind) });
      const longTasks = await readLongTasks(page, servers.gateway.url);
      return { ms: usable.ms, longTasks };
    } finally {
      prepared.done();
    }
  } finally {
    await context.close();
  }
}

/**
 * Before timing: the frame URL the component builds (the baseline takes its `appearance`), the
 * throttling check, then one load of each kind (not counted).
 */
async function warmUp(browser: Browser, servers: BenchServers, pages: BenchPages): Promise<Pick<LoadResults, 'throttling' | 'frameUrlCheck'>> {
  let checks: Pick<LoadResults, 'throttling' | 'frameUrlCheck'>;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await installUsableProbe(context, HOST);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const prepared = await pages.prepare('client-secret');
    const { frame } = await loadUntilUsable(page, prepared.url, { gatewayOrigin: servers.gateway.url, component: true });
    prepared.done();
    const component = new URL(frame.url());
    pages.appearance = component.searchParams.get('appearance');
    const throttling = await verifyThrottling(browser, page, frame, cdp);
    // What the component asked for, against what the baseline page builds.
    const baseline = new URL(pages.frameUrl(component.searchParams.get('payment') ?? ''));
    const shape = (url: URL) => `${url.origin}${url.pathname}?${[...url.searchParams.keys()].join('&')}`;
    checks = { throttling, frameUrlCheck: { component: shape(component), baseline: shape(baseline), same: shape(component) === shape(baseline) } };
  } finally {
    await context.close();
  }
  for (const kind of LOAD_KINDS) await loadOnce(browser, servers, pages, kind, 'none');
  return checks;
}

export async function measureLoads(browser: Browser, servers: BenchServers, pages: BenchPages, runs: number, log: (line: string) => void): Promise<LoadResults> {
  const checks = await warmUp(browser, servers, pages);
  const samples = Object.fromEntries(CONDITIONS.map((c) => [c.id, Object.fromEntries(LOAD_KINDS.map((k) => [k, [] as number[]]))])) as Record<
    ConditionId,
    Record<LoadKind, number[]>
  >;
  const tasks = Object.fromEntries(LOAD_KINDS.map((k) => [k, [] as LongTaskCell['samples']])) as Record<LoadKind, LongTaskCell['samples']>;
  for (let run = 0; run < runs; run++) {
    for (const condition of CONDITIONS) {
      for (const kind of LOAD_KINDS) {
        const { ms, longTasks } = await loadOnce(browser, servers, pages, kind, condition.id);
        samples[condition.id][kind].push(ms);
        if (condition.id === 'cpu4') tasks[kind].push(longTasks);
      }
    }
    log(`  loads: run ${run + 1}/${runs} done`);
  }
  const cell = (values: number[]): LoadCell => ({
    samples: values.map((v) => Math.round(v * 10) / 10),
    median: median(values),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
  });
  const taskCell = (list: LongTaskCell['samples']): LongTaskCell => {
    const med = (pick: (s: LongTaskCell['samples'][number]) => FrameLongTasks) => ({
      count: median(list.map((s) => pick(s).count)),
      totalMs: median(list.map((s) => pick(s).totalMs)),
    });
    return { page: med((s) => s.page), gateway: med((s) => s.gateway), samples: list };
  };
  return {
    runs,
    cells: Object.fromEntries(CONDITIONS.map((c) => [c.id, Object.fromEntries(LOAD_KINDS.map((k) => [k, cell(samples[c.id][k])]))])) as LoadResults['cells'],
    longTasks: Object.fromEntries(LOAD_KINDS.map((k) => [k, taskCell(tasks[k])])) as LoadResults['longTasks'],
    ...checks,
  };
}
