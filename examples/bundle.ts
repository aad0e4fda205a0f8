// Bundles a framework example (examples/react, examples/vue) with esbuild, as an agency's build
// would: one minified ES module per page in examples/<name>/dist, from the packages' sources.
// `node examples/bundle.ts` builds them all and prints each bundle's size, raw and gzipped.
import { build, type BuildOptions } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

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
}

export const TARGETS: Target[] = [
  { example: 'react', out: 'app.js' },
  // The same page under React 18 (react-18 and react-dom-18 are npm aliases of react@18, react-dom@18).
  { example: 'react', out: 'app-react18.js', options: { alias: { react: 'react-18', 'react-dom': 'react-dom-18' } } },
  {
    example: 'vue',
    out: 'app.js',
    options: { define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' } },
  },
];

export async function bundle(target: Target): Promise<Bundle> {
  const outfile = join(EXAMPLES, target.example, 'dist', target.out);
  await build({
    entryPoints: [join(EXAMPLES, target.example, 'app.ts')],
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
  });
  const body = readFileSync(outfile);
  return { file: `examples/${target.example}/dist/${target.out}`, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

export const bundleAll = () => Promise.all(TARGETS.map(bundle));

if (import.meta.main) {
  for (const { file, bytes, gzip } of await bundleAll()) console.log(`${file.padEnd(38)} ${(bytes / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
}
