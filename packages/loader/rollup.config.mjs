// @dubai-pay/loader's build, run by scripts/build.ts from the repository root once core and
// elements have released their browser bundles: the library (ESM) in packages/loader/dist, and the
// same minified in dist/browser/dubai-pay-loader.js (what `pnpm size` measures). Both carry this
// version's pins: each bundle's sha384 as released (packages/*/dist/browser/sri.json, checked
// against the file itself), never written by hand.
import terser from '@rollup/plugin-terser';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { BUNDLES } from './src/bundles.ts';

const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

function pins() {
  const { version } = json('packages/loader/package.json');
  const integrity = {};
  for (const [bundle, [pkg, file]] of Object.entries(BUNDLES)) {
    const dir = `packages/${pkg}/dist/browser`;
    if (!existsSync(`${dir}/sri.json`)) throw new Error(`loader: ${dir}/sri.json is missing: build ${pkg} first (node scripts/build.ts loader does).`);
    const shipped = json(`packages/${pkg}/package.json`).version;
    if (shipped !== version) throw new Error(`loader: @dubai-pay/${pkg} is ${shipped}, the loader ${version}: they are released together.`);
    const pinned = json(`${dir}/sri.json`)[file];
    const actual = `sha384-${createHash('sha384')
      .update(readFileSync(`${dir}/${file}`))
      .digest('base64')}`;
    if (pinned !== actual) throw new Error(`loader: ${dir}/sri.json says ${pinned} for ${file}, the file is ${actual}.`);
    integrity[bundle] = pinned;
  }
  return { version, integrity };
}

const define = { __DUBAI_PAY_LOADER_PINS__: JSON.stringify(pins()) };

export default [
  {
    input: 'packages/loader/src/index.ts',
    output: { dir: 'packages/loader/dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'packages/loader/src' },
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', legalComments: 'none', define })],
  },
  {
    input: 'packages/loader/src/index.ts',
    output: { file: 'dist/browser/dubai-pay-loader.js', format: 'es', sourcemap: true },
    plugins: [
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', legalComments: 'none', define }),
      terser({ module: true, ecma: 2022, compress: { passes: 3 }, mangle: { toplevel: true }, format: { comments: /webpackIgnore|@vite-ignore/ } }),
    ],
  },
];
