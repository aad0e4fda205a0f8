/**
 * The hosted fields' pure parts, for tests and for anyone checking what the frame accepts. The
 * page itself is `fields.html` with the bundle of `main.ts`.
 */
export { normalizeDigits, stripSeparators, digitsOnly } from '@dubai-pay/contract';
export { luhnValid } from '@dubai-pay/contract';
export { caretAfterDigits, deletionOf, editDigits, readDigitsAtCaret } from './caret.ts';
export {
  cardBrandOf,
  cardNumberGroups,
  cardNumberIsFull,
  cardNumberLengths,
  editCardNumber,
  formatCardNumber,
  maxCardNumberLength,
  validateCardNumber,
} from './card-number.ts';
export { editExpiry, formatExpiry, MAX_YEARS_AHEAD, parseExpiry, validateExpiry } from './expiry.ts';
export { cvcLength, editCvc, maxCvcLength, validateCvc } from './cvc.ts';
export { editPin, PIN_LENGTH, validatePin } from './pin.ts';
export { EDIRHAM_NUMBER_LENGTH, editEdirhamNumber, formatEdirhamNumber, validateEdirhamNumber } from './edirham-number.ts';
export { cleanHolderName, HOLDER_NAME_MAX_LENGTH, validateHolderName } from './holder-name.ts';
export { ar, en, errorMessage, translations } from './i18n.ts';
export { editField, errorShowsAtOnce, FIELDS_OF, fieldKeyOf, validateField, wireField } from './field-rules.ts';
export { fieldOfGatewayError, LOCAL_ERROR_CODES, paymentMethodRequest, summarize, validateAll } from './payment-details.ts';
export { appearanceProperties } from './appearance.ts';
export { acceptParentMessage, exactOrigin, readFrameQuery } from './parent-channel.ts';
export { PAYMENT_METHODS_PATH, Tokenizer } from './tokenize.ts';
export { acceptNotification, acceptStart, readContainerQuery, ThreeDsContainer } from './three-ds/container.ts';

export type { Deletion, DigitsAtCaret, FormattedEdit } from './caret.ts';
export type { CardNumberError } from './card-number.ts';
export type { Expiry, ExpiryError } from './expiry.ts';
export type { CvcError } from './cvc.ts';
export type { PinError } from './pin.ts';
export type { EdirhamNumberError } from './edirham-number.ts';
export type { HolderNameError } from './holder-name.ts';
export type { FieldErrorKey, FieldKey, FrameStrings, Locale } from './i18n.ts';
export type { FieldErrors, FieldValues, FrameMethod } from './field-rules.ts';
export type { DetailsSummary } from './payment-details.ts';
export type { ExpectedSender, FrameQuery, FrameReport } from './parent-channel.ts';
export type { TokenizedMethod, TokenizeOutcome, TokenizerOptions } from './tokenize.ts';
