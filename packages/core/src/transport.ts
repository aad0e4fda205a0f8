import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import * as z from 'zod/mini';
import { camelize, errorBody, type Camelize } from '@dubai-pay/contract';
import { DubaiPayError } from './errors/dubai-pay-error.ts';
import { PendingKeys } from './idempotency-key.ts';

export interface TransportOptions {
  /** API base URL, e.g. `https://gateway.example/v1`. */
  gateway: string;
  /** Per-attempt timeout in milliseconds. */
  timeout: number;
  /** How many times a failed call is retried (network errors, timeouts, 408/429/5xx). */
  retries: number;
  fetch?: typeof fetch;
}

export interface CallOptions {
  /** The bearer credential for this call. */
  credential: string;
  signal?: AbortSignal | undefined;
  searchParams?: Record<string, string | undefined>;
}

/**
 * HTTP to the gateway. GETs and POSTs are both retried: POSTs are safe to retry because every
 * one carries an `Idempotency-Key` that stays the same across its retries (rule 3).
 * Every answer is parsed with the contract's schema before anyone sees it (rule 4).
 */
export class Transport {
  readonly #ky: KyInstance;
  readonly #pendingKeys = new PendingKeys();

  constructor(options: TransportOptions) {
    this.#ky = ky.create({
      baseUrl: `${options.gateway.replace(/\/+$/, '')}/`,
      timeout: options.timeout,
      retry: {
        limit: options.retries,
        methods: ['get', 'post'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        retryOnTimeout: true,
        backoffLimit: 4000,
        jitter: true,
      },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  get<Schema extends z.core.$ZodType>(path: string, schema: Schema, options: CallOptions): Promise<Camelize<z.output<Schema>>> {
    return this.#send('get', path, schema, options, undefined);
  }

  post<Schema extends z.core.$ZodType>(path: string, body: unknown, schema: Schema, options: CallOptions): Promise<Camelize<z.output<Schema>>> {
    return this.#send('post', path, schema, options, body);
  }

  async #send<Schema extends z.core.$ZodType>(
    method: 'get' | 'post',
    path: string,
    schema: Schema,
    options: CallOptions,
    body: unknown,
  ): Promise<Camelize<z.output<Schema>>> {
    const json = body === undefined ? undefined : JSON.stringify(body);
    const fingerprint = `${options.credential} ${path} ${json ?? ''}`;
    const headers: Record<string, string> = { authorization: `Bearer ${options.credential}`, accept: 'application/json' };
    if (method === 'post') {
      headers['idempotency-key'] = this.#pendingKeys.keyFor(fingerprint);
      headers['content-type'] = 'application/json';
    }
    const searchParams = Object.fromEntries(Object.entries(options.searchParams ?? {}).filter((e): e is [string, string] => e[1] !== undefined));
    let response: Response;
    try {
      response = await this.#ky(path, { method, headers, body: json ?? null, searchParams, signal: options.signal ?? null });
    } catch (error) {
      throw await this.#translate(error, fingerprint);
    }
    this.#pendingKeys.settle(fingerprint);
    return parseAnswer(response, schema);
  }

  async #translate(error: unknown, fingerprint: string): Promise<unknown> {
    if (isHTTPError(error)) {
      // A 4xx is a definite answer, so the key is done with. After a 5xx the outcome may be
      // unknown (a proxy's 502 can hide a processed request): keep the key for the next try.
      if (error.response.status < 500) this.#pendingKeys.settle(fingerprint);
      const parsed = z.safeParse(errorBody, error.data);
      const details = { status: error.response.status, requestId: error.response.headers.get('request-id') ?? undefined };
      if (!parsed.success) return new DubaiPayError(error.response.status >= 500 ? 'server_error' : 'invalid_response', { ...details, cause: error });
      const { code, message, param, issues } = parsed.data.error;
      return new DubaiPayError(code, { ...details, detail: message, ...(param ? { param } : {}), ...(issues ? { issues } : {}), cause: error });
    }
    if (isTimeoutError(error)) return new DubaiPayError('timeout', { cause: error });
    if (isNetworkError(error)) return new DubaiPayError('network_error', { cause: error });
    // Aborts and programming errors pass through unchanged; a key left pending is reused by the next identical call.
    return error;
  }
}

async function parseAnswer<Schema extends z.core.$ZodType>(response: Response, schema: Schema): Promise<Camelize<z.output<Schema>>> {
  const requestId = response.headers.get('request-id') ?? undefined;
  let data: unknown;
  try {
    data = await response.json();
  } catch (cause) {
    throw new DubaiPayError('invalid_response', { status: response.status, requestId, detail: 'The answer is not JSON.', cause });
  }
  const parsed = z.safeParse(schema, data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new DubaiPayError('invalid_response', { status: response.status, requestId, issues, detail: 'The answer does not match the contract.', cause: parsed.error });
  }
  return camelize(parsed.data);
}
