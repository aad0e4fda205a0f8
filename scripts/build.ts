// `pnpm build [--browser] [part…]`: builds the parts named (default all) and what they depend on:
//   contract   packages/contract/dist: ESM and .d.ts
//   core       packages/core/dist, and the browser bundle dubai-pay-core.js
//   elements   packages/elements/dist, the browser bundles dubai-pay.js and dubai-pay-kiosk.js, custom-elements.json
//   frame      the hosted fields and 3-D Secure container the gateway serves (dist/browser/frame)
//   react      packages/react/dist (its own rollup config): ESM and .d.ts
//   sandbox    packages/sandbox/dist: ESM, .d.ts, the bin cli.js, and the frame files it serves
//   loader     packages/loader/dist (and dist/browser/dubai-pay-loader.js): pins the SRI hashes core and elements released
// Browser bundles are written to dist/browser (the demo, the sandbox and `pnpm size` read them
// there) and copied, with their sri.json, into the package that publishes them (dist/browser).
// Every package's `prepack` runs this for itself, so a tarball always holds a fresh build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { chunkFilesOf } from './bundle-chunks.ts';

const ROOT = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

interface Part {
  needs: string[];
  /** Type declarations by tsc (TypeScript 7 emits them; esbuild does the JavaScript). */
  declarations: boolean;
  /** Browser bundles this package publishes for CDNs. */
  browserFiles: string[];
  /** A rollup config of the package's own, instead of a part of rollup.config.mjs. */
  config?: string;
}

const PARTS: Record<string, Part> = {
  contract: { needs: [], declarations: true, browserFiles: [] },
  core: { needs: ['contract'], declarations: true, browserFiles: ['dubai-pay-core.js'] },
  elements: { needs: ['core'], declarations: true, browserFiles: ['dubai-pay.js', 'dubai-pay-kiosk.js'] },
  frame: { needs: [], declarations: false, browserFiles: [] },
  react: { needs: ['elements'], declarations: true, browserFiles: [], config: 'packages/react/rollup.config.mjs' },
  // The gateway serves the hosted fields and the checkout bundle (hand-off page): built before it, shipped in it.
  sandbox: { needs: ['contract', 'elements', 'frame'], declarations: true, browserFiles: [] },
  // Built after core and elements have released their bundles: it carries their sri.json hashes.
  loader: { needs: ['core', 'elements'], declarations: true, browserFiles: ['dubai-pay-loader.js'], config: 'packages/loader/rollup.config.mjs' },
};

function withNeeds(names: string[], into: string[] = []): string[] {
  for (const name of names) {
    const part = PARTS[name];
    if (!part) throw new Error(`build: no part "${name}" (${Object.keys(PARTS).join(', ')})`);
    withNeeds(part.needs, into);
    if (!into.includes(name)) into.push(name);
  }
  return into;
}

const run = (command: string, args: string[], env: Record<string, string> = {}, cwd = ROOT) =>
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });

/** tsc keeps `.ts` in the relative imports of the declarations it emits; published ones must name `.js`. */
function fixDeclarations(pkg: string): void {
  const dist = join(ROOT, 'packages', pkg, 'dist');
  for (const entry of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.d.ts')) continue;
    const file = join(dist, entry);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(from\s+'\.{1,2}\/[^']*)\.ts'/g, "$1.js'"));
  }
}

const integrity = (file: string) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/** Copies a package's browser bundles (and maps) into it, with the SRI hash of each in sri.json. */
function releaseBrowserFiles(pkg: string, files: string[]): void {
  const target = join(ROOT, 'packages', pkg, 'dist', 'browser');
  mkdirSync(target, { recursive: true });
  const hashes: Record<string, string> = {};
  const source = join(ROOT, 'dist', 'browser');
  for (const file of files) {
    // The bundle, and the chunks it loads when needed (pinned inside it by their own SRI hashes).
    const chunks = chunkFilesOf(join(source, file)).map((chunk) => relative(source, chunk));
    for (const name of [file, ...chunks].flatMap((name) => [name, `${name}.map`])) {
      mkdirSync(dirname(join(target, name)), { recursive: true });
      copyFileSync(join(source, name), join(target, name));
    }
    hashes[file] = integrity(join(target, file));
    console.log(`${file}  integrity="${hashes[file]}"`);
  }
  writeFileSync(join(target, 'sri.json'), `${JSON.stringify(hashes, null, 2)}\n`);
}

/** What the sandbox gateway serves from dist/browser (frame/, dubai-pay.js, chunks/), copied into its package: server.ts reads them there once installed. */
function releaseSandboxFiles(): void {
  const target = join(ROOT, 'packages', 'sandbox', 'dist', 'browser');
  const source = join(ROOT, 'dist', 'browser');
  // The hand-off page's bundle takes its chunks with it: only the ones it loads (a build leaves older ones).
  const chunks = existsSync(join(source, 'dubai-pay.js')) ? chunkFilesOf(join(source, 'dubai-pay.js')).map((chunk) => relative(source, chunk)) : [];
  for (const name of ['frame', 'dubai-pay.js', 'dubai-pay.js.map', ...chunks.flatMap((chunk) => [chunk, `${chunk}.map`])]) {
    const from = join(source, name);
    if (!existsSync(from)) continue;
    mkdirSync(dirname(join(target, name)), { recursive: true });
    cpSync(from, join(target, name), { recursive: true });
  }
}

/** dist/browser/sri.json: every agency-facing bundle built so far (README: "Loading from a CDN"). */
function writeRootSri(): void {
  const files = Object.values(PARTS)
    .flatMap((p) => p.browserFiles)
    .filter((f) => existsSync(join(ROOT, 'dist', 'browser', f)));
  const hashes = Object.fromEntries(files.map((f) => [f, integrity(join(ROOT, 'dist', 'browser', f))]));
  // A fresh checkout building `contract` alone has no dist/browser yet.
  mkdirSync(join(ROOT, 'dist', 'browser'), { recursive: true });
  writeFileSync(join(ROOT, 'dist', 'browser', 'sri.json'), `${JSON.stringify(hashes, null, 2)}\n`);
}

// `--browser`: the browser bundles only, released into their packages with their pins (what
// `pnpm demo` serves, the loader's pins included): no declarations, no manifest.
const browserOnly = process.argv.includes('--browser');
const requested = process.argv.slice(2).filter((arg) => arg !== '--browser');
const parts = withNeeds(requested.length ? requested : Object.keys(PARTS));
if (!browserOnly) for (const pkg of parts) if (PARTS[pkg]!.declarations) rmSync(join(ROOT, 'packages', pkg, 'dist'), { recursive: true, force: true });
const shared = parts.filter((pkg) => !PARTS[pkg]!.config);
if (shared.length) run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent'], { DUBAI_PAY_BUILD: shared.join(',') });
for (const pkg of parts) {
  const part = PARTS[pkg]!;
  // A package's own config runs in order, once what it needs is released (the loader reads their sri.json).
  if (part.config) run(bin('rollup'), ['-c', part.config, '--silent']);
  if (part.declarations && !browserOnly) {
    run(bin('tsc'), ['-p', `packages/${pkg}/tsconfig.build.json`]);
    fixDeclarations(pkg);
  }
  if (pkg === 'elements' && !browserOnly)
    run(bin('custom-elements-manifest'), ['analyze', '--config', 'custom-elements-manifest.config.mjs'], {}, join(ROOT, 'packages', 'elements'));
  if (part.browserFiles.length) releaseBrowserFiles(pkg, part.browserFiles);
  if (pkg === 'sandbox') releaseSandboxFiles();
}
writeRootSri();
