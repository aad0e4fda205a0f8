// tsc keeps the `.ts` extensions of relative imports in the declarations it emits (it rewrites
// them only in JavaScript); published .d.ts files must point at the .d.ts/.js siblings.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

for (const pkg of ['contract', 'core', 'elements']) {
  const dist = join('packages', pkg, 'dist');
  for (const entry of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.d.ts')) continue;
    const file = join(dist, entry);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/(from\s+'\.{1,2}\/[^']*)\.ts'/g, "$1.js'"));
  }
}
