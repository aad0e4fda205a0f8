// The element and event maps (types only: the module is empty).
import './globals.ts';

export { DubaiPayElement } from './dubai-pay.ts';
export { CheckoutController } from './checkout-controller.ts';
export type { CheckoutConfig, CheckoutStep } from './checkout-controller.ts';
export {
  DubaiPayCancelEvent,
  DubaiPayChangeEvent,
  DubaiPayErrorEvent,
  DubaiPayIdleResetEvent,
  DubaiPayLocaleChangeEvent,
  DubaiPayReadyEvent,
  DubaiPayReceiptEvent,
  DubaiPayServiceSelectEvent,
  DubaiPaySuccessEvent,
} from './events.ts';
export type { NativeBridgeKind, NativeMessage } from './native-bridge.ts';
export type { DubaiPayAppearance } from './appearance.ts';
export type { DubaiPaySubmitResult } from './submit-result.ts';
export type { Translation } from './i18n/translation.ts';
export { checkInput, normalizeInput } from './input-rules.ts';
export { DubaiPayKioskElement } from './kiosk/dubai-pay-kiosk.ts';
export { DubaiPayServicesElement } from './services/dubai-pay-services.ts';
