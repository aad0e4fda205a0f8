import * as z from 'zod/mini';
import { API_PREFIX, errorBody, frameToken, newIdempotencyKey, retryDelay, statusProvesNothing, unreadableAnswerCode, type Wire } from '@dubai-pay/contract';

/** The gateway's API on the frame's own origin (the frame is served by the gateway). */
export const PAYMENT_METHODS_PATH = `${API_PREFIX}/payment_methods`;

export interface TokenizerOptions {
  /** The publishable key the frame was opened with. */
  publishableKey: string;
  /** The proof the gateway wrote into this page: tokens made with it are bound to its payment. */
  proof?: string;
  /** Default: `/v1/payment_methods`, on the frame's origin. */
  url?: string;
  fetch?: typeof fetch;
  /** Per attempt. Default 10 s. */
  timeoutMs?: number;
  /** The whole exchange, retries included. Default 20 s. */
  deadlineMs?: number;
}

/** What the parent may see of the token: the id and the masked summary. */
export interface TokenizedMethod {
  id: string;
  summary: Wire.PaymentMethodSummary;
}

/** A token, or a named failure: a gateway code (`invalid_card_number`…) with its `param`, or `network_error`, `timeout`, `invalid_response`. */
export type TokenizeOutcome = { paymentMethod: TokenizedMethod; error?: undefined } | { paymentMethod?: undefined; error: { code: string; param?: string } };

type Attempt = { kind: 'answer'; response: Response } | { kind: 'network_error' | 'timeout' };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether an attempt may have been processed without an answer: the same key must be reused. */
const unknownOutcome = (attempt: Attempt) => statusProvesNothing(attempt.kind === 'answer' ? attempt.response.status : undefined);

/**
 * Exchanges card or e-Dirham details for a one-time token with `POST /v1/payment_methods`.
 * Retries reuse the request's `Idempotency-Key`, and so does a new submit of the same details
 * while the last outcome is unknown (rule 3). One request at a time: a submit while one runs
 * gets that one's outcome. Failures are returned as values, never thrown.
 */
export class Tokenizer {
  readonly #options: TokenizerOptions;
  #running: Promise<TokenizeOutcome> | undefined;
  /** The last body whose outcome is unknown (network error, timeout, 5xx), with its key. */
  #unsettled: { body: string; key: string } | undefined;

  constructor(options: TokenizerOptions) {
    this.#options = options;
  }

  get busy(): boolean {
    return this.#running !== undefined;
  }

  tokenize(request: Wire.PaymentMethodRequest): Promise<TokenizeOutcome> {
    this.#running ??= this.#send(request).finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** Forgets the pending key and the details it was for (the fields were cleared). */
  forget(): void {
    this.#unsettled = undefined;
  }

  async #send(request: Wire.PaymentMethodRequest): Promise<TokenizeOutcome> {
    const body = JSON.stringify(request);
    const key = this.#unsettled?.body === body ? this.#unsettled.key : newIdempotencyKey();
    this.#unsettled = { body, key };
    const deadline = Date.now() + (this.#options.deadlineMs ?? 20_000);
    for (let retry = 1; ; retry++) {
      const attempt = await this.#attempt(body, key, deadline);
      // The contract's one retry rule: which failures, and how long to wait (Retry-After included).
      const delay = retryDelay({
        retry,
        status: attempt.kind === 'answer' ? attempt.response.status : undefined,
        retryAfter: attempt.kind === 'answer' ? attempt.response.headers.get('retry-after') : null,
        now: Date.now(),
        remaining: deadline - Date.now(),
        random: Math.random(),
      });
      if ((attempt.kind !== 'answer' || !attempt.response.ok) && delay !== undefined) {
        await sleep(delay);
        continue;
      }
      if (!unknownOutcome(attempt)) this.#unsettled = undefined;
      return attempt.kind === 'answer' ? readAnswer(attempt.response) : { error: { code: attempt.kind } };
    }
  }

  async #attempt(body: string, key: string, deadline: number): Promise<Attempt> {
    const timeout = AbortSignal.timeout(Math.max(0, Math.min(this.#options.timeoutMs ?? 10_000, deadline - Date.now())));
    try {
      const response = await (this.#options.fetch ?? fetch)(this.#options.url ?? PAYMENT_METHODS_PATH, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.#options.publishableKey}`,
          'content-type': 'application/json',
          accept: 'application/json',
          'idempotency-key': key,
          ...(this.#options.proof ? { 'x-dubai-pay-frame-proof': this.#options.proof } : {}),
        },
        body,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'error',
        signal: timeout,
      });
      return { kind: 'answer', response };
    } catch {
      return { kind: timeout.aborted ? 'timeout' : 'network_error' };
    }
  }
}

/** Parses the gateway's answer with the contract's schemas (rule 4). */
async function readAnswer(response: Response): Promise<TokenizeOutcome> {
  const data: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const parsed = z.safeParse(frameToken, data);
    if (!parsed.success) return { error: { code: 'invalid_response' } };
    return { paymentMethod: { id: parsed.data.id, summary: parsed.data.summary } };
  }
  const parsed = z.safeParse(errorBody, data);
  if (!parsed.success) return { error: { code: unreadableAnswerCode(response.status) } };
  const { code, param } = parsed.data.error;
  return { error: param === undefined ? { code } : { code, param } };
}
