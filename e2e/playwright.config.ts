import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';

// End-to-end: the demo's pages on http://localhost:4100 and the sandbox gateway on
// http://127.0.0.1:4110, two origins, in Debian's Chromium (Playwright's own download is not
// reachable here). Desktop and phone-sized projects.
// E2E_PORT moves them all (pages on it, the gateway on +10, the ACS on +11, the banks on +12), so
// a second run can go beside the first.
const PAGE_PORT = Number(process.env.E2E_PORT ?? 4100);
export const PAGE_ORIGIN = `http://localhost:${PAGE_PORT}`;
export const GATEWAY_ORIGIN = `http://127.0.0.1:${PAGE_PORT + 10}`;
export const ACS_ORIGIN = `http://127.0.0.1:${PAGE_PORT + 11}`;
export const BANK_ORIGIN = `http://127.0.0.1:${PAGE_PORT + 12}`;

const chromium = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: process.env.DUBAI_PAY_RESULTS ?? resolve(import.meta.dirname, '../.test-results/e2e.json') }]],
  use: { baseURL: PAGE_ORIGIN, browserName: 'chromium', launchOptions: chromium, locale: 'en-AE', timezoneId: 'Asia/Dubai' },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 900 } } },
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } },
  ],
  webServer: {
    command: 'node --conditions=@dubai-pay/source scripts/demo.ts',
    cwd: resolve(import.meta.dirname, '..'),
    url: `${PAGE_ORIGIN}/`,
    env: { DEMO_PAGE_PORT: String(PAGE_PORT), DEMO_GATEWAY_PORT: String(PAGE_PORT + 10) },
    reuseExistingServer: false,
    // The demo builds its bundles first (rollup): on a loaded machine that alone has taken over two minutes.
    timeout: 300_000,
    stdout: 'ignore',
  },
});
