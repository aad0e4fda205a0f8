export { DubaiPayElement } from './dubai-pay.ts';
export { CheckoutController } from './checkout-controller.ts';
export type { CheckoutConfig, CheckoutStep } from './checkout-controller.ts';
export { DubaiPayCancelEvent, DubaiPayChangeEvent, DubaiPayErrorEvent, DubaiPayReadyEvent, DubaiPaySuccessEvent } from './events.ts';
export type { Translation } from './i18n/translation.ts';
export { checkInput, normalizeInput } from './input-rules.ts';
