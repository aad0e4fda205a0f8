// Angular's libraries are published partially compiled (`ɵɵngDeclare…` calls): at run time those
// would need the JIT compiler ("JIT compiler unavailable"), so the bundler links them first, as
// Angular's own build does, with the linker from @angular/compiler-cli (a Babel plugin). An esbuild
// plugin: each Angular module that has declarations is linked as it is loaded.
import { transformAsync } from '@babel/core';
import linkerPlugin from '@angular/compiler-cli/linker/babel';
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

export const angularLinker: Plugin = {
  name: 'angular-linker',
  setup(build) {
    build.onLoad({ filter: /[\\/]@angular[\\/].*\.mjs$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('ɵɵngDeclare')) return { contents: source, loader: 'js' };
      const linked = await transformAsync(source, {
        filename: path,
        babelrc: false,
        configFile: false,
        compact: false,
        sourceMaps: false,
        plugins: [[linkerPlugin, { linkerJitMode: false }]],
      });
      return { contents: linked?.code ?? source, loader: 'js' };
    });
  },
};
