// The chunks a browser bundle may load (its first line, written by rollup.config.mjs's
// `chunkIntegrity`): for `pnpm build` to ship them beside the bundle and `pnpm size` to count them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface BundleChunk {
  /** What `loadChunk` asks for, e.g. `three-ds-flow`. */
  name: string;
  /** The chunk's file and the chunks it imports: paths relative to the bundle, with their SRI hashes. */
  files: [file: string, integrity: string][];
}

const DECLARATION = /^const __DUBAI_PAY_CHUNKS__=(.*);$/m;

export function chunksOf(bundle: string): BundleChunk[] {
  const firstLine = readFileSync(bundle, 'utf8').split('\n', 1)[0] ?? '';
  const found = DECLARATION.exec(firstLine);
  if (!found) return [];
  const chunks = JSON.parse(found[1]!) as Record<string, [string, string][]>;
  return Object.entries(chunks).map(([name, files]) => ({ name, files }));
}

/** Every file a bundle may load, as paths beside it (each once). */
export function chunkFilesOf(bundle: string): string[] {
  return [...new Set(chunksOf(bundle).flatMap((chunk) => chunk.files.map(([file]) => join(dirname(bundle), file))))];
}
