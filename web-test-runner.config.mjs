// Browser tests: the same suites in Chromium, Firefox ESR and WebKit, each engine driven by the
// one tool that can drive Debian's build of it (see README, "Browsers").
// BROWSER=chromium|firefox|webkit picks one engine (default chromium); the test script runs all three.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { startSandboxServer } from '@dubai-pay/sandbox/server';

const require = createRequire(import.meta.url);
const engine = process.env.BROWSER ?? 'chromium';
/** A port nothing listens on now: a WebKitWebDriver left over from an earlier run cannot take this run's session. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}
const WEBDRIVER_PORT = await freePort();
/** The test pages' origin, and the sandbox gateway on another origin (component tests load the real hosted fields from it). */
const PAGE_PORT = 8000;
const SANDBOX_PORT = 4210;

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** WebKitGTK's WebDriver under a virtual display, started for the run and stopped after. */
function webkitDriverPlugin() {
  let driver;
  const stopDriver = () => {
    try {
      if (driver?.pid) process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  return {
    name: 'webkit-webdriver',
    async serverStart() {
      driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${WEBDRIVER_PORT}`], { stdio: 'ignore', detached: true });
      // Stopped with the run, however it ends (detached: it would outlive us).
      process.once('exit', stopDriver);
      for (let i = 0; i < 100; i++) {
        try {
          const response = await fetch(`http://127.0.0.1:${WEBDRIVER_PORT}/status`);
          if (response.ok) return;
        } catch {}
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('WebKitWebDriver did not start');
    },
    async serverStop() {
      process.off('exit', stopDriver);
      stopDriver();
    },
  };
}

const browsers = {
  chromium: () => playwrightLauncher({ product: 'chromium', launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs } }),
  firefox: () => puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true } }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: WEBDRIVER_PORT,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
      },
    }),
};
if (!browsers[engine]) throw new Error(`BROWSER must be one of ${Object.keys(browsers).join(', ')}`);

/** The sandbox over HTTP for the run, so that <dubai-pay> embeds the real hosted fields cross-origin. */
function sandboxServerPlugin() {
  let server;
  return {
    name: 'dubai-pay-sandbox',
    async serverStart() {
      server = await startSandboxServer({
        port: SANDBOX_PORT,
        allowedOrigins: [`http://localhost:${PAGE_PORT}`],
        // A key whose agency did not register the test page's origin (diagnostics.test.ts).
        agencies: [
          {
            id: 'agency_elsewhere',
            name: 'Elsewhere',
            publishableKey: 'pk_test_elsewhere',
            secretKey: 'sk_test_elsewhere',
            allowedOrigins: ['https://elsewhere.example'],
            moto: false,
          },
        ],
      });
    },
    async serverStop() {
      await server?.close();
    },
  };
}

/**
 * WebKit's WebDriver sends key *actions* to the top document's active element, which for a
 * focused iframe is the iframe itself, and collapses repeated keys (`4000000000003220` arrived as
 * `4032 0`). This command types into the <dubai-pay> hosted fields frame the WebDriver way that
 * works: switch into the frame, then *Element Send Keys* to its focused field, and switch back.
 */
function typeInFrameCommand() {
  return {
    name: 'type-in-frame',
    async executeCommand({ command, payload, session }) {
      if (command !== 'type-in-frame') return undefined;
      const driver = session.browser.driverManager?.driver;
      if (!driver) throw new Error('type-in-frame is for the WebDriver launcher');
      // WebKit refuses keys to a field it does not consider in view ("Element is not focusable").
      const frame = await driver.execute(() => {
        const iframe = document.querySelector('dubai-pay').shadowRoot.querySelector('iframe[part="frame"]');
        iframe.scrollIntoView({ block: 'center' });
        return iframe;
      });
      await driver.switchToFrame(frame);
      try {
        // Focus inside the frame is the frame's own (the parent asked for it by message): type
        // into the field that has it, or the first one.
        const field = await driver.execute(() => {
          const active = document.activeElement;
          const target = active && active.tagName === 'INPUT' ? active : document.querySelector('input');
          target?.focus();
          return target;
        });
        if (!field) throw new Error('no field in the hosted fields frame');
        const id = field['element-6066-11e4-a52e-4f735466cecf'] ?? field.ELEMENT;
        // A click as a person's: it focuses the field in WebKit's own view of focus (an empty
        // field: the caret lands at its end), then the keys.
        if (payload.text !== '\uE004') await driver.elementClick(id);
        await driver.elementSendKeys(id, payload.text);
      } finally {
        await driver.switchToParentFrame();
      }
      return true;
    },
  };
}

/**
 * Whether a field inside the hosted fields frame has focus (Playwright engines): the frame is
 * cross-origin, so a test cannot look itself. Focus moves there by message, some time after the
 * label is clicked; keys typed before then are lost.
 */
function frameFieldFocusedCommand() {
  return {
    name: 'frame-field-focused',
    async executeCommand({ command, session }) {
      if (command !== 'frame-field-focused') return undefined;
      const page = session.browser.getPage(session.id);
      const frame = page.frames().find((f) => f.url().includes('/frame/fields'));
      return Boolean(await frame?.evaluate(() => document.hasFocus() && document.activeElement?.tagName === 'INPUT').catch(() => false));
    },
  };
}

/** msw's worker, served from the root with the header that lets it control the whole origin. */
function mockServiceWorker() {
  const file = require.resolve('msw/mockServiceWorker.js');
  return async (context, next) => {
    if (context.path !== '/mockServiceWorker.js') return next();
    context.set('Service-Worker-Allowed', '/');
    context.type = 'application/javascript';
    context.body = await readFile(file, 'utf8');
  };
}

export default {
  files: process.env.WTR_FILES ?? 'packages/*/test/browser/**/*.test.ts',
  nodeResolve: { exportConditions: ['@dubai-pay/source', 'browser', 'development'] },
  hostname: 'localhost',
  port: PAGE_PORT,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    sandboxServerPlugin(),
    ...(engine === 'webkit' ? [webkitDriverPlugin(), typeInFrameCommand()] : [frameFieldFocusedCommand()]),
  ],
  middleware: [mockServiceWorker()],
  browsers: [browsers[engine]()],
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter(process.env.DUBAI_PAY_RESULTS, `browser:${engine}`)],
};
