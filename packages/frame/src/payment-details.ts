import { DECLINED_FIELD_PARAMS, FIELD_ERROR_PARAMS, type Wire } from '@dubai-pay/contract';
import { parseExpiry } from './expiry.ts';
import { FIELDS_OF, brandOf, validateField, type FieldErrors, type FieldValues, type FrameMethod } from './field-rules.ts';
import { cleanHolderName } from './holder-name.ts';
import type { FieldKey } from './i18n.ts';

/** What the parent may know while the user types: no digit, only completeness and the brand. */
export interface DetailsSummary {
  complete: boolean;
  empty: boolean;
  brand?: string;
}

/** Every error of the method's fields, in the order the fields are shown. */
export function validateAll(method: FrameMethod, values: FieldValues, now: Date): FieldErrors {
  const errors: Record<string, string> = {};
  for (const key of FIELDS_OF[method]) {
    const error = validateField(key, values, now);
    if (error !== undefined) errors[key] = error;
  }
  return errors as FieldErrors;
}

export function summarize(method: FrameMethod, values: FieldValues, now: Date): DetailsSummary {
  const keys = FIELDS_OF[method];
  const summary: DetailsSummary = {
    complete: keys.every((key) => validateField(key, values, now) === undefined),
    empty: keys.every((key) => (values[key] ?? '').trim() === ''),
  };
  const brand = brandOf(values);
  if (method === 'card' && brand !== 'unknown') summary.brand = brand;
  return summary;
}

/** The body of `POST /v1/payment_methods`, from values that passed `validateAll`. */
export function paymentMethodRequest(method: FrameMethod, values: FieldValues): Wire.PaymentMethodRequest {
  if (method === 'edirham') return { type: 'edirham', edirham: { number: values.edirhamNumber ?? '', pin: values.pin ?? '' } };
  const expiry = parseExpiry(values.expiry ?? '');
  const holderName = cleanHolderName(values.name ?? '');
  return {
    type: 'card',
    card: {
      number: values.number ?? '',
      exp_month: expiry?.month ?? 0,
      exp_year: expiry?.year ?? 0,
      cvc: values.cvc ?? '',
      ...(holderName === undefined ? {} : { holder_name: holderName }),
    },
  };
}

/** The contract's code for a field the frame refused before asking the gateway. */
export const LOCAL_ERROR_CODES: Record<FieldKey, string> = {
  number: 'invalid_card_number',
  expiry: 'invalid_expiry',
  cvc: 'invalid_cvc',
  name: 'invalid_request',
  edirhamNumber: 'invalid_card_number',
  pin: 'invalid_pin',
};

const FIELD_OF_PARAM: Record<string, FieldKey> = {
  'card.number': 'number',
  'card.exp_month': 'expiry',
  'card.exp_year': 'expiry',
  'card.cvc': 'cvc',
  'card.holder_name': 'name',
  'edirham.number': 'edirhamNumber',
  'edirham.pin': 'pin',
};

/** The input a gateway error is about: from its `param`, else from its code; `undefined` for the others. */
export function fieldOfGatewayError(method: FrameMethod, code: string, param: string | undefined): FieldKey | undefined {
  const params: Record<string, string> = { ...FIELD_ERROR_PARAMS, ...DECLINED_FIELD_PARAMS };
  const byCode = Object.hasOwn(params, code) ? params[code] : undefined;
  let key = (param === undefined ? undefined : FIELD_OF_PARAM[param]) ?? (byCode === undefined ? undefined : FIELD_OF_PARAM[byCode]);
  if (key === 'number' && method === 'edirham') key = 'edirhamNumber';
  return key !== undefined && FIELDS_OF[method].includes(key) ? key : undefined;
}
