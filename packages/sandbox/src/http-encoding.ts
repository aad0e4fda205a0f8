import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * What every answer of the sandbox and the demo goes through on its way out: a validator
 * (`ETag`) on whatever may be kept, `304 Not Modified` when the browser already has it, and
 * brotli or gzip for text the browser can decode. A repeat visit then costs headers, not bodies.
 */
export interface Outgoing {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Text worth compressing; images and archives are compressed already. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|problem\+json)|image\/svg\+xml)/;
/** Below this, compression saves less than its header costs. */
const MIN_COMPRESS_BYTES = 1024;
/** Compressed bodies of answers that carry an ETag, kept because the same files are asked for again and again. */
const compressedCache = new Map<string, Buffer>();
const CACHE_LIMIT = 200;

export function etagOf(body: Buffer | string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/** The encoding to send, from the request's `Accept-Encoding` (brotli preferred; `q=0` refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Map(
    (acceptEncoding ?? '').split(',').map((part) => {
      const [name = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return [name, q === undefined ? 1 : Number(q)] as const;
    }),
  );
  const allowed = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allowed('br')) return 'br';
  if (allowed('gzip')) return 'gzip';
  return undefined;
}

function compress(body: Buffer, encoding: 'br' | 'gzip', kept: boolean): Buffer {
  // Files that are kept (and compressed once) get the best ratio; answers made per request, a fast one.
  if (encoding === 'gzip') return gzipSync(body, { level: kept ? 9 : 6 });
  return brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: kept ? 11 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}

function appendVary(headers: Record<string, string>, name: string): void {
  const existing = headers.vary;
  if (!existing) headers.vary = name;
  else if (
    !existing
      .toLowerCase()
      .split(/\s*,\s*/)
      .includes(name.toLowerCase())
  )
    headers.vary = `${existing}, ${name}`;
}

/**
 * The answer as it goes on the wire for this request. Headers are lower-case. An answer that may
 * be stored (anything but `no-store`) gets an `ETag` if it has none, and a `304` when the
 * request's `If-None-Match` already names it.
 */
export function encodeForWire(answer: Outgoing, request: { method: string; acceptEncoding?: string | undefined; ifNoneMatch?: string | undefined }): Outgoing {
  const headers = { ...answer.headers };
  const storable = answer.status === 200 && !/\bno-store\b/.test(headers['cache-control'] ?? '');
  if (storable) {
    headers.etag ??= etagOf(answer.body);
    const seen = (request.ifNoneMatch ?? '').split(/\s*,\s*/).map((tag) => tag.replace(/^W\//, ''));
    if (seen.includes(headers.etag) || seen.includes('*')) {
      const kept: Record<string, string> = {};
      for (const name of ['etag', 'cache-control', 'vary', 'access-control-allow-origin', 'access-control-expose-headers', 'cross-origin-resource-policy']) {
        if (headers[name] !== undefined) kept[name] = headers[name];
      }
      if (COMPRESSIBLE.test(headers['content-type'] ?? '')) appendVary(kept, 'accept-encoding');
      return { status: 304, headers: kept, body: Buffer.alloc(0) };
    }
  }
  const type = headers['content-type'] ?? '';
  if (!COMPRESSIBLE.test(type) || headers['content-encoding']) return { ...answer, headers };
  appendVary(headers, 'accept-encoding');
  const encoding = request.method === 'HEAD' || answer.body.length < MIN_COMPRESS_BYTES ? undefined : chooseEncoding(request.acceptEncoding);
  if (!encoding) return { ...answer, headers };
  const cacheKey = storable ? `${headers.etag} ${encoding}` : undefined;
  let body = cacheKey ? compressedCache.get(cacheKey) : undefined;
  if (!body) {
    body = compress(answer.body, encoding, storable);
    if (cacheKey) {
      if (compressedCache.size >= CACHE_LIMIT) compressedCache.delete(compressedCache.keys().next().value as string);
      compressedCache.set(cacheKey, body);
    }
  }
  headers['content-encoding'] = encoding;
  return { status: answer.status, headers, body };
}
