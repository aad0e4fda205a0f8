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

  constructor(status: number, code: GatewayErrorCode, message: string, extra: { param?: string; issues?: Issue[] } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
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
