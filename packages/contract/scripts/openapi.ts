// `pnpm openapi`: writes packages/contract/openapi.json from the contract's endpoint table and
// schemas. `--check` exits 1 when the committed document is out of date (a test runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { buildOpenApi } from '../src/openapi.ts';

const file = new URL('../openapi.json', import.meta.url);
const text = `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  const committed = readFileSync(file, 'utf8');
  if (committed !== text) {
    console.error('packages/contract/openapi.json is out of date: run `pnpm openapi`.');
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file.pathname}`);
}
