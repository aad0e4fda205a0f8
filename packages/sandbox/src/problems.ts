import type { GatewayErrorCode } from '@dubai-pay/contract';

export interface Issue {
  path: string;
  message: string;
}

/** A failure the gateway reports as a typed error body. Thrown inside handlers, rendered by the app. */
export class GatewayProblem extends Error {
  override readonly name = 'GatewayProblem';
  readonly status: number;
  readonly code: GatewayErrorCode;
  readonly extra: { param?: string; issues?: Issue[] };
  /** Headers the answer carries (`Retry-After` on a 429). */
  readonly headers: Record<string, string>;

  constructor(status: number, code: GatewayErrorCode, message: string, extra: { param?: string; issues?: Issue[]; headers?: Record<string, string> } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    const { headers, ...rest } = extra;
    this.extra = rest;
    this.headers = headers ?? {};
  }
}

export const problem = {
  invalid: (issues: Issue[]) =>
    new GatewayProblem(400, 'invalid_request', `Invalid request: ${issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ')}`, {
      issues,
      ...(issues[0]?.path ? { param: issues[0].path } : {}),
    }),
  notFound: (what: string) => new GatewayProblem(404, 'not_found', `No such ${what}.`),
  conflict: (code: GatewayErrorCode, message: string) => new GatewayProblem(409, code, message),
};

/** A query parameter given at most once (a second one is refused rather than ignored). */
export function onlyOne(search: URLSearchParams, name: string): string | null {
  const values = search.getAll(name);
  if (values.length > 1) throw problem.invalid([{ path: name, message: 'Given more than once.' }]);
  return values[0] ?? null;
}
