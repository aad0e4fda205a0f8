import { expect, test, type Page } from '@playwright/test';
import { GATEWAY_ORIGIN, PAGE_ORIGIN } from './playwright.config.ts';
import { charges, gatewayCall, press, valuesAwayFromLabels, watchPage } from './support.ts';

// The fee-lookup example, paying through @dubai-pay/core from one origin to a gateway on another.

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${test.info().project.name}-${name}.png`, fullPage: true });
}

async function quoteDrivingLicence(page: Page, search: string) {
  await page.locator('#query').fill(search);
  await press(page.locator('#services button').first());
  await page.locator('#input-traffic_file_number').fill('12345678');
  await press(page.locator('#inputs button[type=submit]'));
  await expect(page.locator('#quote')).toBeVisible();
}

test('pays a driving licence renewal by card in English, charged once', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto('/fee-lookup/');
  expect(new URL(page.url()).origin).toBe(PAGE_ORIGIN);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await shot(page, 'en-1-find');
  await quoteDrivingLicence(page, 'driving licence renewal');
  await expect(page.locator('#items')).toContainText('Knowledge fee');
  await expect(page.locator('#items')).toContainText('Innovation fee');
  await expect(page.locator('#total')).toContainText('AED');
  await shot(page, 'en-2-quote');

  await page.locator('#method').selectOption('pm_card_visa');
  const created = page.waitForResponse((r) => gatewayCall(r.url(), '/v1/sessions'));
  await press(page.locator('#pay'));
  const session = (await (await created).json()) as { id: string; amount: number };
  await expect(page.locator('#receipt')).toBeVisible();
  await expect(page.locator('#receipt-number')).toHaveText(/^DXB-\d{4}-\d{6}$/);
  await expect(page.locator('#receipt-method')).toHaveText('VISA •••• 4242');
  await expect(page.locator('#receipt-time')).toHaveText(/ GST$/);
  expect(await valuesAwayFromLabels(page.locator('#receipt dl'))).toEqual([]);
  await expect(page.locator('#receipt')).toBeFocused();
  await shot(page, 'en-3-receipt');
  expect(await charges(session.id)).toBe(1);
  expect(problems).toEqual([]);
});

test('pays in Arabic after a decline, with the decline explained in Arabic', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto('/fee-lookup/?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // One digit system in Arabic as in English: Latin, as the amounts and receipts are.
  await expect(page.locator('h2#find-title')).toHaveText('1. ابحث عن الخدمة');
  await shot(page, 'ar-1-find');
  await quoteDrivingLicence(page, 'تجديد رخصه القياده'); // without taa marbuta: search folds it
  await expect(page.locator('#items')).toContainText('رسوم المعرفة');
  await expect(page.locator('#total')).toContainText('د.إ');
  expect(await page.locator('body').textContent()).not.toMatch(/[٠-٩۰-۹]/);
  await shot(page, 'ar-2-quote');

  await page.locator('#method').selectOption('pm_card_insufficient_funds');
  const created = page.waitForResponse((r) => gatewayCall(r.url(), '/v1/sessions'));
  await press(page.locator('#pay'));
  const session = (await (await created).json()) as { id: string };
  // Declined, as the gateway's session says: so "not charged" may be said too.
  await expect(page.locator('#error')).toHaveText('الرصيد غير كافٍ في بطاقتك. جرّب بطاقة أو طريقة دفع أخرى. لم يُخصم أي مبلغ.');
  await shot(page, 'ar-3-declined');

  await page.locator('#method').selectOption('pm_edirham');
  await press(page.locator('#pay'));
  await expect(page.locator('#receipt-title')).toHaveText('تم استلام الدفعة');
  await expect(page.locator('#receipt-method')).toHaveText('الدرهم الإلكتروني •••• 0009');
  await expect(page.locator('#receipt-time')).toHaveText(/ بتوقيت الإمارات$/);
  expect(await valuesAwayFromLabels(page.locator('#receipt dl'))).toEqual([]);
  await shot(page, 'ar-4-receipt');
  expect(await charges(session.id)).toBe(1);
  expect(problems).toEqual([]);
});

test('a double click on Pay pays once', async ({ page }) => {
  await page.goto('/fee-lookup/');
  await quoteDrivingLicence(page, 'driving licence renewal');
  const created = page.waitForResponse((r) => gatewayCall(r.url(), '/v1/sessions'));
  await press(page.locator('#pay'), { double: true });
  const session = (await (await created).json()) as { id: string };
  await expect(page.locator('#receipt')).toBeVisible();
  expect(await charges(session.id)).toBe(1);
});

test('a wrong reference is shown at its field, in the page language', async ({ page }) => {
  await page.goto('/fee-lookup/');
  await page.locator('#query').fill('traffic fines payment');
  await press(page.locator('#services button').first());
  await page.locator('#input-plate_number').fill('Z 99999');
  await press(page.locator('#inputs button[type=submit]'));
  await expect(page.locator('#error')).toHaveText('No record was found for this number. Check it and try again.');
  await page.locator('#input-plate_number').fill('!!');
  await press(page.locator('#inputs button[type=submit]'));
  await expect(page.locator('#input-plate_number')).toHaveAttribute('aria-invalid', 'true');
  await press(page.locator('#language'));
  await expect(page.locator('#error')).toHaveText('بعض البيانات ناقصة أو غير صحيحة. تحقق منها وحاول مرة أخرى.');
});

test('the page cannot send card details to the gateway from its own origin', async ({ page }) => {
  await page.goto('/fee-lookup/');
  const result = await page.evaluate(async (gateway) => {
    const response = await fetch(`${gateway}/v1/payment_methods`, {
      method: 'POST',
      headers: { authorization: 'Bearer pk_test_demo', 'content-type': 'application/json', 'idempotency-key': 'hostile-page-1' },
      body: JSON.stringify({ type: 'card', card: { number: '4242424242424242', exp_month: 12, exp_year: 2035, cvc: '123' } }),
    });
    return { status: response.status, body: await response.json() };
  }, GATEWAY_ORIGIN);
  expect(result.status).toBe(403);
  expect(result.body.error.code).toBe('origin_not_allowed');
});
