import type { Agency } from '../agencies.ts';
import { rawRoute, type Route } from '../router.ts';

/** The browser files the gateway serves from its own origin, as rollup built them (`pnpm build`). */
export type BuiltFile = 'fields.html' | 'fields.js' | 'fields.css' | 'keypad.js' | '3ds.js' | '3ds-notify.js' | 'dubai-pay.js' | ChunkFile;
/** A chunk of the agency bundle (`chunks/three-ds-flow-<hash>.js`): loaded by it when needed, pinned by its SRI hash. */
export type ChunkFile = `chunks/${string}.js`;

/** Reads the built files. Read by the HTTP server; absent in msw-only browser tests. */
export interface FrameAssets {
  read(name: BuiltFile): Promise<string | undefined>;
}

const TYPE_OF_EXTENSION = { html: 'text/html', js: 'text/javascript', css: 'text/css' } as const;

export function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/** A year: what `immutable` files are kept for (their URL changes when they do). */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The URL of a built file with its content's hash (`/frame/fields.js?v=…`): pages that name it
 * so let the browser keep it for good and never ask again; a new build is a new URL.
 */
export async function versionedUrl(path: string, name: BuiltFile, assets: FrameAssets | undefined): Promise<string> {
  const body = await assets?.read(name);
  return body === undefined ? path : `${path}?v=${(await contentHash(body)).slice(0, 12)}`;
}

/** SHA-256 of a file, base64url: Web Crypto, since the sandbox also runs in the browser (msw). */
async function contentHash(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
  return btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * A route serving one built file at `path`, for this origin's own pages only (CORP same-origin).
 * Asked for by its versioned URL, it is immutable; by its bare URL, it is checked again on each
 * use (its ETag makes that a 304).
 */
export function builtFileRoute(path: string, name: Exclude<BuiltFile, 'fields.html' | ChunkFile>, assets: FrameAssets | undefined): Route {
  return rawRoute('GET', path, async (request) => {
    const body = await assets?.read(name);
    if (body === undefined) return plain(404, `${name} is not built: run \`pnpm build\`.`);
    const hash = await contentHash(body);
    return builtFile(name, body, hash, new URL(request.url).searchParams.get('v') === hash.slice(0, 12));
  });
}

/**
 * The chunks of the agency bundle served at `path` (ending in `{file}`), beside it: their names
 * carry their content's hash, so they are immutable. Only a chunk's plain file name is read.
 */
export function builtChunkRoute(path: string, assets: FrameAssets | undefined): Route {
  return rawRoute('GET', path, async (_request, params) => {
    const file = params.file ?? '';
    if (!/^[\w-]+\.js$/.test(file)) return plain(404, 'No such chunk.');
    const body = await assets?.read(`chunks/${file}` as ChunkFile);
    if (body === undefined) return plain(404, 'No such chunk.');
    return builtFile(file, body, await contentHash(body), true);
  });
}

function builtFile(name: string, body: string, hash: string, immutable: boolean): Response {
  const type = TYPE_OF_EXTENSION[name.slice(name.lastIndexOf('.') + 1) as keyof typeof TYPE_OF_EXTENSION];
  return new Response(body, {
    headers: {
      'content-type': `${type}; charset=utf-8`,
      'cache-control': immutable ? IMMUTABLE : 'no-cache',
      etag: `"${hash.slice(0, 22)}"`,
      'cross-origin-resource-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
    },
  });
}

/**
 * The agency a gateway frame (hosted fields, 3-D Secure container) may be embedded for: the
 * publishable key's, when the embedding origin is registered for it. Otherwise the 403 to send.
 */
export function embeddingAgency(agencies: readonly Agency[], key: string, origin: string): Agency | Response {
  const agency = agencies.find((a) => a.publishableKey === key);
  if (!agency) return plain(403, 'Unknown publishable key.');
  if (!agency.allowedOrigins.includes(origin)) return plain(403, 'This origin is not registered for the key.');
  return agency;
}
