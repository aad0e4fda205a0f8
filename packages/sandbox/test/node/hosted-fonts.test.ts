import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { HOSTED_FONT_FAMILIES, hostedFontStylesheet } from '@dubai-pay/contract';
import type { FrameAssets } from '@dubai-pay/sandbox';
import { startSandboxServer } from '@dubai-pay/sandbox/server';
import { framePagePath } from './frame-page.ts';

// The hosted font families (issue 17: "fonts from a gateway allowlist"): their files are served
// by the gateway from its own origin for its frame, and nothing else is read, whatever is asked.
const PAGE = 'http://localhost:4999';
const assets: FrameAssets = { read: async (name) => (name === 'fields.html' ? '<!doctype html><html><head></head><body><form></form></body></html>' : undefined) };
const server = await startSandboxServer({ allowedOrigins: [PAGE], frameAssets: assets });
after(() => server.close());

const get = (path: string) => fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'identity' } });

describe('sandbox: hosted fonts', () => {
  it('serves each hosted family’s @font-face rules, Arabic and Latin at 400 and 700, pointing at WOFF2 files on the gateway that are served', async () => {
    for (const family of HOSTED_FONT_FAMILIES) {
      const path = hostedFontStylesheet(family);
      assert.ok(path, family);
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), 'text/css; charset=utf-8');
      assert.equal(response.headers.get('cross-origin-resource-policy'), 'same-origin');
      const css = await response.text();
      const rules = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
      assert.equal(rules.length, 4, `${family}: arabic and latin × 400 and 700`);
      const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);
      assert.equal(urls.length, 4);
      for (const rule of rules) assert.match(rule, new RegExp(`font-family: '${family}'`, 'i'));
      for (const url of urls) {
        assert.match(url, /^\/frame\/fonts\/files\/[a-z-]+-(arabic|latin)-(400|700)-normal\.woff2$/);
        const file = await get(url);
        assert.equal(file.status, 200, url);
        assert.equal(file.headers.get('content-type'), 'font/woff2');
        assert.match(file.headers.get('cache-control') ?? '', /immutable/);
        assert.equal(new TextDecoder().decode(new Uint8Array(await file.arrayBuffer()).slice(0, 4)), 'wOF2', `${url} is a WOFF2 file`);
      }
    }
  });

  it('reads no other file, whatever the path asks for', async () => {
    const refused = [
      '/frame/fonts/roboto.css', // a family on the names-only list, not hosted
      '/frame/fonts/dubai.css',
      '/frame/fonts/..%2F..%2Fpackage.json.css',
      '/frame/fonts/files/cairo-latin-ext-400-normal.woff2', // a subset not served
      '/frame/fonts/files/cairo-arabic-900-normal.woff2', // a weight not served
      '/frame/fonts/files/cairo-arabic-400-normal.woff', // WOFF 1
      '/frame/fonts/files/..%2F..%2F..%2Fpackage.json',
      '/frame/fonts/files/%2E%2E%2Fcairo-arabic-400-normal.woff2',
      '/frame/fonts/files/roboto-arabic-400-normal.woff2',
      '/frame/fonts/files/cairo-arabic-400-normal.woff2%00.css',
    ];
    for (const path of refused) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(await response.text(), /wOF2|"name"|@font-face/, path);
    }
    assert.equal(hostedFontStylesheet('Roboto'), undefined);
    assert.equal(hostedFontStylesheet('IBM Plex Sans Arabic'), '/frame/fonts/ibm-plex-sans-arabic.css');
  });

  it('lets the frame load fonts from its own origin only (font-src self)', async () => {
    const page = await get(await framePagePath(server, PAGE));
    assert.equal(page.status, 200);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /font-src 'self'(;|$)/);
  });
});
