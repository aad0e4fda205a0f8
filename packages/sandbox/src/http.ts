import * as z from 'zod/mini';
import type { Wire } from '@dubai-pay/contract';
import { GatewayProblem, problem, type Issue } from './problems.ts';

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

export function errorResponse(problem: GatewayProblem): Response {
  const body: Wire.ErrorBody = {
    error: { code: problem.code, message: problem.message, ...problem.extra },
  };
  return json(body, problem.status, problem.headers);
}

export function issuesOf(error: z.core.$ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** Parses a JSON body with a contract schema; any failure is a typed 400. */
export function parseBody<Schema extends z.core.$ZodType>(text: string, schema: Schema): z.output<Schema> {
  let value: unknown;
  try {
    value = text === '' ? {} : JSON.parse(text);
  } catch {
    throw new GatewayProblem(400, 'malformed_json', 'The request body is not valid JSON.');
  }
  const result = z.safeParse(schema, value);
  if (!result.success) {
    throw problem.invalid(issuesOf(result.error));
  }
  return result.data;
}

/** Reads an `application/x-www-form-urlencoded` body (3DS notifications are form posts). */
export async function readForm(request: Request): Promise<URLSearchParams> {
  return new URLSearchParams(await request.text());
}
