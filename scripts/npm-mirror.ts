// What a CDN that mirrors npm (jsDelivr's `/npm/`, unpkg) answers, for the workspace's packages:
// `/@dubai-pay/<name>@<version>/<path>` is packages/<name>/<path>, when <version> is the package's
// and the file is one its tarball holds (package.json `files`, with package.json, README.md and
// LICENSE). The demo serves it on a second origin, so that @dubai-pay/loader loads across origins.
import { readFile } from 'node:fs/promises';
import { join, matchesGlob, normalize, sep } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const ALWAYS = ['package.json', 'README.md', 'LICENSE'];

/** The file a mirror path names, or undefined (a package, version or file npm would not have). */
export async function mirroredFile(path: string): Promise<string | undefined> {
  const match = /^\/@dubai-pay\/([a-z]+)@([^/]+)\/(.+)$/.exec(path);
  if (!match) return undefined;
  const [, name, version, rest] = match as unknown as [string, string, string, string];
  const dir = join(ROOT, 'packages', name);
  let manifest: { version?: string; private?: boolean; files?: string[] };
  try {
    manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (manifest.private || manifest.version !== version) return undefined;
  const file = normalize(rest);
  if (file.startsWith('..') || !join(dir, file).startsWith(dir + sep)) return undefined;
  const patterns = manifest.files ?? [];
  const included = (pattern: string) => file === pattern || file.startsWith(`${pattern}/`) || matchesGlob(file, pattern);
  const published = (ALWAYS.includes(file) || patterns.some((p) => !p.startsWith('!') && included(p))) && !patterns.some((p) => p.startsWith('!') && included(p.slice(1)));
  return published ? join(dir, file) : undefined;
}

/**
 * How a CDN answers: readable from any origin (module scripts are CORS requests). A CDN keeps a
 * version's files for good; here they change with every build, so they are revalidated (ETag).
 */
export const MIRROR_HEADERS = {
  'access-control-allow-origin': '*',
  'cross-origin-resource-policy': 'cross-origin',
  'cache-control': 'no-cache',
};
