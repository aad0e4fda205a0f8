import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FrameAssets } from '@dubai-pay/sandbox';
import { startSandboxServer } from '@dubai-pay/sandbox/server';
import { framePagePath } from './frame-page.ts';
import { chooseEncoding, encodeForWire } from '../../src/http-encoding.ts';

// What goes on the wire: compressed text, validators, 304s, and the frame's script and styles
// named by their hash so that a repeat visit never asks for them again.
const PAGE = 'http://localhost:4999';
const script = `/* the hosted fields */\n${'export const field = "card number";\n'.repeat(200)}`;
const assets: FrameAssets = {
  read: async (name) =>
    name === 'fields.html'
      ? '<!doctype html><html><head><link rel="stylesheet" href="/frame/fields.css"><script type="module" src="/frame/fields.js"></script></head><body><form class="dp-form"></form></body></html>'
      : name === 'fields.js'
        ? script
        : name === 'chunks/three-ds-flow-AbC123.js'
          ? 'export const chunk = 1;'
          : name.startsWith('chunks/')
            ? undefined
            : `/* ${name} */`,
};
const server = await startSandboxServer({ allowedOrigins: [PAGE], frameAssets: assets });
after(() => server.close());

const raw = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'identity', ...headers } });

describe('sandbox: on the wire', () => {
  it('names the frame’s script and styles by their content hash; by that name they are immutable', async () => {
    const page = await raw(await framePagePath(server, PAGE));
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('cache-control'), 'no-store', 'the page itself carries a proof: never kept');
    const html = await page.text();
    const src = /src="(\/frame\/fields\.js\?v=[\w-]+)"/.exec(html)?.[1];
    const href = /href="(\/frame\/fields\.css\?v=[\w-]+)"/.exec(html)?.[1];
    assert.ok(src && href, html);
    const versioned = await raw(src);
    assert.equal(versioned.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(await versioned.text(), script);
    const bare = await raw('/frame/fields.js');
    assert.equal(bare.headers.get('cache-control'), 'no-cache', 'the bare name is checked again on each use');
    const stale = await raw('/frame/fields.js?v=notthehash');
    assert.equal(stale.headers.get('cache-control'), 'no-cache', 'an old hash is not promised forever');
  });

  it('serves the hand-off page’s bundle chunks by their hashed names, immutable; nothing but a plain chunk name is read', async () => {
    const chunk = await raw('/pay/chunks/three-ds-flow-AbC123.js');
    assert.equal(chunk.status, 200);
    assert.equal(await chunk.text(), 'export const chunk = 1;');
    assert.equal(chunk.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(chunk.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(chunk.headers.get('x-content-type-options'), 'nosniff');
    for (const path of [
      '/pay/chunks/missing-XyZ.js',
      '/pay/chunks/..%2Fdubai-pay.js',
      '/pay/chunks/..%2F..%2Fpackage.json',
      '/pay/chunks/three-ds-flow-AbC123.js.map',
      '/pay/chunks/x.css',
    ]) {
      const refused = await raw(path);
      assert.equal(refused.status, 404, path);
      await refused.arrayBuffer();
    }
  });

  it('answers a known ETag with a 304 and no body', async () => {
    const first = await raw('/frame/fields.js');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await raw('/frame/fields.js', { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal((await again.arrayBuffer()).byteLength, 0);
    assert.equal(again.headers.get('etag'), etag);
    const changed = await raw('/frame/fields.js', { 'if-none-match': '"something-else"' });
    assert.equal(changed.status, 200);
  });

  it('compresses text with brotli or gzip as the client accepts, and says it varies by that', async () => {
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['gzip;q=1, br;q=0', 'gzip'],
    ] as const) {
      const response = await fetch(`${server.url}/frame/fields.js`, { headers: { 'accept-encoding': accept } });
      assert.equal(response.headers.get('content-encoding'), encoding, accept);
      assert.match(response.headers.get('vary') ?? '', /accept-encoding/i);
      assert.equal(await response.text(), script, 'decoded, the same file');
    }
    const plain = await raw('/frame/fields.js');
    assert.equal(plain.headers.get('content-encoding'), null, 'identity only: sent as is');
  });

  it('never keeps or compresses what must not be: API answers stay no-store, with no validator', async () => {
    const response = await fetch(`${server.apiUrl}/catalog/services/police-good-conduct`, { headers: { authorization: 'Bearer pk_test_demo', origin: PAGE } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('etag'), null);
    const body = (await response.json()) as { id: string; entity: { id: string } };
    assert.equal(body.id, 'police-good-conduct');
    assert.equal(typeof body.entity.id, 'string', 'the service comes with its entity');
  });
});

describe('wire encoding rules', () => {
  const big = Buffer.from('x'.repeat(5000));
  it('chooses brotli, then gzip, honouring q=0 and *', () => {
    assert.equal(chooseEncoding('gzip, deflate, br'), 'br');
    assert.equal(chooseEncoding('gzip'), 'gzip');
    assert.equal(chooseEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(chooseEncoding('*'), 'br');
    assert.equal(chooseEncoding('identity'), undefined);
    assert.equal(chooseEncoding(undefined), undefined);
  });

  it('round-trips what it compresses, and leaves small or binary bodies alone', () => {
    const br = encodeForWire({ status: 200, headers: { 'content-type': 'text/javascript', 'cache-control': 'no-cache' }, body: big }, { method: 'GET', acceptEncoding: 'br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(br.body), big);
    const gz = encodeForWire({ status: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: big }, { method: 'GET', acceptEncoding: 'gzip' });
    assert.deepEqual(gunzipSync(gz.body), big);
    assert.equal(gz.headers.etag, undefined, 'no-store: no validator');
    const small = encodeForWire({ status: 200, headers: { 'content-type': 'text/plain' }, body: Buffer.from('ok') }, { method: 'GET', acceptEncoding: 'br' });
    assert.equal(small.headers['content-encoding'], undefined);
    const png = encodeForWire({ status: 200, headers: { 'content-type': 'image/png' }, body: big }, { method: 'GET', acceptEncoding: 'br' });
    assert.equal(png.headers['content-encoding'], undefined);
  });

  it('a 304 only for a 200 that may be kept, and only when the tag matches', () => {
    const answer = { status: 200, headers: { 'content-type': 'text/css', 'cache-control': 'no-cache', etag: '"abc"' }, body: big };
    assert.equal(encodeForWire(answer, { method: 'GET', ifNoneMatch: '"abc"' }).status, 304);
    assert.equal(encodeForWire(answer, { method: 'GET', ifNoneMatch: 'W/"abc", "def"' }).status, 304);
    assert.equal(encodeForWire(answer, { method: 'GET', ifNoneMatch: '"def"' }).status, 200);
    assert.equal(encodeForWire({ ...answer, status: 404 }, { method: 'GET', ifNoneMatch: '"abc"' }).status, 404);
    assert.equal(encodeForWire({ ...answer, headers: { ...answer.headers, 'cache-control': 'no-store' } }, { method: 'GET', ifNoneMatch: '"abc"' }).status, 200);
  });
});
