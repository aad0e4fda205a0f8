// Bundles a framework example (examples/react, examples/vue, examples/angular) with esbuild, as an
// agency's build would: one minified ES module per page in examples/<name>/dist, from the packages'
// sources. Angular's app is first compiled ahead of time by ngc (examples/angular/compile.ts), Vue's
// single-file component by vue/compiler-sfc (examples/vue/sfc-plugin.ts).
// `node examples/bundle.ts` builds them all and prints each bundle's size, raw and gzipped.
import { build, type BuildOptions } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileAngular } from './angular/compile.ts';
import { angularLinker } from './angular/linker.ts';
import { vueSfc } from './vue/sfc-plugin.ts';

const EXAMPLES = resolve(import.meta.dirname);

export interface Bundle {
  file: string;
  bytes: number;
  gzip: number;
}

interface Target {
  example: string;
  out: string;
  options?: BuildOptions;
  /** Compiles the example first and gives the file to bundle (default: examples/<name>/app.ts). */
  compile?: () => Promise<string>;
}

export const TARGETS: Target[] = [
  { example: 'react', out: 'app.js' },
  // The same page under React 18 (react-18 and react-dom-18 are npm aliases of react@18, react-dom@18).
  { example: 'react', out: 'app-react18.js', options: { alias: { react: 'react-18', 'react-dom': 'react-dom-18' } } },
  {
    example: 'vue',
    out: 'app.js',
    // App.vue compiled ahead of time (vue/sfc-plugin.ts).
    options: { plugins: [vueSfc], define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' } },
  },
  // Angular's production flags, as its own build sets them: development checks and JIT support dropped.
  {
    example: 'angular',
    out: 'app.js',
    compile: compileAngular,
    options: { plugins: [angularLinker], define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false', ngServerMode: 'false', ngHmrMode: 'false' } },
  },
];

export async function bundle(target: Target): Promise<Bundle> {
  const outfile = join(EXAMPLES, target.example, 'dist', target.out);
  const entry = target.compile ? await target.compile() : join(EXAMPLES, target.example, 'app.ts');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    conditions: ['@dubai-pay/source'],
    define: { 'process.env.NODE_ENV': '"production"', ...target.options?.define },
    legalComments: 'none',
    logLevel: 'warning',
    ...(target.options?.alias ? { alias: target.options.alias } : {}),
    ...(target.options?.plugins ? { plugins: target.options.plugins } : {}),
  });
  const body = readFileSync(outfile);
  return { file: `examples/${target.example}/dist/${target.out}`, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

export const bundleAll = () => Promise.all(TARGETS.map(bundle));

if (import.meta.main) {
  for (const { file, bytes, gzip } of await bundleAll()) console.log(`${file.padEnd(38)} ${(bytes / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
}
