import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe('each element an entry registers is in HTMLElementTagNameMap as the class it registers', () => {
  const PACKAGE = resolve(import.meta.dirname, '../..');
  const exports = (JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { exports: Record<string, { '@dubai-pay/source'?: string }> }).exports;
  const REGISTRATION = /customElements\.define\(\s*'([a-z-]+)'\s*,\s*(\w+)\s*\)/g;
  const registrations = (file: string) => [...readFileSync(join(PACKAGE, file), 'utf8').matchAll(REGISTRATION)].map(([, tag, name]) => [tag!, name!] as const);
  const entries = Object.entries(exports)
    .map(([entry, targets]) => [entry.slice(2), targets['@dubai-pay/source']] as const)
    .filter(([, source]) => source && registrations(source).length > 0);

  it('registrations happen only in the entries, and the define and kiosk entries have them', () => {
    const everywhere = readdirSync(join(PACKAGE, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => readFileSync(join(PACKAGE, 'src', file), 'utf8').includes('customElements.define('))
      .map((file) => `./src/${file}`);
    assert.deepEqual(everywhere.sort(), entries.map(([, source]) => source).sort());
    assert.deepEqual(entries.map(([entry]) => entry).sort(), ['define', 'kiosk']);
  });

  // @dubai-pay/react registers the elements its components render, from its own entry.
  const REACT = '../react/src/index.ts';
  it(`@dubai-pay/react: ${registrations(REACT)
    .map(([tag, name]) => `<${tag}> is ${name}`)
    .join(', ')}`, () => {
    const text = readFileSync(join(FIXTURES, 'registered-react.ts'), 'utf8');
    assert.ok(registrations(REACT).length > 0, 'the React entry registers elements');
    for (const [tag, name] of registrations(REACT)) assert.ok(text.includes(`registered<'${tag}', ${name}>();`), `registered-react.ts checks <${tag}> as ${name}`);
    passes('registered-react.ts', { jsx: 'react-jsx' });
  });

  for (const [entry, source] of entries)
    it(`@dubai-pay/elements/${entry}: ${registrations(source!)
      .map(([tag, name]) => `<${tag}> is ${name}`)
      .join(', ')}`, () => {
      const fixture = `registered-${entry}.ts`;
      const text = readFileSync(join(FIXTURES, fixture), 'utf8');
      assert.match(text, new RegExp(`^import '@dubai-pay/elements/${entry}';$`, 'm'));
      for (const [tag, name] of registrations(source!)) assert.ok(text.includes(`registered<'${tag}', ${name}>();`), `${fixture} checks <${tag}> as ${name}`);
      passes(fixture);
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
