// Part 7: where the main thread goes while a `<dubai-pay client-secret>` page loads at CPU 4×.
// A CDP CPU profile of each load (the gateway's frame shares the renderer, so its script is in it
// too), from just before `page.goto` until usable. Our bundle's samples are given back to their
// sources through its source map (a package of ours by folder, a dependency by name), so a claim
// such as "zod's schemas cost the first long task N ms" is read here, not guessed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { sourceGroup } from '../size-by-source.ts';
import { applyCondition, CONDITIONS } from './browser.ts';
import type { BenchPages } from './pages.ts';
import type { BenchServers } from './servers.ts';
import { median } from './stats.ts';
import { installUsableProbe, loadUntilUsable } from './usable.ts';

const BUNDLE = resolve(import.meta.dirname, '..', '..', 'dist', 'browser', 'dubai-pay.js');
const SAMPLING_INTERVAL_US = 200;

export interface MainThreadResults {
  loads: number;
  /** Milliseconds per load (medians over the loads) at CPU 4×, by where the samples fell. */
  bySource: { source: string; ms: number }[];
  /** The bundle's module evaluation (its top-level code and all it calls), and zod's part of it. */
  moduleEvaluation: { ms: number; zodMs: number };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** What a profile's samples add up to, by source, and the module evaluation's time. */
function attribute(profile: Profile, map: SourceMapConsumer): { bySource: Map<string, number>; moduleMs: number; moduleZodMs: number } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const sourceOf = (node: ProfileNode): string => {
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    // `(program)`: the renderer's own work outside script (parsing, style, layout, paint, compiling).
    if (!url) return /^\((program|garbage collector)\)$/.test(functionName) ? `browser ${functionName}` : 'browser built-ins, the bench and Playwright';
    if (!url.includes('/vendor/dubai-pay.js')) return url.includes('/frame/') ? 'gateway frame scripts' : 'browser built-ins, the bench and Playwright';
    const original = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    return original.source ? sourceGroup(original.source) : 'bundle top level';
  };
  const bySource = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id);
    if (ms && !/^\((idle|root)\)$/.test(node.callFrame.functionName)) bySource.set(sourceOf(node), (bySource.get(sourceOf(node)) ?? 0) + ms);
  }
  // The module's own function is the one at the bundle's very start.
  let moduleMs = 0;
  let moduleZodMs = 0;
  const walk = (node: ProfileNode) => {
    const ms = self.get(node.id) ?? 0;
    moduleMs += ms;
    if (ms && sourceOf(node) === 'zod') moduleZodMs += ms;
    for (const child of node.children ?? []) walk(nodes.get(child)!);
  };
  for (const node of profile.nodes) {
    const { url, lineNumber, columnNumber } = node.callFrame;
    if (url.includes('/vendor/dubai-pay.js') && lineNumber === 0 && columnNumber === 0) walk(node);
  }
  return { bySource, moduleMs, moduleZodMs };
}

export async function measureMainThread(browser: Browser, servers: BenchServers, pages: BenchPages, loads: number): Promise<MainThreadResults> {
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${BUNDLE}.map`, 'utf8')));
  const perLoad: ReturnType<typeof attribute>[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await installUsableProbe(context, ['dubai-pay']);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await applyCondition(cdp, CONDITIONS.find((c) => c.id === 'cpu4')!);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
      const prepared = await pages.prepare('client-secret');
      try {
        await cdp.send('Profiler.start');
        await loadUntilUsable(page, prepared.url, { gatewayOrigin: servers.gateway.url, component: true });
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
        perLoad.push(attribute(profile, map));
      } finally {
        prepared.done();
      }
    } finally {
      await context.close();
    }
  }
  const sources = [...new Set(perLoad.flatMap((load) => [...load.bySource.keys()]))];
  const bySource = sources
    .map((source) => ({ source, ms: median(perLoad.map((load) => load.bySource.get(source) ?? 0)) }))
    .filter((row) => row.ms >= 1)
    .sort((a, b) => b.ms - a.ms);
  return {
    loads,
    bySource,
    moduleEvaluation: { ms: median(perLoad.map((load) => load.moduleMs)), zodMs: median(perLoad.map((load) => load.moduleZodMs)) },
  };
}
