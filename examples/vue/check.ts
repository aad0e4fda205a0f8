// `node examples/vue/check.ts`: vue-tsc over the example (tsconfig.json), App.vue's template
// included; a type error rejects with vue-tsc's diagnostics. Part of `pnpm typecheck` and CI's
// typecheck:vue.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const HERE = import.meta.dirname;

export function checkVue(project = join(HERE, 'tsconfig.json')): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(join(HERE, 'node_modules', '.bin', 'vue-tsc'), ['-p', project], { cwd: HERE }, (error, stdout, stderr) => {
      if (error) reject(new Error(`vue-tsc failed:\n${stripVTControlCharacters(stdout + stderr)}`));
      else resolve();
    });
  });
}

if (import.meta.main) await checkVue();
