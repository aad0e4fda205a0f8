import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkVue } from '../check.ts';

// The Vue type-check (`pnpm typecheck`, CI's typecheck:vue) is a real one: vue-tsc types App.vue's
// template from @dubai-pay/elements' GlobalComponents, so each mistake below does not compile.
const HERE = join(import.meta.dirname, '..');
const app = readFileSync(join(HERE, 'App.vue'), 'utf8');
// Inside the example, so that its node_modules resolve as the app's do.
const dir = mkdtempSync(join(HERE, '.template-types-'));
after(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(join(HERE, 'app.ts'), join(dir, 'app.ts'));
writeFileSync(join(dir, 'tsconfig.json'), readFileSync(join(HERE, 'tsconfig.json')));

const cases: [name: string, from: string, to: string, error: RegExp][] = [
  [
    'the success event bound to the error handler',
    '@dubai-pay-success="paid"',
    '@dubai-pay-success="failed"',
    /TS2322: Type '\(event: DubaiPayErrorEvent\) => void' is not assignable to type '\(event: DubaiPaySuccessEvent\) => void'/,
  ],
  ['an event name misspelt', '@dubai-pay-error="failed"', '@dubai-pay-eror="failed"', /'onDubaiPayEror' does not exist in type/],
  [
    'a locale the element does not have',
    'service="rta-driving-licence-renewal"',
    'service="rta-driving-licence-renewal" locale="fr"',
    /TS2322: Type '"fr"' is not assignable to type '"" \| "en" \| "ar" \| undefined'/,
  ],
];

describe('the Vue example’s template type-check (vue-tsc)', () => {
  it('passes on App.vue as it is', () => checkVue());

  // One compile with all three mistakes (vue-tsc takes half a minute on a loaded machine); each must be reported.
  it(`refuses ${cases.map(([name]) => name).join('; ')}`, async () => {
    let wrong = app;
    for (const [, from, to] of cases) {
      assert.ok(wrong.includes(from), `App.vue has ${from}`);
      wrong = wrong.replace(from, to);
    }
    writeFileSync(join(dir, 'App.vue'), wrong);
    await assert.rejects(checkVue(join(dir, 'tsconfig.json')), (e: Error) => {
      for (const [name, , , error] of cases) assert.match(e.message, error, name);
      return true;
    });
  });
});
