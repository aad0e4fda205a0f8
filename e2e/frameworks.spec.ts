import { expect, test } from '@playwright/test';
import { bundleAll } from '../examples/bundle.ts';
import { charges, frame, pay, sessionCreated, typeCard, watchPage } from './support.ts';

// The framework examples (examples/react under React 19 and 18, examples/vue under Vue 3.5,
// examples/angular under Angular 22, compiled by ngc first), bundled here as an agency's build
// would, each paying the licence renewal with a sandbox card.
// The traffic file number is given as an object (`inputs`): the checkout goes straight to the
// card (an `inputs` turned into the string "[object Object]" would ask for it). The receipt
// number on the page comes from the framework's success callback (in Angular, the
// `(dubai-pay-success)` binding, whose `$event` ngc type-checked as a DubaiPaySuccessEvent). The
// Angular page also reads the element through its typed @ViewChild reference (`readyToPay`).

test.beforeAll(async () => {
  // ngc type-checks and compiles the Angular app first: tens of seconds on a loaded machine.
  test.setTimeout(180_000);
  for (const { file, bytes, gzip } of await bundleAll()) console.log(`${file}: ${(bytes / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
});

const PAGES = [
  { name: 'React 19 with @dubai-pay/react', path: '/react/', framework: /^React 19\./ },
  { name: 'React 18 with @dubai-pay/react', path: '/react/react18.html', framework: /^React 18\./ },
  { name: 'Vue 3.5 with the bare element', path: '/vue/', framework: /^Vue 3\.5\./ },
  { name: 'Angular 22 with the bare element', path: '/angular/', framework: /^Angular 22\./, readsElement: true },
];

for (const { name, path, framework, readsElement } of PAGES) {
  test(`${name}: pays by card, the success callback gets the receipt`, async ({ page }) => {
    const problems = watchPage(page);
    await page.goto(path);
    await expect(page.locator('#framework')).toHaveText(framework);
    await expect(frame(page).locator('input[autocomplete="cc-number"]')).toBeVisible();
    await expect(page.locator('dubai-pay #input-traffic_file_number')).toHaveCount(0);
    expect(await page.locator('dubai-pay').evaluate((element) => (element as HTMLElement & { inputs: unknown }).inputs)).toEqual({ traffic_file_number: '12345678' });
    if (readsElement) await expect(page.locator('#ready')).toHaveText('');
    await typeCard(page, '4242424242424242');
    if (readsElement) await expect(page.locator('#ready')).toContainText('Card details complete: Pay will pay.');
    const session = await sessionCreated(page, () => pay(page));
    await expect(page.locator('dubai-pay [part="receipt"]')).toContainText('VISA •••• 4242');
    const number = await page.locator('dubai-pay [part="receipt"]').evaluate((receipt) => /DXB-[\w-]+/.exec(receipt.textContent ?? '')?.[0]);
    expect(number).toBeTruthy();
    await expect(page.locator('#outcome')).toContainText(`Paid. Receipt ${number}.`);
    expect(await charges(session.id)).toBe(1);
    expect(problems).toEqual([]);
  });
}
