// One small driving interface over the two tools that can drive Debian's other engines:
// Puppeteer over WebDriver BiDi for Firefox ESR, and WebDriver (classic) for WebKitGTK's
// MiniBrowser. Playwright, which the main e2e suite uses, drives only Chromium here.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { launch, type ElementHandle, type Frame } from 'puppeteer-core';
import { remote } from 'webdriverio';

// switchToFrame is the classic WebDriver command, the one WebKitGTK's driver speaks;
// webdriverio's replacement (switchFrame) looks frames up over BiDi. Keep the log readable.
process.env['DISABLE_WEBDRIVERIO_DEPRECATION_WARNINGS'] = 'true';

/**
 * Where an element is: `frames`, a chain of iframes to enter from the top document, then `path`
 * in the innermost one. A path is CSS selectors joined by ` >>> `, each after the first looked
 * up in the previous element's shadow root (`dubai-pay >>> [part="pay-button"]`).
 */
export interface Target {
  frames?: string[];
  path: string;
}

export interface EngineDriver {
  readonly engine: 'firefox' | 'webkit';
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  /** Runs `body` (a function's source taking `find`) in the top document, or in the frame `frames` leads to, and returns its JSON result. */
  run<T>(body: string, frames?: string[]): Promise<T>;
  /** Whether the element exists (and, if asked, is visible). */
  exists(target: Target, visible?: boolean): Promise<boolean>;
  click(target: Target): Promise<void>;
  /** Clicks into a field and types the text with the driver's own keyboard. */
  type(target: Target, text: string): Promise<void>;
  /** Sets the viewport's size (WebKitGTK: the window's, the viewport a toolbar less). */
  resize(width: number, height: number): Promise<void>;
  /** A PNG of what the viewport shows now (WebDriver's Take Screenshot; BiDi's captureScreenshot in Firefox). */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

/** Finds a ` >>> ` path from a root; sent to the browser as source. */
export const FIND = `function find(path, root = document) {
  let node = root;
  for (const [i, part] of path.split(' >>> ').entries()) {
    node = (i === 0 ? node : node.shadowRoot)?.querySelector(part) ?? null;
    if (!node) return null;
  }
  return node;
}`;

const VISIBLE = `function visible(el) { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility === 'visible'; }`;

export async function until(check: () => Promise<boolean>, what: string, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Firefox ESR through Puppeteer's WebDriver BiDi. */
export async function firefox(): Promise<EngineDriver> {
  const browser = await launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const frameOf = async (target: Target): Promise<Frame> => {
    let frame = page.mainFrame();
    for (const path of target.frames ?? []) {
      const handle = (await frame.evaluateHandle(`(${FIND})(${JSON.stringify(path)})`)) as ElementHandle<HTMLIFrameElement>;
      const child = await handle.contentFrame();
      if (!child) throw new Error(`no frame at ${path}`);
      frame = child;
    }
    return frame;
  };
  const element = async (target: Target): Promise<ElementHandle<Element>> => {
    const frame = await frameOf(target);
    const handle = (await frame.evaluateHandle(`(${FIND})(${JSON.stringify(target.path)})`)) as ElementHandle<Element>;
    if (!(await handle.evaluate((el) => el !== null))) throw new Error(`no element at ${target.path}`);
    return handle;
  };
  return {
    engine: 'firefox',
    goto: async (url) => void (await page.goto(url)),
    url: async () => page.url(),
    run: async <T>(body: string, frames: string[] = []) => (await (await frameOf({ frames, path: '' })).evaluate(`(${body})(${FIND})`)) as T,
    exists: async (target, visible = false) => {
      const frame = await frameOf(target).catch(() => null);
      if (!frame) return false;
      return (await frame.evaluate(`(() => { const el = (${FIND})(${JSON.stringify(target.path)}); return !!el && (${!visible} || (${VISIBLE})(el)); })()`)) as boolean;
    },
    click: async (target) => {
      const handle = await element(target);
      await handle.scrollIntoView();
      await handle.click();
    },
    type: async (target, text) => {
      const handle = await element(target);
      await handle.click();
      await handle.type(text);
    },
    resize: (width, height) => page.setViewport({ width, height }),
    screenshot: async () => Buffer.from(await page.screenshot({ encoding: 'base64' }), 'base64'),
    close: () => browser.close(),
  };
}

/** A port nothing listens on now: a WebKitWebDriver left over from an earlier run cannot take this run's session. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic) under a virtual display. */
export async function webkit(): Promise<EngineDriver> {
  const WEBDRIVER_PORT = await freePort();
  const driverProcess: ChildProcess = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${WEBDRIVER_PORT}`], { stdio: 'ignore', detached: true });
  // Stopped with the tests, however they end (detached: it would outlive them).
  const stopDriver = () => {
    try {
      if (driverProcess.pid) process.kill(-driverProcess.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stopDriver);
  // A killed run (Ctrl-C, a CI timeout) stops it too, then ends as the signal would have.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopDriver();
      process.kill(process.pid, signal);
    });
  }
  await until(async () => (await fetch(`http://127.0.0.1:${WEBDRIVER_PORT}/status`)).ok, 'WebKitWebDriver', 30_000);
  const browser = await remote({
    hostname: '127.0.0.1',
    port: WEBDRIVER_PORT,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
    } as WebdriverIO.Capabilities,
  });
  await browser.setWindowSize(1280, 900).catch(() => undefined);
  const enter = async (target: Target) => {
    await browser.switchToFrame(null);
    for (const path of target.frames ?? []) {
      // Brought into view from outside: a cross-origin frame cannot scroll its parent.
      const frame = await browser.execute(`const f = (${FIND})(${JSON.stringify(path)}); f?.scrollIntoView({ block: 'center' }); return f;`);
      if (!frame) throw new Error(`no frame at ${path}`);
      await browser.switchToFrame(frame as WebdriverIO.Element);
    }
  };
  const elementId = async (target: Target): Promise<string> => {
    await enter(target);
    const found = (await browser.execute(`const el = (${FIND})(${JSON.stringify(target.path)}); el?.scrollIntoView({ block: 'center' }); return el;`)) as Record<
      string,
      string
    > | null;
    if (!found) throw new Error(`no element at ${target.path}`);
    return found[ELEMENT] ?? found.ELEMENT!;
  };
  // A pointer press at the element's centre. (Element Click refuses elements in a shadow root:
  // WebKit's hit test finds the shadow host there and calls the click "intercepted".)
  const pointerClick = async (id: string) => {
    await browser.performActions([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', duration: 0, origin: { [ELEMENT]: id }, x: 0, y: 0 },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
    await browser.releaseActions();
  };
  return {
    engine: 'webkit',
    goto: async (url) => {
      await browser.switchToFrame(null);
      await browser.url(url);
    },
    url: async () => browser.getUrl(),
    run: async <T>(body: string, frames: string[] = []) => {
      try {
        await enter({ frames, path: '' });
        return (await browser.execute(`return (${body})(${FIND});`)) as T;
      } finally {
        await browser.switchToFrame(null);
      }
    },
    exists: async (target, visible = false) => {
      try {
        await enter(target);
        return (await browser.execute(`const el = (${FIND})(${JSON.stringify(target.path)}); return !!el && (${!visible} || (${VISIBLE})(el));`)) as boolean;
      } catch {
        return false;
      } finally {
        await browser.switchToFrame(null).catch(() => undefined);
      }
    },
    click: async (target) => {
      try {
        await pointerClick(await elementId(target));
      } catch (error) {
        throw new Error(`click ${JSON.stringify(target)}: ${String(error)}`);
      } finally {
        await browser.switchToFrame(null);
      }
    },
    type: async (target, text) => {
      try {
        const id = await elementId(target);
        await pointerClick(id).catch((error: unknown) => {
          throw new Error(`type into ${JSON.stringify(target)}: ${String(error)}`);
        });
        // Element Send Keys: WebKit's key *actions* collapse repeated keys.
        await browser.elementSendKeys(id, text);
      } finally {
        await browser.switchToFrame(null);
      }
    },
    resize: async (width, height) => void (await browser.setWindowSize(width, height)),
    // GET /session/{id}/screenshot: the top-level viewport as base64 PNG.
    screenshot: async () => {
      await browser.switchToFrame(null);
      return Buffer.from(await browser.takeScreenshot(), 'base64');
    },
    close: async () => {
      await browser.deleteSession().catch(() => undefined);
      process.off('exit', stopDriver);
      stopDriver();
    },
  };
}
