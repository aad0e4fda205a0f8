import { errorRule, isErrorCode, type ErrorCode, type Locale, type LocalizedText } from '@dubai-pay/contract';
import { messageFor } from './messages.ts';

export interface ErrorDetails {
  /** HTTP status of the gateway's answer, when there was one. */
  status?: number;
  /** The gateway's `request-id`, to quote when asking for support. */
  requestId?: string;
  /** The field the error is about (`inputs.plate_number`, `card.number`). */
  param?: string;
  /** Each invalid field, for forms. */
  issues?: readonly { path: string; message: string }[];
  /** Whether the same payment may be tried again (with other details or method); by default, what the contract's error table says of the code. */
  retryable?: boolean;
  /** The gateway's message for developers, in English. */
  detail?: string;
  /**
   * The request may have been processed without an answer the client could read (a lost or
   * unreadable answer, a timeout, a 5xx). Nothing may be said about money until the session is
   * read back (rule 7).
   */
  outcomeUnknown?: boolean;
  /**
   * The gateway's own state says the session was not paid (open, failed, expired, canceled):
   * only then does the message say "You have not been charged" (rule 7).
   */
  notCharged?: boolean;
  /** Text the card's issuer sent for the cardholder in 3-D Secure (`cardholderInfo`): show it as given, beside the message. */
  issuerMessage?: string | undefined;
  cause?: unknown;
}

/**
 * The one error type of `@dubai-pay/core`. `code` is stable and typed; `messages` holds what to
 * show a citizen in Arabic and English. `message` is the English one, for logs.
 */
export class DubaiPayError extends Error {
  override name = 'DubaiPayError';
  /** A known code, or `unknown` for a code this version of the client does not know. */
  readonly code: ErrorCode;
  /** The code exactly as the gateway sent it (kept when it is not known here). */
  readonly rawCode: string;
  readonly messages: LocalizedText;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly param: string | undefined;
  readonly issues: readonly { path: string; message: string }[];
  readonly retryable: boolean;
  readonly detail: string | undefined;
  /** The request may have been processed: read the session before saying anything about money. */
  readonly outcomeUnknown: boolean;
  /** The gateway said the session was not paid; the messages say so. */
  readonly notCharged: boolean;
  /** Text the card's issuer sent for the cardholder (3-D Secure `cardholderInfo`), in its own words. */
  readonly issuerMessage: string | undefined;

  constructor(code: string, details: ErrorDetails = {}) {
    const messages = messageFor(code, details.notCharged === true);
    super(messages.en, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = isErrorCode(code) ? code : 'unknown';
    this.rawCode = code;
    this.messages = messages;
    this.status = details.status;
    this.requestId = details.requestId;
    this.param = details.param;
    this.issues = details.issues ?? [];
    this.retryable = details.retryable ?? errorRule(code).retryable;
    this.detail = details.detail;
    this.outcomeUnknown = details.outcomeUnknown ?? false;
    this.notCharged = details.notCharged === true;
    this.issuerMessage = details.issuerMessage;
  }

  /** The citizen's message in a language. */
  localized(locale: Locale): string {
    return this.messages[locale];
  }
}

/**
 * True for errors from this client, also across frames and bundles where `instanceof` fails
 * (the name and code are checked instead).
 */
export function isDubaiPayError(error: unknown): error is DubaiPayError {
  if (error instanceof DubaiPayError) return true;
  const candidate = error as Partial<DubaiPayError> | null;
  return (
    typeof candidate === 'object' && candidate !== null && candidate.name === 'DubaiPayError' && typeof candidate.code === 'string' && typeof candidate.messages?.en === 'string'
  );
}
