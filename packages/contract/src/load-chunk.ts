/**
 * Code that only some payments need (3-D Secure, the second language) is split out of the browser
 * bundles and loaded when needed. An agency pins the bundle with SRI (`integrity=`), and a chunk
 * loaded by `import()` would escape that pin: so before importing, each chunk (and the chunks it
 * imports) is preloaded with `<link rel="modulepreload" integrity=…>` and imported only once the
 * browser has checked it. A chunk that fails its check is never run: the browser keeps the failed
 * fetch in its module map, and the `import()` of that URL fails too.
 *
 * The release build (rollup.config.mjs, `chunkIntegrity`) declares `__DUBAI_PAY_CHUNKS__` at the top
 * of each browser bundle: chunk name → its files (relative to the bundle) with their SRI hashes.
 * Everywhere else (the packages' own ESM, which the agency's bundler splits, and tests) it is not
 * declared and `import()` runs as written.
 */
declare const __DUBAI_PAY_CHUNKS__: Record<string, readonly (readonly [file: string, integrity: string])[]> | undefined;

/** The bundle's chunks, when this code runs from a release browser bundle. */
function chunkFiles(): Record<string, readonly (readonly [string, string])[]> | undefined {
  return typeof __DUBAI_PAY_CHUNKS__ === 'undefined' ? undefined : __DUBAI_PAY_CHUNKS__;
}

const loading = new Map<string, Promise<unknown>>();

/**
 * Imports the chunk named `name` (the file name of the module `load` imports, without its
 * extension), checked against the bundle's SRI hashes when there are some. Loads once per page.
 */
export function loadChunk<T>(name: string, load: () => Promise<T>): Promise<T> {
  let pending = loading.get(name) as Promise<T> | undefined;
  if (!pending) {
    pending = preloadChecked(name).then(load);
    loading.set(name, pending);
    // A failed load (offline, a bad hash) may be tried again later.
    pending.catch(() => loading.delete(name));
  }
  return pending;
}

async function preloadChecked(name: string): Promise<void> {
  const chunks = chunkFiles();
  if (!chunks) return;
  const files = chunks[name];
  // Fail closed: a bundle that lists chunks but not this one was built wrong; never import unchecked.
  if (!files) throw new Error(`dubai-pay: no integrity for the chunk "${name}".`);
  await Promise.all(files.map(([file, integrity]) => modulePreload(new URL(file, import.meta.url).href, integrity)));
}

const preloaded = new Map<string, Promise<void>>();

function modulePreload(href: string, integrity: string): Promise<void> {
  let done = preloaded.get(href);
  if (done) return done;
  done = new Promise<void>((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    link.integrity = integrity;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`dubai-pay: ${href} could not be loaded or failed its integrity check.`)), { once: true });
    document.head.append(link);
  });
  preloaded.set(href, done);
  done.catch(() => preloaded.delete(href));
  return done;
}
