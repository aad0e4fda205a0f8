// `pnpm size --by-source`: what each source (a package of ours by folder, a dependency by name)
// adds to a built browser bundle, read from the bundle's source map: the minified bytes each
// source's code became, and those bytes gzipped on their own (each source alone compresses less
// well than the whole file, so a column's sum is above the file's gzip size: compare rows, not sums).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

export interface SourceShare {
  source: string;
  raw: number;
  gzip: number;
}

/** `…/node_modules/.pnpm/zod@4/node_modules/zod/v4/core/x.js` → `zod`; `…/packages/core/src/http/x.ts` → `core/src/http`. */
export function sourceGroup(source: string): string {
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (dependency) return dependency[1]!;
  const own = /packages\/([^/]+\/src(?:\/[^/]+(?=\/))?)/.exec(source);
  return own ? own[1]! : source;
}

export function sharesBySource(file: string): SourceShare[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const mappings: { line: number; column: number; source: string | null }[] = [];
  map.eachMapping((m) => mappings.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source }));
  mappings.sort((a, b) => a.line - b.line || a.column - b.column);
  const code = new Map<string, string[]>();
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const text = lines[m.line - 1] ?? '';
    const piece = text.slice(m.column, next?.line === m.line ? next.column : text.length);
    const key = sourceGroup(m.source ?? '(generated)');
    code.set(key, [...(code.get(key) ?? []), piece]);
  });
  return [...code].map(([source, pieces]) => ({ source, raw: pieces.join('').length, gzip: gzipSync(pieces.join(''), { level: 9 }).length })).sort((a, b) => b.raw - a.raw);
}
