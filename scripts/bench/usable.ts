// "Usable": the card number input in the gateway's frame is visible and editable, and (with the
// component) its status line no longer says it is loading.
//
// When that happened is taken in the browser, not when Playwright notices: a probe put in every
// frame at document start (`context.addInitScript`) checks on each animation frame and notes the
// time. It hands the note over through a binding (`context.exposeBinding`, CDP
// `Runtime.addBinding`), not a `waitForFunction`: Playwright's first call into a frame evaluates
// its own script there (75–120 ms of main thread at CPU 4×, inside the timed load), once in the
// bare iframe's frame and twice for the component's page (page and frame).
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { FRAME_PATH } from '../../packages/contract/src/index.ts';

export const CARD_NUMBER = 'input[autocomplete="cc-number"]';
/** The kiosk's frame has its own keypad and no autocomplete: its first digits input. */
export const KIOSK_CARD_NUMBER = 'input.dp-digits';

export interface ProbeConfig {
  fieldsPath: string;
  cardNumber: string;
  /** The component's tag, after the tags of the shadow hosts it is in; null: no component (the bare iframe). */
  host: string[] | null;
  /** The binding the note is handed to (`installUsableProbe`). */
  binding: string;
}

const NOTE_BINDING = '__benchUsableNote';

/**
 * Runs at document start in every frame. In the hosted fields: notes when the card number input
 * has a box, is not hidden, disabled or read-only. In the top page: when the component's status is
 * empty and its frame is in place (it is loading neither the checkout nor the fields).
 */
const usableProbe = (config: ProbeConfig) => {
  const inFields = location.pathname === config.fieldsPath;
  const host = config.host;
  if (!inFields && (window !== window.top || !host)) return;
  const ready = inFields
    ? () => {
        const input = document.querySelector<HTMLInputElement>(config.cardNumber);
        if (!input) return false;
        const box = input.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(input).visibility !== 'hidden' && !input.disabled && !input.readOnly;
      }
    : () => {
        let scope: Document | ShadowRoot | null | undefined = document;
        for (const tag of host ?? []) scope = scope?.querySelector(tag)?.shadowRoot;
        const status = scope?.querySelector('[part="status"]');
        // The component's own frame, or the server-rendered one it took over (shown through its slot).
        return Boolean(status && scope?.querySelector('iframe[part="frame"], slot[name="fields"]') && (status.textContent ?? '').trim() === '');
      };
  const step = () => {
    if (!ready()) return void requestAnimationFrame(step);
    (window as unknown as Record<string, (at: number) => void>)[config.binding]?.(performance.timeOrigin + performance.now());
  };
  requestAnimationFrame(step);
};

/** The notes of a context's probes, by frame: the first one of each frame counts. */
class Notes {
  readonly #seen = new Map<Frame, number>();
  readonly #waiting = new Map<Frame, (at: number) => void>();

  note(frame: Frame, at: number): void {
    if (this.#seen.has(frame)) return;
    this.#seen.set(frame, at);
    this.#waiting.get(frame)?.(at);
  }

  /** A frame that will load another document (a page's main frame before `goto`) starts over. */
  forget(frame: Frame): void {
    this.#seen.delete(frame);
  }

  when(frame: Frame): Promise<number> {
    const at = this.#seen.get(frame);
    return at === undefined ? new Promise((resolve) => this.#waiting.set(frame, resolve)) : Promise.resolve(at);
  }
}

const notesOf = new WeakMap<BrowserContext, Notes>();

/** Puts the probe in every frame of the context's pages (before `newPage`). */
export async function installUsableProbe(context: BrowserContext, host: string[] | null, cardNumber = CARD_NUMBER): Promise<void> {
  const notes = new Notes();
  notesOf.set(context, notes);
  await context.exposeBinding(NOTE_BINDING, ({ frame }, at: number) => notes.note(frame, at));
  await context.addInitScript(usableProbe, { fieldsPath: FRAME_PATH, cardNumber, host, binding: NOTE_BINDING } satisfies ProbeConfig);
}

/** `work`, or a clear error after `ms`; whatever `work` does after that is ignored (never an unhandled rejection). */
export async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  work.catch(() => {});
  try {
    return await Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves with the first hosted fields frame to commit in the page that is not one of `old` (the frames there before). */
export function nextFieldsFrame(page: Page, gatewayOrigin: string, old: ReadonlySet<Frame> = new Set()): Promise<Frame> {
  const prefix = `${gatewayOrigin}${FRAME_PATH}?`;
  const found = page.frames().find((f) => !old.has(f) && f.url().startsWith(prefix));
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const seen = (frame: Frame) => {
      if (old.has(frame) || !frame.url().startsWith(prefix)) return;
      page.off('framenavigated', seen);
      resolve(frame);
    };
    page.on('framenavigated', seen);
  });
}

export interface Usable {
  /** From just before `page.goto` until usable (as the probes saw it). */
  ms: number;
  /** The hosted fields frame. */
  frame: Frame;
}

/**
 * Navigates to `url` and waits until the probes (`installUsableProbe`) saw the fields, and the
 * component if `component`, usable. Times from just before `page.goto`, on the wall clock that
 * the browser's `performance.timeOrigin` also counts in.
 */
export async function loadUntilUsable(page: Page, url: string, options: { gatewayOrigin: string; component: boolean; timeoutMs?: number }): Promise<Usable> {
  const limit = options.timeoutMs ?? 30_000;
  const notes = notesOf.get(page.context());
  if (!notes) throw new Error('loadUntilUsable needs installUsableProbe on the page’s context first');
  notes.forget(page.mainFrame());
  const fields = nextFieldsFrame(page, options.gatewayOrigin, new Set(page.frames())).then(async (frame) => ({ frame, at: await notes.when(frame) }));
  const start = performance.timeOrigin + performance.now();
  const goto = page.goto(url, { waitUntil: 'commit', timeout: limit });
  const component = options.component ? goto.then(() => notes.when(page.mainFrame())) : Promise.resolve(0);
  const [, seen, componentAt] = await within(
    limit,
    options.component ? 'waiting for the card fields and the component' : 'waiting for the card fields',
    Promise.all([goto, fields, component]),
  );
  const end = Math.max(seen.at, componentAt);
  const now = performance.timeOrigin + performance.now();
  if (end < start || end > now + 5) throw new Error(`the browser's clock and this process's disagree (usable at ${end - start} ms, noticed at ${now - start} ms)`);
  return { ms: end - start, frame: seen.frame };
}
