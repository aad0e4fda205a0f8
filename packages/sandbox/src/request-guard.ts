import { errorResponse } from './http.ts';
import { GatewayProblem } from './problems.ts';

export type FetchHandler = (request: Request) => Promise<Response>;

/**
 * Whether an error is the request's fault: a malformed percent escape (`URIError`), a URL or header
 * the platform refuses (`TypeError` from `URL`, `Headers`, `Request`), or a body that cannot be read.
 */
export function isMalformedInput(error: unknown): boolean {
  return error instanceof URIError || error instanceof TypeError || error instanceof SyntaxError || isAbortedUpload(error);
}

/** The client went away in the middle of its body (a reset): nobody is left to answer, nothing to log. */
function isAbortedUpload(error: unknown): boolean {
  return error instanceof Error && ((error as NodeJS.ErrnoException).code === 'ECONNRESET' || error.message === 'aborted');
}

/** The typed answer for an error that escaped a handler: 400 for the request's fault, else 500; never a stack trace. */
export function problemResponse(error: unknown, server: string): Response {
  if (error instanceof GatewayProblem) return errorResponse(error);
  if (isMalformedInput(error)) return errorResponse(new GatewayProblem(400, 'invalid_request', 'The request is malformed (its URL, headers or body).'));
  console.error(`[sandbox] ${server}: unexpected error`, error);
  return errorResponse(new GatewayProblem(500, 'server_error', 'The sandbox failed unexpectedly.'));
}

/**
 * Every server of the sandbox (gateway, ACS, banks) answers every request: whatever a handler
 * throws becomes a typed error response, so no request can take a server down or leak a stack.
 */
export function guarded(server: string, handler: FetchHandler): FetchHandler {
  return async (request) => {
    try {
      // One check for every route of every server: a path that does not decode is malformed.
      decodePathSegment(new URL(request.url).pathname);
      return await handler(request);
    } catch (error) {
      return problemResponse(error, server);
    }
  };
}

/** Decodes one path segment; a malformed escape (`%E0%A4%A`) is the request's fault: a typed 400. */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new GatewayProblem(400, 'invalid_request', 'The path has a malformed percent escape.');
  }
}
