// An esbuild plugin for Vue single-file components, with the compiler the `vue` package ships
// (vue/compiler-sfc): <script setup> and the template become one module with a render function,
// ahead of time, so the page runs without Vue's template compiler (and without `eval`). Only what
// this example uses: a TypeScript <script setup> and a template; a <style> block is refused.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Plugin } from 'esbuild';
import { compileScript, parse } from 'vue/compiler-sfc';

/** The elements are custom elements, not Vue components (Vue sets their properties and listens to their events). */
const isCustomElement = (tag: string) => tag.startsWith('dubai-pay');

export const vueSfc: Plugin = {
  name: 'vue-sfc',
  setup(build) {
    build.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const { descriptor, errors } = parse(await readFile(path, 'utf8'), { filename: path });
      if (errors.length > 0) return { errors: errors.map((e) => ({ text: String(e) })) };
      if (descriptor.styles.length > 0) return { errors: [{ text: `${basename(path)}: <style> blocks are not compiled here` }] };
      const script = compileScript(descriptor, {
        id: basename(path),
        inlineTemplate: true,
        isProd: true,
        templateOptions: { compilerOptions: { isCustomElement } },
      });
      return { contents: script.content, loader: script.lang === 'ts' ? 'ts' : 'js', resolveDir: import.meta.dirname };
    });
  },
};
