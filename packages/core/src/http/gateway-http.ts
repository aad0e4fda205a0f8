import ky, { isHTTPError, type KyInstance } from 'ky';
import * as z from 'zod/mini';
import {
  camelize,
  CLIENT_SECRET_FIELD,
  IDEMPOTENCY_KEY_PARAM,
  isClientSecret,
  PUBLISHABLE_KEY_PARAM,
  RETRYABLE_STATUSES,
  retryDelay,
  statusProvesNothing,
  type Camelize,
  type EndpointRoute,
} from '@dubai-pay/contract';
import { PendingKeys } from '../idempotency-key.ts';
import { DeadlinePassed, failureOf, UnreadableAnswer } from './failures.ts';

export interface GatewayHttpOptions {
  /** API base URL, e.g. `https://gateway.example/v1`. */
  gateway: string;
  /** Longest wait for one attempt's answer, in ms. */
  attemptTimeout: number;
  /** Longest time one call may take, retries included, in ms: the customer gets an answer by then. */
  deadline: number;
  fetch?: typeof fetch | undefined;
}

/** Something a caller may show while a call takes longer than one attempt. */
export type CallProgress = { type: 'retrying'; retry: number; delayMs: number };

export interface CallOptions {
  /** The bearer credential for this call. */
  credential: string;
  /** Path parameters: `{ id: 'ps_…' }` for `/sessions/{id}`. */
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  /** The request body, already on the wire's snake_case. */
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** This call's deadline in ms (default: the client's). */
  deadline?: number | undefined;
  onProgress?: ((progress: CallProgress) => void) | undefined;
}

/** How long reading one answer's body may take, at most, on top of getting its headers. */
const BODY_TIMEOUT_MS = 10_000;

/**
 * HTTP to the gateway, on ky (1.x: see the README for why), through the contract's route table (method, path, idempotency and
 * the answer's schema come from there). Every rule of the wire is here and only here:
 * - retries for network errors, timeouts, cut or unreadable bodies and 408/425/429/5xx, timed by
 *   the contract's `retryDelay` (backoff with jitter, `Retry-After` obeyed and capped), never past
 *   the call's deadline;
 * - a POST keeps its `Idempotency-Key` across retries, and across later identical calls until
 *   the gateway has answered it for certain (rule 3);
 * - redirects are errors, never followed;
 * - every answer is parsed with the contract's schema, and an answer about a session must be
 *   about the session asked for (rule 4);
 * - every failure becomes a `DubaiPayError`, marked `outcomeUnknown` when the request may have
 *   been processed without an answer the client could read (rule 7 starts there).
 */
export class GatewayHttp {
  readonly #options: GatewayHttpOptions;
  readonly #base: string;
  readonly #ky: KyInstance;
  readonly #pendingKeys = new PendingKeys();

  constructor(options: GatewayHttpOptions) {
    this.#options = options;
    this.#base = `${options.gateway.replace(/\/+$/, '')}/`;
    this.#ky = ky.create({
      redirect: 'error',
      credentials: 'omit',
      cache: 'no-store',
      throwHttpErrors: true,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  async call<Route extends EndpointRoute>(route: Route, options: CallOptions): Promise<Camelize<z.output<Route['response']>>> {
    let url = this.#url(route, options);
    let body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const fingerprint = `${options.credential} ${route.method} ${url} ${body ?? ''}`;
    const idempotencyKey = route.idempotent ? this.#pendingKeys.keyFor(fingerprint) : undefined;
    const headers: Record<string, string> = { accept: 'application/json' };
    const clientSecret = isClientSecret(options.credential);
    if (clientSecret) {
      // A CORS simple request (no preflight round trip before it), with the secret in the body,
      // never the URL: only a POST has a body (the contract gives a GET read a POST twin).
      if (route.method !== 'POST') throw new TypeError(`${route.method} ${route.path} cannot carry a client secret: call its POST form.`);
      const envelope = { [CLIENT_SECRET_FIELD]: options.credential, ...(idempotencyKey ? { [IDEMPOTENCY_KEY_PARAM]: idempotencyKey } : {}) };
      body = JSON.stringify({ ...(options.body as object | undefined), ...envelope });
      headers['content-type'] = 'text/plain;charset=UTF-8';
    } else if (isPublishableKey(options.credential)) {
      // A CORS simple request: no preflight round trip before it. What it puts in the URL is
      // public (the publishable key) or no secret (the idempotency key); the JSON goes as text/plain.
      const simple = new URL(url);
      simple.searchParams.set(PUBLISHABLE_KEY_PARAM, options.credential);
      if (idempotencyKey) simple.searchParams.set(IDEMPOTENCY_KEY_PARAM, idempotencyKey);
      url = simple.href;
      if (body !== undefined) headers['content-type'] = 'text/plain;charset=UTF-8';
    } else {
      headers.authorization = `Bearer ${options.credential}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    }
    const deadline = options.deadline ?? this.#options.deadline;
    const started = Date.now();
    const remaining = () => deadline - (Date.now() - started);
    // The whole call, retries included, ends by the deadline (each attempt has its own timeout too).
    const overall = AbortSignal.timeout(deadline);
    /** What the attempts left: whether one may have reached the gateway unanswered, the next wait, the answer read. */
    const trail: { uncertain: boolean; nextDelay: number; offContract: number; unreadable?: UnreadableAnswer; value?: Camelize<z.output<Route['response']>> } = {
      uncertain: false,
      nextDelay: 0,
      offContract: 0,
    };
    try {
      const response = await this.#ky(url, {
        method: route.method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: options.signal ? AbortSignal.any([options.signal, overall]) : overall,
        timeout: Math.min(this.#options.attemptTimeout, deadline),
        retry: {
          limit: 50, // the deadline decides, through retryDelay
          methods: ['get', 'post'],
          statusCodes: [...RETRYABLE_STATUSES],
          afterStatusCodes: [], // Retry-After is read by retryDelay, with the rest of the timing
          retryOnTimeout: true,
          shouldRetry: ({ error, retryCount }) => {
            if (options.signal?.aborted || overall.aborted) return false;
            const status = isHTTPError(error) ? error.response.status : undefined;
            if (statusProvesNothing(status)) trail.uncertain = true;
            const delay = retryDelay({
              retry: retryCount,
              status,
              retryAfter: isHTTPError(error) ? error.response.headers.get('retry-after') : null,
              now: Date.now(),
              remaining: remaining(),
              random: Math.random(),
            });
            if (delay === undefined) return false;
            trail.nextDelay = delay;
            options.onProgress?.({ type: 'retrying', retry: retryCount, delayMs: delay });
            return true;
          },
          delay: () => trail.nextDelay,
        },
        hooks: {
          // A body cut, stalled or garbled after the headers is a failure of the attempt, retried
          // like one (the same key gets the gateway's stored answer): never a reason to give up.
          afterResponse: [
            async (_request, _options, response, { retryCount }) => {
              if (!response.ok) return undefined;
              try {
                const text = await readBody(response, Math.min(BODY_TIMEOUT_MS, remaining()));
                trail.value = parseAnswer(route, text, options.params?.id);
                return new Response(null, { status: 204 });
              } catch (cause) {
                trail.uncertain = true;
                trail.unreadable = cause instanceof UnreadableAnswer ? cause : new UnreadableAnswer('The answer could not be read.', { cause });
                // A cut or garbled body is the network's: tried again while time allows. The same
                // well-formed answer off the contract twice is the gateway's: no use asking again.
                const offContract = cause instanceof UnreadableAnswer && cause.offContract;
                if (offContract && ++trail.offContract >= 2) throw cause;
                const delay = retryDelay({ retry: retryCount + 1, now: Date.now(), remaining: remaining(), random: Math.random() });
                if (delay === undefined || options.signal?.aborted || overall.aborted)
                  throw cause instanceof UnreadableAnswer ? cause : new UnreadableAnswer('The answer could not be read.', { cause });
                options.onProgress?.({ type: 'retrying', retry: retryCount + 1, delayMs: delay });
                return ky.retry({ delay, code: 'UNREADABLE_BODY', cause: cause instanceof Error ? cause : undefined });
              }
            },
          ],
        },
      });
      void response.body?.cancel().catch(() => undefined);
      if (trail.value === undefined) throw new UnreadableAnswer('No answer was read.');
      this.#pendingKeys.settle(fingerprint);
      return trail.value;
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      // Cut by the deadline after the gateway had answered unreadably: that answer is the truer
      // account than "it took too long" (a loaded machine reaches the deadline sooner).
      const failure = await failureOf(overall.aborted ? (trail.unreadable ?? new DeadlinePassed()) : error, trail.uncertain);
      if (!failure.outcomeUnknown) this.#pendingKeys.settle(fingerprint);
      throw failure;
    }
  }

  #url(route: EndpointRoute, options: CallOptions): string {
    const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = options.params?.[name];
      if (!value) throw new TypeError(`${route.path} needs the parameter "${name}".`);
      return encodeURIComponent(value);
    });
    const url = new URL(path.slice(1), this.#base);
    for (const [name, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(name, value);
    return url.href;
  }
}

/** The whole body as text, or a rejection when it is cut or has not all come within `ms`. */
async function readBody(response: Response, ms: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The answer did not all arrive in time.')), Math.max(0, ms));
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), late]);
      if (done) break;
      chunks.push(value);
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder().decode(bytes);
}

/** The answer parsed with the route's schema; an answer about another session than the one asked for is refused. */
function parseAnswer<Route extends EndpointRoute>(route: Route, text: string, expectedId: string | undefined): Camelize<z.output<Route['response']>> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new UnreadableAnswer('The answer is not JSON.', { cause });
  }
  const parsed = z.safeParse(route.response, data);
  if (!parsed.success) {
    throw new UnreadableAnswer('The answer does not match the contract.', {
      offContract: true,
      cause: parsed.error,
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
  const id = (parsed.data as { id?: unknown }).id;
  if (expectedId !== undefined && typeof id === 'string' && id !== expectedId) {
    throw new UnreadableAnswer(`The answer is about ${id}, not ${expectedId}.`, { offContract: true });
  }
  return camelize(parsed.data) as Camelize<z.output<Route['response']>>;
}

/** A publishable key (`pk_…`): public, so it may ride in a URL; secret keys and client secrets never do. */
function isPublishableKey(credential: string): boolean {
  return credential.startsWith('pk_');
}
