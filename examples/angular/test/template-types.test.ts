import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { compileAngular } from '../compile.ts';

// The Angular type-check (`pnpm typecheck`, CI's typecheck:angular) is a real one: with
// @dubai-pay/elements' types, ngc types the template's `$event` from the element's events, so the
// app with its success handler bound to the error event's handler does not compile.
const HERE = join(import.meta.dirname, '..');
// Inside the example, so that its node_modules resolve as the app's do.
const dir = mkdtempSync(join(HERE, '.template-types-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the Angular example’s template type-check', () => {
  it('refuses a (dubai-pay-success) handler that takes the error event', async () => {
    const app = readFileSync(join(HERE, 'app.ts'), 'utf8');
    const wrong = app.replace('(dubai-pay-success)="paid($event)"', '(dubai-pay-success)="failed($event)"');
    assert.notEqual(wrong, app, 'the app binds (dubai-pay-success) to paid($event)');
    writeFileSync(join(dir, 'app.ts'), wrong);
    const config = JSON.parse(readFileSync(join(HERE, 'tsconfig.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { compilerOptions: Record<string, unknown> };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...config, compilerOptions: { ...config.compilerOptions, rootDir: '.', outDir: 'out' } }));
    await assert.rejects(compileAngular({ emit: false, project: join(dir, 'tsconfig.json') }), (error: Error) => {
      assert.match(error.message, /TS2345: Argument of type 'DubaiPaySuccessEvent' is not assignable to parameter of type 'DubaiPayErrorEvent'/);
      return true;
    });
  });
});
