import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

// The declarations as a consumer's TypeScript sees them: each fixture in test/types compiled ALONE
// (a program of its own, so no other file's declarations can stand in for a missing one), through
// the package's `exports` (the source condition: the src files the declarations are built from).
const ROOT = resolve(import.meta.dirname, '../../../..');
const FIXTURES = resolve(import.meta.dirname, '../types');
const ELEMENTS_MODULES = resolve(import.meta.dirname, '../../node_modules');
const work = mkdtempSync(join(tmpdir(), 'dubai-pay-types-'));
after(() => rmSync(work, { recursive: true, force: true }));

function compile(fixture: string, options: Record<string, unknown> = {}, args: string[] = []): { status: number | null; output: string } {
  const config = join(work, `${fixture}.tsconfig.json`);
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.base.json'),
      compilerOptions: { noEmit: true, types: [], lib: ['es2023', 'dom', 'dom.iterable'], skipLibCheck: false, ...options },
      files: [join(FIXTURES, fixture)],
    }),
  );
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', config, ...args], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

const passes = (fixture: string, options?: Record<string, unknown>) => {
  const { status, output } = compile(fixture, options);
  assert.equal(status, 0, output);
};

describe('element and event types from whichever entry is imported', () => {
  for (const entry of ['root', 'define', 'kiosk']) {
    it(`the ${entry} entry alone types every element and every event`, () => passes(`entry-${entry}.ts`));
  }

  it('a fixture that imports no entry fails (the check is not vacuous)', () => {
    const { status, output } = compile('checks.ts');
    assert.notEqual(status, 0);
    assert.match(output, /Property 'detail' does not exist on type 'Event'/);
    assert.match(output, /Property 'inputs' does not exist on type 'Element'/);
  });
});

describe('JSX and template declarations', () => {
  it('React with @types/react 19', () => passes('react.tsx', { jsx: 'react-jsx' }));

  it('React with @types/react 18', () => {
    const { status, output } = compile(
      'react.tsx',
      {
        jsx: 'react-jsx',
        // Files, not the folder: in ESM resolution a folder is not a module.
        paths: { react: [join(ELEMENTS_MODULES, '@types/react-18/index.d.ts')], 'react/*': [join(ELEMENTS_MODULES, '@types/react-18/*.d.ts')] },
      },
      ['--listFiles'],
    );
    assert.equal(status, 0, output);
    assert.match(output, /@types\+react@18\.[^/]*\/node_modules\/@types\/react\/jsx-runtime\.d\.ts/, 'compiled against @types/react 18');
    assert.doesNotMatch(output, /@types\+react@19/);
  });

  it('Preact', () => passes('preact.tsx', { jsx: 'react-jsx', jsxImportSource: 'preact' }));

  it('Vue GlobalComponents', () => passes('vue.ts'));
});
