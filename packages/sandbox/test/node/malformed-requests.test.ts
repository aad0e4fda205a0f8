import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { errorBody } from '@dubai-pay/contract';
import { startSandboxServer, type SandboxServer } from '@dubai-pay/sandbox/server';
import { rawRequest } from '../../src/testing/raw-http.ts';

// No request takes a server down: malformed URLs, request lines, headers and bodies get a typed
// 400 (or 413), and each server still answers afterwards. Sent over a raw socket, as a bot would.
let server: SandboxServer;
before(async () => {
  server = await startSandboxServer({ allowedOrigins: ['http://localhost:4000'] });
});
after(() => server.close());

const request = (line: string, headers: string[] = [], body = '') =>
  [line, 'Host: x', 'Connection: close', ...headers, ...(body ? [`Content-Length: ${Buffer.byteLength(body)}`] : []), '', body].join('\r\n');

function assertTyped(answer: { status: number; body: string }, status: number, code = 'invalid_request'): void {
  assert.equal(answer.status, status, answer.body);
  const parsed = errorBody.safeParse(JSON.parse(answer.body));
  assert.ok(parsed.success, answer.body);
  assert.equal(parsed.data.error.code, code);
  assert.doesNotMatch(answer.body, /at .*\.ts:\d+/, 'no stack trace');
}

const MALFORMED: { name: string; bytes: (path: string) => string; status: number; code?: string }[] = [
  { name: 'a malformed percent escape in the path', bytes: (path) => request(`GET ${path}/%E0%A4%A HTTP/1.1`), status: 400 },
  { name: 'a lone % in the path', bytes: (path) => request(`GET ${path}/% HTTP/1.1`), status: 400 },
  { name: 'a request line that is not HTTP', bytes: () => 'GARBAGE\r\n\r\n', status: 400 },
  { name: 'a header with a control character', bytes: (path) => request(`GET ${path} HTTP/1.1`, ['X-Bad: a\u0001b']), status: 400 },
  { name: 'a header line without a colon', bytes: (path) => request(`GET ${path} HTTP/1.1`, ['NoColonHere']), status: 400 },
  { name: 'an absolute-form target with a bad host', bytes: () => request('GET http://[::1/ HTTP/1.1'), status: 400 },
  { name: 'a body over 1 MiB', bytes: (path) => request(`POST ${path} HTTP/1.1`, ['Content-Type: application/json'], 'x'.repeat(1024 * 1024 + 1)), status: 413 },
];

describe('every sandbox server answers malformed requests with a typed error and stays up', () => {
  const servers = () => [
    { name: 'gateway', origin: server.url, path: '/v1/sessions', alive: '/v1/catalog/entities' },
    { name: 'ACS', origin: server.sandbox.origins.acs, path: '/3ds/challenge', alive: '/3ds/acs.css' },
    { name: 'banks', origin: server.sandbox.origins.bank, path: '/banks/dib/decide', alive: '/banks/bank.css' },
  ];
  for (const index of [0, 1, 2]) {
    for (const malformed of MALFORMED) {
      it(`${['gateway', 'ACS', 'banks'][index]}: ${malformed.name}`, async () => {
        const target = servers()[index]!;
        assertTyped(await rawRequest(target.origin, malformed.bytes(target.path)), malformed.status, malformed.code);
        const alive = await fetch(`${target.origin}${target.alive}`, { headers: { authorization: 'Bearer pk_test_demo', origin: 'http://localhost:4000' } });
        assert.equal(alive.status, 200);
      });
    }
  }

  it('gateway: a malformed escape in a route parameter is a 400, not a 500', async () => {
    const answer = await rawRequest(server.url, request('GET /v1/sessions/ps_%E0%A4%A HTTP/1.1', ['Authorization: Bearer sk_test_demo']));
    assertTyped(answer, 400);
  });

  it('gateway: an absolute-form target is answered for the gateway itself, whatever host it names', async () => {
    const answer = await rawRequest(server.url, request('GET http://evil.example/v1/catalog/entities HTTP/1.1', ['Authorization: Bearer sk_test_demo']));
    assert.equal(answer.status, 200);
  });

  it('gateway: a body that is not JSON is a typed 400', async () => {
    const answer = await rawRequest(
      server.url,
      request('POST /v1/quotes HTTP/1.1', ['Authorization: Bearer sk_test_demo', 'Content-Type: application/json', 'Idempotency-Key: k-malformed-1'], '{"service":'),
    );
    assertTyped(answer, 400, 'malformed_json');
  });

  it('a connection reset in the middle of a body leaves the server up', async () => {
    const { connect } = await import('node:net');
    await new Promise<void>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: Number(new URL(server.url).port) }, () => {
        socket.write('POST /v1/quotes HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"ser');
        setTimeout(() => {
          socket.resetAndDestroy();
          resolve();
        }, 50);
      });
    });
    const alive = await fetch(`${server.apiUrl}/catalog/entities`, { headers: { authorization: 'Bearer sk_test_demo' } });
    assert.equal(alive.status, 200);
  });
});
