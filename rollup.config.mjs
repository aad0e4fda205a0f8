// Builds, with esbuild for TypeScript (TypeScript 7 has no JS API for rollup's own plugin):
// - each published package's library build (ESM, dependencies left external) in packages/*/dist;
// - the self-contained, minified browser bundles for CDNs, the demo and `pnpm size` in dist/browser.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const resolve = () => nodeResolve({ exportConditions: ['@dubai-pay/source', 'browser', 'import', 'default'], extensions: ['.ts', '.mjs', '.js'] });
const typescript = (minify) => esbuild({ target: 'es2022', minify, tsconfig: 'tsconfig.json', legalComments: 'none' });

const library = (pkg, external) => ({
  input: `packages/${pkg}/src/index.ts`,
  output: { dir: `packages/${pkg}/dist`, format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: `packages/${pkg}/src` },
  external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
  plugins: [resolve(), typescript(false)],
});

/** One file a page can load with `<script type="module">`, everything inlined. */
const browserBundle = (input, file) => ({
  input,
  output: { file: `dist/browser/${file}`, format: 'es', sourcemap: true },
  plugins: [resolve(), typescript(true)],
});

const elementsLibrary = library('elements', ['lit', 'zod', '@dubai-pay/contract', '@dubai-pay/core']);
elementsLibrary.input = ['packages/elements/src/index.ts', 'packages/elements/src/define.ts'];

export default [
  library('contract', ['zod']),
  library('core', ['zod', '@dubai-pay/contract']),
  elementsLibrary,
  browserBundle('packages/core/src/index.ts', 'dubai-pay-core.js'),
  // What an agency page loads: <dubai-pay> defined, with lit, core and both locales.
  browserBundle('packages/elements/src/define.ts', 'dubai-pay.js'),
  // The hosted fields' script, served by the gateway from its own origin.
  browserBundle('packages/frame/src/main.ts', 'dubai-pay-frame.js'),
];
