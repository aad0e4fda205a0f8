import { localeOrEnglish, supportedLocale, type Locale, type PluralForms } from '@dubai-pay/contract';

/**
 * Every string `<dubai-pay>` shows. A locale that misses a key does not compile.
 * `{name}` placeholders are filled by `format()`.
 */
export interface Translation {
  $dir: 'ltr' | 'rtl';
  $lang: Locale;
  loading: string;
  /** Shown over the hosted fields until they have drawn. */
  loadingFields: string;
  /** While a call is retried. */
  stillTrying: string;
  /** While the outcome of a payment is unknown and being checked with the gateway. */
  checkingPayment: string;
  owed: string;
  total: string;
  quantity: string;
  inputsTitle: string;
  showFees: string;
  required: string;
  wrongFormat: string;
  /** Counted strings: every plural form of the language (`plural()`), `{count}` the number. */
  tooShort: PluralForms;
  tooLong: PluralForms;
  tooFewDigits: PluralForms;
  tooManyDigits: PluralForms;
  wholeNumber: string;
  atLeast: string;
  atMost: string;
  /** A character other than a digit in a digits-only input. */
  digitsOnly: string;
  methodLegend: string;
  methodCard: string;
  methodEdirham: string;
  methodDirectDebit: string;
  cardDetails: string;
  edirhamDetails: string;
  cardFrameTitle: string;
  edirhamFrameTitle: string;
  bankLegend: string;
  bankRedirectNote: string;
  pay: string;
  paying: string;
  cancel: string;
  retry: string;
  startAgain: string;
  cancelQuestion: string;
  cancelYes: string;
  cancelNo: string;
  chooseBank: string;
  /** `{count}`: seconds left. */
  challengeTimeoutWarning: PluralForms;
  moreTime: string;
  receiptTitle: string;
  receiptNumber: string;
  receiptTime: string;
  /** The receipt's time with its zone, always Dubai's (`{time}`): GST whatever the device's zone. */
  receiptTimeInDubai: string;
  /** The issuer's or bank's approval code. */
  receiptAuthorization: string;
  receiptMethod: string;
  receiptEntity: string;
  receiptChannel: string;
  /** The agency's own reference for the payment. */
  receiptReference: string;
  /** Paid, while the receipt's own code (a chunk) is still loading. */
  receiptLoading: string;
  /** Paid, but the receipt's code could not be loaded: its number and amount are shown, with "try again". */
  receiptNotLoaded: string;
  channels: Record<'web' | 'kiosk' | 'mobile' | 'ivr', string>;
  /** "Send to my phone": the button, what the QR code is for, and until when its link works (`{time}`, the gateway's, in Dubai time). */
  sendToPhone: string;
  sendToPhoneScan: string;
  sendToPhoneLink: string;
  sendToPhoneUntil: string;
  sendToPhoneQr: string;
  print: string;
  errorTitle: string;
  /** Before the text the card's bank sent for the customer (3-D Secure). */
  issuerMessage: string;
  canceled: string;
  verifying: string;
  challengeTitle: string;
  challengeIntro: string;
  checking: string;
  challengeFrameTitle: string;
  challengeCancel: string;
  challengeCancelQuestion: string;
  challengeStop: string;
  challengeKeep: string;
  bankPopupWaiting: string;
  edirham: string;
  secureNote: string;
}

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The language an element speaks: its `locale` if set, else its nearest `lang` attribute's, else English. */
export function localeOf(element: Element, locale: string): Locale {
  // A locale this checkout does not speak (`fr`, `ar-EG`, anything a page sets) falls back to one it does.
  const asked = supportedLocale(locale);
  if (asked) return asked;
  return localeOrEnglish(element.closest('[lang]')?.getAttribute('lang'));
}
