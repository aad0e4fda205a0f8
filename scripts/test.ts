// `pnpm test`: every suite, one after another, then one line that adds them all up:
//   N passed, N failed
// Suites: node (contract, sandbox, core over HTTP, examples, scripts), browser:chromium,
// browser:firefox, browser:webkit (components and core against the real sandbox), e2e
// (Playwright in Chromium, separate origins), e2e:firefox and e2e:webkit (whole payments through
// Puppeteer/BiDi and WebDriver), packages (each package packed, linted, installed, imported),
// and seven checks counted as one test each: typecheck (tsc, TypeScript 7), typecheck:angular (ngc
// over the Angular example, its template included), typecheck:vue (vue-tsc over the Vue example's
// single-file component), lint (Biome: rules and formatting), build
// (the release build), size (budgets) and bench (`pnpm bench --smoke`).
// `pnpm test node e2e` runs only the suites named.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** What failed, one line each: where, and the first line of why. */
  failures?: string[];
}

interface Totals extends Counts {
  suite: string;
}

interface Suite {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Reads the suite's counts from the file its reporter wrote; absent for a single check. */
  count?(file: string): Counts;
}

const RESULTS = '.test-results';
const bin = (name: string) => join('node_modules', '.bin', name);

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Counts;

function countTap(file: string): Counts {
  const text = readFileSync(file, 'utf8');
  const number = (label: string) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  // Each failed test with its file and the first line of its error; not the suites and files
  // that failed only because a test in them did.
  const failures = [...text.matchAll(/^\s*not ok \d+ - (.*)\n\s*---\n([\s\S]*?)\n\s*\.\.\.$/gm)]
    .filter(([, , yaml]) => !/failureType: 'subtestsFailed'/.test(yaml ?? ''))
    .map(([, name, yaml]) => {
      const file = /location: '(?:.*\/)?([^/']+?):\d+:\d+'/.exec(yaml ?? '')?.[1];
      const error = /error: (?:\|-\n\s*)?'?(.*?)'?$/m.exec(yaml ?? '')?.[1];
      return `${file ? `${file} › ` : ''}${name}: ${error ?? 'failed'}`;
    });
  return { passed: number('pass'), failed: number('fail') + number('cancelled'), skipped: number('skipped') + number('todo'), failures };
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; ok: boolean; tests: { projectName: string; status: string; results: { error?: { message?: string } }[] }[] }[];
}

function countPlaywright(file: string): Counts {
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: { message?: string }[];
    suites?: PlaywrightSuite[];
  };
  const { expected, unexpected, flaky, skipped } = report.stats;
  const failures: string[] = (report.errors ?? []).map((e) => firstLine(e.message));
  const walk = (suite: PlaywrightSuite, where: string[]) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        if (test.status === 'unexpected') failures.push(`${[...where, spec.title].join(' › ')} [${test.projectName}]: ${firstLine(test.results.at(-1)?.error?.message)}`);
    for (const child of suite.suites ?? []) walk(child, [...where, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0), skipped, failures };
}

/** Terminal colour codes (they begin with ESC, a control character). */
const COLOUR_CODES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

const firstLine = (message = 'failed') => message.replace(COLOUR_CODES, '').trim().split('\n')[0] ?? 'failed';

const browserSuite = (engine: string): Suite => ({
  name: `browser:${engine}`,
  command: [bin('web-test-runner'), '--config', 'web-test-runner.config.mjs'],
  // The config starts the sandbox from its TypeScript sources.
  env: { BROWSER: engine, NODE_OPTIONS: '--conditions=@dubai-pay/source' },
  count: readJson,
});

/** Node's own test runner over some files, counted from its TAP report. */
const nodeTests = (name: string, files: string[], env: Record<string, string> = {}): Suite => ({
  name,
  env,
  command: [
    process.execPath,
    '--conditions=@dubai-pay/source',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${RESULTS}/${name.replace(':', '-')}.tap`,
    ...files,
  ],
  count: countTap,
});

const suites: Suite[] = [
  { name: 'typecheck', command: [bin('tsc'), '-p', 'tsconfig.json'] },
  // Angular's compiler (TypeScript 6.0, the example's own) checks what tsc cannot: the template's bindings and `$event` types.
  { name: 'typecheck:angular', command: [process.execPath, 'examples/angular/compile.ts', '--check'] },
  // vue-tsc (TypeScript 6.0, the example's own) checks App.vue's template against the elements' Vue declarations.
  { name: 'typecheck:vue', command: [process.execPath, 'examples/vue/check.ts'] },
  // Biome: the linter's rules and the formatter's layout (biome.json), checked without writing.
  { name: 'lint', command: [bin('biome'), 'ci', '.'] },
  // The release build: libraries with declarations, the browser bundles (the gateway serves the
  // hosted fields from them), SRI hashes, the elements manifest.
  { name: 'build', command: [process.execPath, 'scripts/build.ts'] },
  nodeTests('node', ['packages/*/test/node/**/*.test.ts', 'examples/*/test/*.test.ts', 'scripts/test/*.test.ts']),
  browserSuite('chromium'),
  browserSuite('firefox'),
  browserSuite('webkit'),
  {
    name: 'e2e',
    command: [bin('playwright'), 'test', '--config', 'e2e/playwright.config.ts'],
    count: countPlaywright,
  },
  // Whole payments (card with a challenge, e-Dirham, a bank) and the loader (SRI from the CDN origin) in the engines Playwright cannot drive here.
  nodeTests('e2e:firefox', ['e2e/engines/*.test.ts'], { ENGINE: 'firefox' }),
  nodeTests('e2e:webkit', ['e2e/engines/*.test.ts'], { ENGINE: 'webkit' }),
  // Each publishable package packed (its prepack builds it), linted, installed and imported.
  nodeTests('packages', ['scripts/test/release/*.test.ts']),
  { name: 'size', command: [process.execPath, 'scripts/size.ts'] },
  // `pnpm bench --smoke`: every part of the benchmark runs once (it must run; times are not judged here).
  { name: 'bench', command: [process.execPath, '--conditions=@dubai-pay/source', 'scripts/bench/main.ts', '--smoke'] },
];

function run(suite: Suite, file: string): Promise<number> {
  const [command, ...args] = suite.command;
  return new Promise((done) => {
    const child = spawn(command ?? '', args, { stdio: 'inherit', env: { ...process.env, ...suite.env, DUBAI_PAY_RESULTS: resolve(file) } });
    child.on('exit', (code) => done(code ?? 1));
    child.on('error', () => done(1));
  });
}

const wanted = process.argv.slice(2);
const selected = wanted.length === 0 ? suites : suites.filter((s) => wanted.some((w) => s.name === w || s.name.startsWith(`${w}:`)));
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const totals: Totals[] = [];
for (const suite of selected) {
  const file = join(RESULTS, `${suite.name.replace(':', '-')}.${suite.count === countTap ? 'tap' : 'json'}`);
  console.log(`\n=== ${suite.name} ===`);
  const exitCode = await run(suite, file);
  if (!suite.count) {
    totals.push({ suite: suite.name, passed: exitCode === 0 ? 1 : 0, failed: exitCode === 0 ? 0 : 1, skipped: 0 });
    continue;
  }
  let counts = existsSync(file) ? suite.count(file) : { passed: 0, failed: 0, skipped: 0 };
  // A runner that failed without reporting a failed test still failed (it crashed, or ran nothing).
  if (exitCode !== 0 && counts.failed === 0) counts = { ...counts, failed: 1 };
  if (exitCode === 0 && counts.passed === 0) counts = { ...counts, failed: counts.failed + 1 };
  totals.push({ suite: suite.name, ...counts });
}

console.log('\n=== summary ===');
for (const t of totals) {
  console.log(`${t.suite.padEnd(18)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
  for (const failure of t.failures ?? []) console.log(`  ✗ ${failure.slice(0, 300)}`);
}
const passed = totals.reduce((n, t) => n + t.passed, 0);
const failed = totals.reduce((n, t) => n + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
