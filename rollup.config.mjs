// Builds, with esbuild for TypeScript (TypeScript 7 has no JS API for rollup's own plugin):
// - each published package's library build (ESM, dependencies left external) in packages/*/dist;
// - the self-contained, minified browser bundles for CDNs, the demo and `pnpm size` in dist/browser.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, relative } from 'node:path';

const resolve = () => nodeResolve({ exportConditions: ['@dubai-pay/source', 'browser', 'import', 'default'], extensions: ['.ts', '.mjs', '.js'] });
const typescript = (minify) => esbuild({ target: 'es2022', minify, tsconfig: 'tsconfig.json', legalComments: 'none' });

const library = (pkg, external) => ({
  input: `packages/${pkg}/src/index.ts`,
  output: { dir: `packages/${pkg}/dist`, format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: `packages/${pkg}/src` },
  external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
  plugins: [resolve(), typescript(false)],
});

/**
 * One file a page can load with `<script type="module">`, with what only some payments need
 * (`loadChunk`: 3-D Secure, the second language) in chunks beside it, under `chunks/`, each pinned
 * by its SRI hash in the bundle (`chunkIntegrity`). Minified by terser (three passes, top-level
 * names mangled): 4–6% smaller than esbuild's minifier here, which the frame's budget needs.
 */
const browserBundle = (input, file) => ({
  input,
  // Code a chunk shares with the entry stays in the entry (the chunk imports it from there) rather
  // than in a third file a page would need before anything runs.
  preserveEntrySignatures: 'allow-extension',
  output: { dir: 'dist/browser', entryFileNames: file, chunkFileNames: 'chunks/[name]-[hash].js', format: 'es', sourcemap: true },
  plugins: [
    chunkIntegrity(),
    resolve(),
    minifyLitTemplates(),
    typescript(false),
    terser({ module: true, ecma: 2022, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true }, mangle: { toplevel: true }, format: { comments: false } }),
  ],
});

/**
 * Lit templates are shipped as written, indentation included: terser leaves template literals
 * alone. In the component's files, drop the indentation after each newline (HTML and CSS
 * collapse whitespace; the file's JS does not care) and minify the plain-CSS `css` templates
 * with esbuild. Line breaks stay, so line mappings stay right (`map: null`).
 */
function minifyLitTemplates() {
  const files = [
    '/elements/src/dubai-pay.ts',
    '/elements/src/styles.ts',
    '/elements/src/receipt-view.ts',
    '/elements/src/receipt-pending.ts',
    '/elements/src/kiosk/dubai-pay-kiosk.ts',
    '/elements/src/kiosk/kiosk-styles.ts',
  ];
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!files.some((file) => id.endsWith(file))) return null;
      const css = code.replace(/css`([^`$]*)`/g, (_, body) => {
        const lines = body.split('\n').length - 1;
        return `css\`${transformSync(body, { loader: 'css', minify: true }).code.trim()}${'\n'.repeat(lines)}\``;
      });
      return { code: css.replace(/\n[ \t]+/g, '\n'), map: null };
    },
  };
}

/**
 * Declares `__DUBAI_PAY_CHUNKS__` (packages/core/src/load-chunk.ts) at the top of each entry: for
 * each chunk it may load, by the name of the module the chunk is for, the chunk's file and every
 * chunk that one imports (paths relative to the entry), each with its SRI hash (sha384 of the
 * final file). The line is added before the entry's first, so its source map moves down one line.
 */
function chunkIntegrity() {
  const sri = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;
  return {
    name: 'chunk-integrity',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      /** A chunk and the chunks it imports, the entry aside (already loaded, pinned by the page). */
      const closure = (fileName, into = new Set()) => {
        const chunk = byFile.get(fileName);
        if (!chunk || chunk.isEntry || into.has(fileName)) return into;
        into.add(fileName);
        for (const imported of chunk.imports) closure(imported, into);
        return into;
      };
      for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
        const lazy = {};
        for (const fileName of lazyChunksOf(entry)) {
          const chunk = byFile.get(fileName);
          const name = basename(chunk.facadeModuleId ?? chunk.name, extname(chunk.facadeModuleId ?? chunk.name));
          if (lazy[name]) throw new Error(`chunk-integrity: two chunks named "${name}" in ${entry.fileName}`);
          lazy[name] = [...closure(fileName)].map((file) => [relative(dirname(entry.fileName), file), sri(byFile.get(file).code)]);
        }
        if (Object.keys(lazy).length === 0) continue;
        entry.code = `const __DUBAI_PAY_CHUNKS__=${JSON.stringify(lazy)};\n${entry.code}`;
        // The map file is already an asset of the bundle by now: it is what is written, not `entry.map`.
        const mapFile = bundle[`${entry.fileName}.map`];
        if (mapFile?.type === 'asset') {
          const map = JSON.parse(String(mapFile.source));
          map.mappings = `;${map.mappings}`;
          mapFile.source = JSON.stringify(map);
        }
      }
      /** Every chunk an entry's code (or a chunk's it loads) imports with `import()`. */
      function lazyChunksOf(entry, into = new Set()) {
        for (const fileName of entry.dynamicImports) {
          if (into.has(fileName)) continue;
          into.add(fileName);
          const chunk = byFile.get(fileName);
          if (chunk) lazyChunksOf(chunk, into);
        }
        return into;
      }
    },
  };
}

// Core has a second entry, for agency servers only (`@dubai-pay/core/server`).
const coreLibrary = library('core', ['zod', '@dubai-pay/contract']);
coreLibrary.input = ['packages/core/src/index.ts', 'packages/core/src/server/index.ts'];

const elementsLibrary = library('elements', ['lit', 'zod', 'uqr', '@dubai-pay/contract', '@dubai-pay/core']);
elementsLibrary.input = ['packages/elements/src/index.ts', 'packages/elements/src/define.ts', 'packages/elements/src/kiosk/define-kiosk.ts'];

// The sandbox gateway: its library entries (node: built-ins left to Node), and the `dubai-pay-sandbox`
// bin bundled into one file beside them (it finds the built frame files from there: server.ts).
const sandboxExternal = ['zod', 'msw', '@dubai-pay/contract'];
const sandboxLibrary = library('sandbox', sandboxExternal);
sandboxLibrary.input = ['packages/sandbox/src/index.ts', 'packages/sandbox/src/server.ts', 'packages/sandbox/src/msw.ts', 'packages/sandbox/src/testing/index.ts'];
sandboxLibrary.external = (id) => id.startsWith('node:') || sandboxExternal.some((name) => id === name || id.startsWith(`${name}/`));
// The SQLite state file stays a lazy import of the library's own module: node:sqlite only loads when asked for.
const stateFile = (id) => id.endsWith('/sandbox/src/state-file.ts');
const sandboxBin = {
  ...sandboxLibrary,
  input: 'packages/sandbox/src/cli.ts',
  external: (id) => stateFile(id) || sandboxLibrary.external(id),
  output: { file: 'packages/sandbox/dist/cli.js', format: 'es', paths: (id) => (stateFile(id) ? './state-file.js' : id) },
};

/** Emits the hosted fields' page and stylesheet beside its script, minified. */
function framePageAndStyle() {
  return {
    name: 'frame-page-and-style',
    generateBundle() {
      const css = transformSync(readFileSync('packages/frame/src/fields.css', 'utf8'), { loader: 'css', minify: true }).code;
      const html = readFileSync('packages/frame/src/fields.html', 'utf8')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/>\s+</g, '><')
        .trim();
      this.emitFile({ type: 'asset', fileName: 'frame/fields.css', source: css });
      this.emitFile({ type: 'asset', fileName: 'frame/fields.html', source: html });
    },
  };
}

/** Each build with the part of the project it belongs to; `DUBAI_PAY_BUILD=core,elements` picks parts (scripts/build.ts). */
const builds = {
  contract: [library('contract', ['zod'])],
  core: [coreLibrary, browserBundle('packages/core/src/index.ts', 'dubai-pay-core.js')],
  elements: [
    elementsLibrary,
    // What an agency page loads: <dubai-pay> defined, with lit, core and both locales.
    browserBundle('packages/elements/src/define.ts', 'dubai-pay.js'),
    // What a kiosk loads instead: the same <dubai-pay> with kiosk mode.
    browserBundle('packages/elements/src/kiosk/define-kiosk.ts', 'dubai-pay-kiosk.js'),
  ],
  frame: [
    // The hosted fields, served by the gateway from its own origin: script, page and stylesheet.
    { ...browserBundle('packages/frame/src/main.ts', 'frame/fields.js'), plugins: [...browserBundle('', '').plugins, framePageAndStyle()] },
    // The 3-D Secure container the ACS's frames nest in, and the notification page's script.
    browserBundle('packages/frame/src/three-ds/container-main.ts', 'frame/3ds.js'),
    browserBundle('packages/frame/src/three-ds/notify-main.ts', 'frame/3ds-notify.js'),
    // Kiosks only: the keypad inside the hosted fields.
    browserBundle('packages/frame/src/keypad/keypad-main.ts', 'frame/keypad.js'),
  ],
  sandbox: [sandboxLibrary, sandboxBin],
};

const wanted = process.env.DUBAI_PAY_BUILD ? process.env.DUBAI_PAY_BUILD.split(',') : Object.keys(builds);
for (const part of wanted) if (!builds[part]) throw new Error(`DUBAI_PAY_BUILD: no part "${part}" (${Object.keys(builds).join(', ')})`);
export default wanted.flatMap((part) => builds[part]);
