import { expect, test, type Page } from '@playwright/test';
import { PAGE_ORIGIN } from './playwright.config.ts';

// The agency example page served from an origin nobody registered for its key (127.0.0.1 instead
// of localhost: the same server, another origin). The browser reads the gateway's refusal through
// CORS: the citizen sees why in both languages, the developer one console line naming the fix.
const UNREGISTERED = PAGE_ORIGIN.replace('localhost', '127.0.0.1');

function dubaiPayWarnings(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('[dubai-pay]')) lines.push(message.text());
  });
  return lines;
}

test('a page on an unregistered origin: the refusal, not a network error, and one warning naming the fix', async ({ page }) => {
  const warnings = dubaiPayWarnings(page);
  const refusals: number[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/v1/')) refusals.push(response.status());
  });
  await page.goto(`${UNREGISTERED}/agency-web/`);
  const error = page.locator('dubai-pay [part="error"]');
  await expect(error).toContainText('This website is not allowed to take payments');
  await expect(error).not.toContainText('could not reach');
  expect(warnings).toEqual([`[dubai-pay] register ${UNREGISTERED} for pk_test_demo in the gateway's dashboard: this origin is not registered for it.`]);
  // Not retried: a refusal is the gateway's definite word.
  expect(refusals).toEqual([403]);
  expect(await page.locator('dubai-pay [part~="pay-button"], dubai-pay iframe').count()).toBe(0);

  await page.goto(`${UNREGISTERED}/agency-web/?lang=ar`);
  await expect(page.locator('dubai-pay [part="error"]')).toContainText('هذا الموقع غير مصرّح له بتحصيل المدفوعات');
});

test('the same page on its registered origin shows no warning', async ({ page }) => {
  const warnings = dubaiPayWarnings(page);
  await page.goto('/agency-web/');
  await expect(page.locator('dubai-pay [part="inputs-form"]')).toBeVisible();
  expect(warnings).toEqual([]);
});

test('a session made by the agency’s server, shown on an unregistered origin: the refusal too, not a network error', async ({ page }) => {
  const warnings = dubaiPayWarnings(page);
  // The client secret goes in the body of a simple request (no preflight): the gateway lets
  // this origin read the refusal of that call, and nothing else.
  await page.goto(`${UNREGISTERED}/server-session/`);
  const error = page.locator('dubai-pay [part="error"]');
  await expect(error).toContainText('This website is not allowed to take payments');
  await expect(error).not.toContainText('could not reach');
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain(`register ${UNREGISTERED} for`);
});
