// The public surface of @dubai-pay/core: the client, its results and errors, and the domain types
// they carry. Internals (the 3-D Secure frame, CReq encoding, wire shapes) stay inside.

export { createClient } from './client.ts';
export type { ClientOptions, DubaiPayClient } from './client.ts';
export type { Fees, QuoteRequestOptions, QuoteResult } from './fees.ts';
export { endedUnpaid, isTerminal, outcomeOf, sessionIdOf } from './sessions.ts';
export type { ConfirmRequestOptions, ConfirmResult, OperationOptions, OperationProgress, Sessions, SessionOptions, SessionResult, WaitOptions } from './sessions.ts';
export { DEFAULT_CHALLENGE_TIMEOUT_MS } from './actions/next-actions.ts';
export type { AuthenticateOptions, AuthenticationProgress, BankApprovalOptions, NextActions } from './actions/next-actions.ts';
export type { ChallengeTimeoutWarning } from './actions/challenge-timer.ts';
export type { ChallengeWindow, ChallengeWindowSize } from './actions/challenge-window.ts';
export { HostedFields } from './hosted-fields.ts';
export type { HostedFieldsOptions, TokenizeResult } from './hosted-fields.ts';
export { collectBrowserInfo } from './browser-info.ts';

export { DubaiPayError, isDubaiPayError } from './errors/dubai-pay-error.ts';
export type { ErrorDetails } from './errors/dubai-pay-error.ts';
export { messageFor } from './errors/messages.ts';
export type { ErrorCode } from './errors/messages.ts';
export { formatAmount } from './money.ts';
// The banks' names in both languages, for a receipt that says which bank paid.
export { BANKS } from '@dubai-pay/contract';
// Where a customer types a hand-off's code ("go to gateway.example/pay/ and enter …").
export { handoffCodePage } from '@dubai-pay/contract';
export type { Locale } from './money.ts';

export type {
  AttemptError,
  BankId,
  BrowserInfo,
  CardBrand,
  Channel,
  Entity,
  FeeRule,
  FrameAppearance,
  Handoff,
  ReceiptLink,
  InputValues,
  LineItem,
  LocalizedText,
  NextAction,
  PaymentMethod,
  PaymentMethodSummary,
  PaymentMethodType,
  PaymentSession,
  Quote,
  Receipt,
  Service,
  ServiceInput,
  SessionStatus,
  ThreeDSecure,
  ThreeDsPolicy,
} from '@dubai-pay/contract';
