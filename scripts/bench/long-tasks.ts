// Long tasks (> 50 ms) during a load, per frame: an observer put in every frame before its own
// scripts run (`context.addInitScript` reaches the gateway's frame too; CSP does not apply to it).
import type { BrowserContext, Page } from '@playwright/test';

export interface LongTask {
  start: number;
  duration: number;
  /** The entry's attribution: `self` is this frame's own task; others name a task of another frame. */
  name: string;
}

interface Watched {
  __benchLongTasks?: LongTask[];
}

/** Runs in every frame at document start. `buffered` also delivers tasks from before the observer. */
const observeLongTasks = () => {
  const watched = window as unknown as Watched;
  watched.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watched.__benchLongTasks?.push({ start: entry.startTime, duration: entry.duration, name: entry.name });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: nothing is recorded.
  }
};

export async function watchLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(observeLongTasks);
}

export interface FrameLongTasks {
  count: number;
  totalMs: number;
}

/**
 * The long tasks so far, of the agency page and of the gateway's frame(s), each counting only its
 * own (`self`) tasks: with both in one renderer, a frame's observer also hears of its neighbour's.
 */
export async function readLongTasks(page: Page, gatewayOrigin: string): Promise<{ page: FrameLongTasks; gateway: FrameLongTasks }> {
  const result = { page: { count: 0, totalMs: 0 }, gateway: { count: 0, totalMs: 0 } };
  for (const frame of page.frames()) {
    const origin = (() => {
      try {
        return new URL(frame.url()).origin;
      } catch {
        return '';
      }
    })();
    const into = frame === page.mainFrame() ? result.page : origin === gatewayOrigin ? result.gateway : undefined;
    if (!into) continue;
    const tasks = await frame.evaluate(() => (window as unknown as Watched).__benchLongTasks ?? []).catch(() => [] as LongTask[]);
    for (const task of tasks) {
      if (task.name !== 'self') continue;
      into.count++;
      into.totalMs += task.duration;
    }
  }
  return result;
}
