import type * as z from 'zod/mini';
import type { Camelize } from './case.ts';
import type { entity, feeRule, service, serviceInput } from './catalog.ts';
import type { attemptError, errorBody } from './errors.ts';
import type { handoff } from './handoff.ts';
import type { abandonActionRequest, nextAction, threeDsMethodCompletion } from './next-action.ts';
import type { cardBrand, paymentMethod, paymentMethodSummary } from './payment-method.ts';
import type { paymentMethodRequest } from './payment-method-request.ts';
import type { inputValues, lineItem, quote, quoteRequest } from './quote.ts';
import type { paymentSession, receipt, sessionStatus } from './session.ts';
import type { browserInfo, confirmRequest, createSessionRequest, sessionItemRequest } from './session-requests.ts';
import type { channel, localizedText, paymentMethodType } from './common.ts';
import type { frameField, fromFrameMessage } from './frame-messages.ts';
import type { frameAppearance, toFrameMessage } from './frame-requests.ts';

/** Wire shapes (snake_case), as the gateway sends and receives them. */
export namespace Wire {
  export type Entity = z.output<typeof entity>;
  export type Service = z.output<typeof service>;
  export type ServiceInput = z.output<typeof serviceInput>;
  export type FeeRule = z.output<typeof feeRule>;
  export type Quote = z.output<typeof quote>;
  export type QuoteRequest = z.output<typeof quoteRequest>;
  export type LineItem = z.output<typeof lineItem>;
  export type PaymentSession = z.output<typeof paymentSession>;
  export type CreateSessionRequest = z.output<typeof createSessionRequest>;
  export type SessionItemRequest = z.output<typeof sessionItemRequest>;
  export type ConfirmRequest = z.output<typeof confirmRequest>;
  export type BrowserInfo = z.output<typeof browserInfo>;
  export type NextAction = z.output<typeof nextAction>;
  export type Receipt = z.output<typeof receipt>;
  export type PaymentMethod = z.output<typeof paymentMethod>;
  export type PaymentMethodRequest = z.output<typeof paymentMethodRequest>;
  export type PaymentMethodSummary = z.output<typeof paymentMethodSummary>;
  export type AttemptError = z.output<typeof attemptError>;
  export type ErrorBody = z.output<typeof errorBody>;
  export type ThreeDsMethodCompletion = z.output<typeof threeDsMethodCompletion>;
  export type AbandonActionRequest = z.output<typeof abandonActionRequest>;
  export type Handoff = z.output<typeof handoff>;
}

/* The TypeScript API (camelCase): the wire shapes through the one mapping in `case.ts`. */
export type LocalizedText = z.output<typeof localizedText>;
export type Channel = z.output<typeof channel>;
export type PaymentMethodType = z.output<typeof paymentMethodType>;
export type CardBrand = z.output<typeof cardBrand>;
export type SessionStatus = z.output<typeof sessionStatus>;
export type InputValues = z.output<typeof inputValues>;
export type Entity = Camelize<Wire.Entity>;
export type Service = Camelize<Wire.Service>;
export type ServiceInput = Camelize<Wire.ServiceInput>;
export type FeeRule = Camelize<Wire.FeeRule>;
export type Quote = Camelize<Wire.Quote>;
export type QuoteRequest = Camelize<Wire.QuoteRequest>;
export type LineItem = Camelize<Wire.LineItem>;
export type PaymentSession = Camelize<Wire.PaymentSession>;
export type CreateSessionRequest = Camelize<Wire.CreateSessionRequest>;
export type SessionItemRequest = Camelize<Wire.SessionItemRequest>;
export type ConfirmRequest = Camelize<Wire.ConfirmRequest>;
export type BrowserInfo = Camelize<Wire.BrowserInfo>;
export type NextAction = Camelize<Wire.NextAction>;
export type Receipt = Camelize<Wire.Receipt>;
export type PaymentMethod = Camelize<Wire.PaymentMethod>;
export type PaymentMethodRequest = Camelize<Wire.PaymentMethodRequest>;
export type PaymentMethodSummary = Camelize<Wire.PaymentMethodSummary>;
export type AttemptError = Camelize<Wire.AttemptError>;
export type Handoff = Camelize<Wire.Handoff>;

export type ToFrameMessage = z.output<typeof toFrameMessage>;
export type FromFrameMessage = z.output<typeof fromFrameMessage>;
export type FrameAppearance = z.output<typeof frameAppearance>;
export type FrameField = z.output<typeof frameField>;
