// Angular's ahead-of-time compiler (ngc, on this example's own TypeScript 6.0) over app.ts: the
// template becomes code (no compiler and no `eval` in the page, which keeps `script-src 'self'`)
// and is type-checked (`strictTemplates`, tsconfig.json). Writes dist/ngc/app.js, which
// ../bundle.ts then bundles with esbuild; a compile error rejects with ngc's diagnostics.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const HERE = import.meta.dirname;

/** Type-checks (and, unless `emit` is false, compiles) the app; resolves to the compiled entry. */
export function compileAngular({ emit = true, project = join(HERE, 'tsconfig.json') } = {}): Promise<string> {
  const args = ['-p', project, ...(emit ? [] : ['--noEmit'])];
  return new Promise((resolve, reject) => {
    execFile(join(HERE, 'node_modules', '.bin', 'ngc'), args, { cwd: HERE }, (error, stdout, stderr) => {
      // ngc colours its diagnostics whatever it is told: plain text in logs.
      if (error) reject(new Error(`ngc failed:\n${stripVTControlCharacters(stdout + stderr)}`));
      else resolve(join(HERE, 'dist', 'ngc', 'app.js'));
    });
  });
}

// `node examples/angular/compile.ts --check`: the type-check alone (templates included).
if (import.meta.main) {
  await compileAngular({ emit: !process.argv.includes('--check') });
}
