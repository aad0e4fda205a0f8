import { http, HttpResponse, type RequestHandler } from 'msw';
import type { Sandbox } from './app.ts';
import { DROP_RESPONSE_HEADER } from './faults.ts';

/**
 * msw handlers that answer every request to the sandbox's gateway origin with the sandbox app
 * itself: the browser tests run against the same implementation as the HTTP server.
 */
export function sandboxHandlers(sandbox: Sandbox): RequestHandler[] {
  return [
    http.all(`${sandbox.origins.gateway}/*`, async ({ request }) => {
      const response = await sandbox.fetch(request);
      // An injected dropped response looks to the client like a connection cut after the server did the work.
      return response.headers.has(DROP_RESPONSE_HEADER) ? HttpResponse.error() : response;
    }),
  ];
}
