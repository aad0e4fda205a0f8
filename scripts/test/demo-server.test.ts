import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rawRequest } from '../../packages/sandbox/src/testing/raw-http.ts';
import { startDemo, type Demo } from '../demo-server.ts';

// The demo's page server answers malformed requests and stays up (a bad escape used to kill the
// whole demo process: pages, gateway, ACS and banks).
let demo: Demo;
before(async () => {
  demo = await startDemo({ pagePort: 0, gatewayPort: 0 });
});
after(() => demo.close());

const request = (line: string, headers: string[] = []) => [line, 'Host: x', 'Connection: close', ...headers, '', ''].join('\r\n');

describe('the demo page server', () => {
  for (const [name, bytes] of [
    ['a malformed percent escape', request('GET /%E0%A4%A HTTP/1.1')],
    ['an escaped NUL byte', request('GET /agency-web/%00 HTTP/1.1')],
    ['a request line that is not HTTP', 'GARBAGE\r\n\r\n'],
    ['a header with a control character', request('GET / HTTP/1.1', ['X-Bad: a\u0001b'])],
  ] as const) {
    it(`answers ${name} with a typed 400 and keeps serving`, async () => {
      const answer = await rawRequest(demo.pageUrl, bytes);
      assert.equal(answer.status, 400);
      assert.equal((JSON.parse(answer.body) as { error: { code: string } }).error.code, 'invalid_request');
      assert.equal((await fetch(new URL('/agency-web/', demo.pageUrl))).status, 200);
      assert.equal((await fetch(`${demo.gateway.apiUrl}/catalog/entities`, { headers: { authorization: 'Bearer sk_test_demo' } })).status, 200);
    });
  }

  it('does not serve files outside the examples and the built bundles', async () => {
    const answer = await rawRequest(demo.pageUrl, request('GET /../package.json HTTP/1.1'));
    assert.notEqual(answer.status, 200);
    const encoded = await rawRequest(demo.pageUrl, request('GET /%2e%2e/package.json HTTP/1.1'));
    assert.notEqual(encoded.status, 200);
  });
});
