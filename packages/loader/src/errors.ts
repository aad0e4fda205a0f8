/**
 * Why the loader could not give the page dubai-pay. `messages` is what a customer may be shown
 * (Arabic and English); `detail` tells the developer what to fix; `message` is the English one.
 */
export type LoadErrorCode =
  /** Called where there is no document (server rendering, Node): call it in the browser. */
  | 'not_in_browser'
  /** Another version than the loader's own: it has no SRI hash it could vouch for. */
  | 'version_not_pinned'
  /** `cdn` is not an http(s) URL (or has a query or fragment), or `bundle` is not web, kiosk or core. */
  | 'invalid_options'
  /** The page's CSP does not allow the Trusted Types policy `dubai-pay-loader`. */
  | 'trusted_types_blocked'
  /** The bundle did not load (network, CORS, CSP) or failed its integrity check, or ran and defined nothing. */
  | 'load_failed';

const UNAVAILABLE = {
  en: 'Payment is not available right now. Please try again later.',
  ar: 'الدفع غير متاح حاليًا. يرجى المحاولة لاحقًا.',
};
const NOT_LOADED = {
  en: 'The payment form could not be loaded. Check your connection and try again.',
  ar: 'تعذّر تحميل نموذج الدفع. تحقق من اتصالك وحاول مرة أخرى.',
};

export class DubaiPayLoadError extends Error {
  declare readonly code: LoadErrorCode;
  declare readonly messages: { en: string; ar: string };
  /** For the developer: what went wrong and the fix, in English. */
  declare readonly detail: string;

  constructor(code: LoadErrorCode, detail: string) {
    const messages = code === 'load_failed' ? NOT_LOADED : UNAVAILABLE;
    super(messages.en);
    Object.assign(this, { name: 'DubaiPayLoadError', code, messages, detail });
  }
}
