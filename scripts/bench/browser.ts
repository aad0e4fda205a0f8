// The browser and the throttling conditions.
//
// Throttling must reach the gateway's frame too. CDP throttling is per target; with site
// isolation on, the cross-site hosted fields frame is a target of its own (an out-of-process
// iframe) that the page's session does not throttle (checked: a busy loop in it ran as fast at
// "CPU 4×" as at 1×). `--disable-site-isolation-trials` puts the frame in the page's renderer, so
// the page's CDP session throttles both; `verifyThrottling` checks that on every run.
// (`--disable-features=IsolateOrigins,site-per-process` is not needed, and would replace
// Playwright's own --disable-features list: Chromium keeps only the last one given.)
import { existsSync } from 'node:fs';
import { chromium, type Browser, type CDPSession, type Frame, type Page } from '@playwright/test';
import { median } from './stats.ts';

/** Debian's Chromium, as the e2e tests use (e2e/playwright.config.ts); else Playwright's own. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    headless: true,
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-site-isolation-trials'],
  });
}

export type ConditionId = 'none' | 'cpu4' | 'network';

export interface Condition {
  id: ConditionId;
  label: string;
  cpuRate?: number;
  /** CDP `Network.emulateNetworkConditions`: latency in ms (added to each request: the RTT), throughput in bytes/s. */
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
}

export const CONDITIONS: readonly Condition[] = [
  { id: 'none', label: 'No throttling' },
  { id: 'cpu4', label: 'CPU 4×', cpuRate: 4 },
  // 1.6 Mbit/s = 200 000 bytes/s each way.
  { id: 'network', label: '150 ms RTT, 1.6 Mbit/s', network: { latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 } },
];

/** Applies a condition to a page's CDP session, before it navigates (it then holds for the page and its frames). */
export async function applyCondition(cdp: CDPSession, condition: Condition): Promise<void> {
  if (condition.cpuRate) await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpuRate });
  if (condition.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...condition.network });
  }
}

/** A fixed piece of work, timed where it runs (page or frame). */
const busyLoop = () => {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < 40_000_000; i++) x += i % 7;
  return performance.now() - start + (x < 0 ? 1 : 0);
};

export interface ThrottlingCheck {
  /** Out-of-process iframe targets seen while the hosted fields were open (0: the frame shares the page's renderer). */
  iframeTargets: number;
  /** How much longer the same work took at CPU 4× than at 1× (median of 3), in the page and in the gateway frame. */
  cpuSlowdown: { page: number; frame: number };
}

/** Checks, on an open page with the gateway frame in it, that the page's session throttles the frame. */
export async function verifyThrottling(browser: Browser, page: Page, frame: Frame, cdp: CDPSession): Promise<ThrottlingCheck> {
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
  await session.detach();
  const iframeTargets = targetInfos.filter((t) => t.type === 'iframe').length;
  const time = async (target: Page | Frame, rate: number) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) samples.push(await target.evaluate(busyLoop));
    return median(samples);
  };
  const pageSlowdown = (await time(page, 4)) / (await time(page, 1));
  const frameSlowdown = (await time(frame, 4)) / (await time(frame, 1));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return { iframeTargets, cpuSlowdown: { page: pageSlowdown, frame: frameSlowdown } };
}
