import { isForceRetryError, isHTTPError, isTimeoutError } from 'ky';
import * as z from 'zod/mini';
import { errorBody, errorRule, statusProvesNothing, unreadableAnswerCode } from '@dubai-pay/contract';
import { DubaiPayError } from '../errors/dubai-pay-error.ts';

/** The call's deadline passed (some attempt may still have reached the gateway). */
export class DeadlinePassed extends Error {
  override name = 'DeadlinePassed';
}

/** How long an error answer's body may take to read. */
const ERROR_BODY_TIMEOUT_MS = 2000;

/** An answer that came but could not be used: cut, not JSON, not the contract's shape, or about another session. */
export class UnreadableAnswer extends Error {
  override name = 'UnreadableAnswer';
  readonly issues: readonly { path: string; message: string }[];
  /** Well-formed JSON, but not the contract's shape (or about another session): not the network's doing. */
  readonly offContract: boolean;

  constructor(message: string, options: { cause?: unknown; issues?: readonly { path: string; message: string }[]; offContract?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.issues = options.issues ?? [];
    this.offContract = options.offContract ?? false;
  }
}

/**
 * Any way a call can fail, as one `DubaiPayError`. `outcomeUnknown` is set unless the failure
 * proves the request was not processed: only the gateway's typed 4xx answer (its body read
 * whole and of the contract's shape), with no attempt before it that may have reached the
 * gateway unanswered, proves that. A 5xx proves nothing (a
 * proxy's 502 can hide a processed request, and a 503 after a lost answer hides the first one).
 */
export async function failureOf(error: unknown, earlierAttemptUncertain: boolean): Promise<DubaiPayError> {
  if (isHTTPError(error)) {
    const { response } = error;
    const status = response.status;
    const details = { status, requestId: response.headers.get('request-id') ?? undefined, cause: error };
    const parsed = z.safeParse(errorBody, await readJson(response));
    // Without the gateway's typed body (cut, not JSON, a proxy's page) the status proves nothing either.
    if (!parsed.success) return new DubaiPayError(unreadableAnswerCode(status), { ...details, outcomeUnknown: true });
    const outcomeUnknown = statusProvesNothing(status) || earlierAttemptUncertain;
    const { code, message, param, issues } = parsed.data.error;
    // The gateway's definite word that the session ended unpaid.
    const notCharged = !outcomeUnknown && errorRule(code).endsUnpaid === true;
    return new DubaiPayError(code, { ...details, outcomeUnknown, notCharged, detail: message, ...(param ? { param } : {}), ...(issues ? { issues } : {}) });
  }
  const unreadable = unreadableIn(error);
  if (unreadable) return new DubaiPayError('invalid_response', { detail: unreadable.message, issues: unreadable.issues, outcomeUnknown: true, cause: error });
  if (isTimeoutError(error) || error instanceof DeadlinePassed) return new DubaiPayError('timeout', { outcomeUnknown: true, cause: error });
  // Whatever a fetch implementation rejects with (a TypeError, node-fetch's FetchError, a
  // redirect refused, a reset): no answer was had.
  return new DubaiPayError('network_error', { outcomeUnknown: true, cause: error });
}

function unreadableIn(error: unknown): UnreadableAnswer | undefined {
  if (error instanceof UnreadableAnswer) return error;
  if (isForceRetryError(error) && error.cause instanceof UnreadableAnswer) return error.cause;
  if (isForceRetryError(error)) return new UnreadableAnswer('The answer could not be read.', { cause: error });
  return undefined;
}

/** An error answer's JSON body, or undefined (not JSON, cut, or too slow). */
async function readJson(response: Response): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ERROR_BODY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      response
        .clone()
        .json()
        .catch(() => undefined),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
