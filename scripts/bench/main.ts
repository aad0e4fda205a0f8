// `pnpm bench`: how much the SDK costs an agency page, against a bare iframe of the hosted fields
// measured in the same run. Prints a Markdown report (stdout; progress goes to stderr) and writes
// it as JSON to .bench/results.json. Exit code 0 when every part ran, 1 when one failed, 2 for a
// bad command line. `--smoke` runs every part once, quickly, and judges no time.
// Needs the browser bundles: `pnpm build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from './browser.ts';
import { measureBytes } from './bytes.ts';
import { measureFlows } from './flows.ts';
import { measureKiosk } from './kiosk-heap.ts';
import { measureLoads } from './loads.ts';
import { measureMainThread } from './main-thread.ts';
import { DEFAULT_RUNS, PARTS, parseOptions, type BenchOptions, type Part } from './options.ts';
import { BenchPages } from './pages.ts';
import { renderReport, type BenchResults } from './report.ts';
import { measureSearch } from './search.ts';
import { startServers } from './servers.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const log = (line: string) => process.stderr.write(`${line}\n`);

function commitOf(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return `commit ${head}${dirty ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'commit unknown';
  }
}

let options: BenchOptions;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

for (const file of ['dubai-pay.js', 'dubai-pay-kiosk.js', 'frame/fields.html', 'frame/fields.js']) {
  if (!existsSync(join(ROOT, 'dist', 'browser', file))) {
    log(`bench: dist/browser/${file} is missing: run \`pnpm build\` first.`);
    process.exit(1);
  }
}

/** CPU profiles of the client-secret page: a few are enough for medians of where the time goes. */
const PROFILED_LOADS = 7;

const started = performance.now();
const notes: string[] = [];
if (!options.smoke && options.runs !== DEFAULT_RUNS) notes.push(`${options.runs} loads per cell (\`--runs\`; default ${DEFAULT_RUNS}).`);
if (options.parts.length < PARTS.length) notes.push(`Only: ${options.parts.join(', ')} (\`--only\`).`);
const results: BenchResults = {
  meta: {
    date: new Date().toISOString(),
    commit: commitOf(),
    browser: '',
    node: process.versions.node,
    cpus: availableParallelism(),
    runs: options.runs,
    cycles: options.cycles,
    smoke: options.smoke,
    durationMs: 0,
    loadAverage: loadavg()[0]!,
    notes,
  },
  failures: [],
};

const servers = await startServers(options.port).catch((error: unknown) => {
  log(`bench: could not start the servers on ports ${options.port}–${options.port + 8} (\`--port\` moves them): ${String(error)}`);
  process.exit(1);
});
const browser = await launchBrowser().catch(async (error: unknown) => {
  log(`bench: could not launch Chromium: ${String(error)}`);
  await servers.close();
  process.exit(1);
});
results.meta.browser = `Chromium ${browser.version()}`;
const pages = new BenchPages(servers);

/** Runs one part; a failure is reported and the others still run. */
async function part<T>(name: Part, title: string, work: () => Promise<T>): Promise<T | undefined> {
  if (!options.parts.includes(name)) return undefined;
  const start = performance.now();
  log(`${title}…`);
  try {
    const value = await work();
    log(`${title}: done in ${Math.round((performance.now() - start) / 1000)} s`);
    return value;
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join(' ') : String(error);
    log(`${title}: FAILED: ${message}`);
    results.failures.push({ part: title, message });
    return undefined;
  }
}

try {
  results.loads = await part('loads', 'Load to usable and long tasks', () => measureLoads(browser, servers, pages, options.runs, log));
  results.flows = await part('flows', 'Gateway requests per payment', () => measureFlows(browser, servers, pages));
  results.bytes = await part('bytes', 'Bytes on the wire', () => measureBytes(browser, servers, pages));
  results.kiosk = await part('kiosk', 'Kiosk heap over idle cycles', () => measureKiosk(browser, servers, options.cycles, log));
  results.search = await part('search', 'Service search', () => measureSearch(options.smoke));
  results.mainThread = await part('profile', 'Main thread by source', () => measureMainThread(browser, servers, pages, options.smoke ? 1 : PROFILED_LOADS));
} finally {
  await browser.close().catch(() => {});
  await servers.close();
}

results.meta.durationMs = performance.now() - started;
const report = renderReport(results);
process.stdout.write(report);
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench', 'results.json'), `${JSON.stringify({ ...results, report }, null, 2)}\n`);
log(
  `\nbench: ${results.failures.length ? `${results.failures.length} part(s) FAILED: ${results.failures.map((f) => f.part).join(', ')}` : 'every part ran'}; JSON in .bench/results.json`,
);
process.exit(results.failures.length ? 1 : 0);
