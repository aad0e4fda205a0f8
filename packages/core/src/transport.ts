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

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const MAX_BACKOFF_MS = 4000;

/** Why one attempt did not give an answer worth returning. */
type AttemptFailure = { kind: 'timeout' | 'network'; cause: unknown } | { kind: 'status'; response: Response };

/**
 * HTTP to the gateway on `fetch`. GETs and POSTs are both retried, with exponential backoff and
 * full jitter: POSTs are safe to retry because every one carries an `Idempotency-Key` that stays
 * the same across its retries, and across later calls until the gateway has answered (rule 3).
 * Every answer is parsed with the contract's schema before anyone sees it (rule 4).
 *
 * (Written on fetch rather than ky: ky alone is 8.9 KB gzip of core's 20 KB budget, and this is
 * the part of it the client uses. See the README's sizes.)
 */
export class Transport {
  readonly #options: TransportOptions;
  readonly #base: string;
  readonly #pendingKeys = new PendingKeys();

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#base = `${options.gateway.replace(/\/+$/, '')}/`;
  }

  get<Schema extends z.core.$ZodType>(path: string, schema: Schema, options: CallOptions): Promise<Camelize<z.output<Schema>>> {
    return this.#send('GET', path, schema, options, undefined);
  }

  post<Schema extends z.core.$ZodType>(path: string, body: unknown, schema: Schema, options: CallOptions): Promise<Camelize<z.output<Schema>>> {
    return this.#send('POST', path, schema, options, body);
  }

  async #send<Schema extends z.core.$ZodType>(
    method: 'GET' | 'POST',
    path: string,
    schema: Schema,
    options: CallOptions,
    body: unknown,
  ): Promise<Camelize<z.output<Schema>>> {
    const json = body === undefined ? undefined : JSON.stringify(body);
    const url = new URL(path, this.#base);
    for (const [name, value] of Object.entries(options.searchParams ?? {})) if (value !== undefined) url.searchParams.set(name, value);
    const fingerprint = `${options.credential} ${method} ${url.href} ${json ?? ''}`;
    const headers: Record<string, string> = { authorization: `Bearer ${options.credential}`, accept: 'application/json' };
    if (method === 'POST') {
      headers['idempotency-key'] = this.#pendingKeys.keyFor(fingerprint);
      headers['content-type'] = 'application/json';
    }
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.#attempt(url, { method, headers, ...(json === undefined ? {} : { body: json }) }, options.signal);
      if (outcome instanceof Response) {
        this.#pendingKeys.settle(fingerprint);
        return parseAnswer(outcome, schema);
      }
      const canRetry = attempt < this.#options.retries && (outcome.kind !== 'status' || RETRY_STATUSES.has(outcome.response.status));
      if (!canRetry) throw await this.#failure(outcome, fingerprint);
      await sleep(backoff(attempt, outcome), options.signal);
    }
  }

  /** One request with its own timeout; an abort by the caller is rethrown as is. */
  async #attempt(url: URL, init: RequestInit, signal: AbortSignal | undefined): Promise<Response | AttemptFailure> {
    const timeout = AbortSignal.timeout(this.#options.timeout);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const response = await (this.#options.fetch ?? fetch)(url, { ...init, signal: combined });
      return response.ok ? response : { kind: 'status', response };
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      if (timeout.aborted) return { kind: 'timeout', cause };
      // fetch rejects with a TypeError for every network failure (Fetch standard).
      if (cause instanceof TypeError || (cause as Error | null)?.name === 'TypeError') return { kind: 'network', cause };
      throw cause;
    }
  }

  async #failure(failure: AttemptFailure, fingerprint: string): Promise<DubaiPayError> {
    if (failure.kind !== 'status') return new DubaiPayError(failure.kind === 'timeout' ? 'timeout' : 'network_error', { cause: failure.cause });
    const { response } = failure;
    // A 4xx is a definite answer, so the key is done with. After a 5xx the outcome may be
    // unknown (a proxy's 502 can hide a processed request): keep the key for the next try.
    if (response.status < 500) this.#pendingKeys.settle(fingerprint);
    const details = { status: response.status, requestId: response.headers.get('request-id') ?? undefined };
    const parsed = z.safeParse(errorBody, await response.json().catch(() => undefined));
    if (!parsed.success) return new DubaiPayError(response.status >= 500 ? 'server_error' : 'invalid_response', details);
    const { code, message, param, issues } = parsed.data.error;
    return new DubaiPayError(code, { ...details, detail: message, ...(param ? { param } : {}), ...(issues ? { issues } : {}) });
  }
}

/** Exponential backoff with full jitter (0.3 s, 0.6 s, 1.2 s … capped), or the server's Retry-After. */
function backoff(attempt: number, failure: AttemptFailure): number {
  const retryAfter = failure.kind === 'status' ? Number(failure.response.headers.get('retry-after')) : Number.NaN;
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return Math.min(retryAfter * 1000, MAX_BACKOFF_MS);
  return Math.random() * Math.min(300 * 2 ** attempt, MAX_BACKOFF_MS);
}

export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
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
