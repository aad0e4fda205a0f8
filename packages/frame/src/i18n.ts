import type { CardNumberError } from './card-number.ts';
import type { CvcError } from './cvc.ts';
import type { EdirhamNumberError } from './edirham-number.ts';
import type { ExpiryError } from './expiry.ts';
import type { HolderNameError } from './holder-name.ts';
import type { PinError } from './pin.ts';

export type { Locale } from '@dubai-pay/contract';
import type { Locale } from '@dubai-pay/contract';

/** The inputs the frame can show. `number` and `edirhamNumber` are both `number` on the wire. */
export type FieldKey = 'number' | 'expiry' | 'cvc' | 'name' | 'edirhamNumber' | 'pin';

/**
 * Every string the frame shows. A locale is an object of this type, so a locale that misses a
 * key does not compile. `invalid` is also what the gateway's refusal of a field shows.
 */
export interface FrameStrings {
  $code: Locale;
  $dir: 'ltr' | 'rtl';
  /** The document's title. */
  title: string;
  /** The form's accessible name, per payment method. */
  form: { card: string; edirham: string };
  labels: Record<FieldKey, string>;
  hints: Record<FieldKey | 'cvcAmex', string>;
  placeholders: { expiry: string };
  errors: {
    number: Record<CardNumberError, string>;
    expiry: Record<ExpiryError | 'invalid', string>;
    cvc: Record<CvcError, string>;
    name: Record<HolderNameError, string>;
    edirhamNumber: Record<EdirhamNumberError, string>;
    pin: Record<PinError | 'invalid', string>;
  };
}

/** The error keys a field has: what its validation returns, and `invalid`. */
export type FieldErrorKey<K extends FieldKey> = keyof FrameStrings['errors'][K] & string;

export const en: FrameStrings = {
  $code: 'en',
  $dir: 'ltr',
  title: 'Payment details',
  form: { card: 'Card details', edirham: 'e-Dirham card details' },
  labels: {
    number: 'Card number',
    expiry: 'Expiry date (MM/YY)',
    cvc: 'Security code (CVC)',
    name: 'Name on card',
    edirhamNumber: 'e-Dirham card number',
    pin: 'PIN',
  },
  hints: {
    number: 'The long number on the front of your card.',
    expiry: 'The month and year printed on your card.',
    cvc: 'The last 3 digits on the back of your card.',
    cvcAmex: 'The 4 digits printed on the front of your card.',
    name: 'Optional. As printed on the card.',
    edirhamNumber: 'The 16 digits on your e-Dirham card, starting with 784.',
    pin: 'The 4-digit PIN of your e-Dirham card.',
  },
  placeholders: { expiry: 'MM/YY' },
  errors: {
    number: {
      empty: 'Enter the card number.',
      incomplete: 'The card number is too short. Enter every digit on your card.',
      invalid: 'A digit of this card number is wrong. Check each digit against your card.',
    },
    expiry: {
      empty: 'Enter the expiry date.',
      incomplete: 'Enter the month and the year, for example 08/29.',
      invalid_month: 'The month must be from 01 to 12.',
      expired: 'This date has passed. Check the date on your card, or use another card.',
      too_far: 'This year is more than 20 years ahead. Check the year on your card.',
      invalid: 'Check the expiry date: enter the month and year printed on your card.',
    },
    cvc: {
      empty: 'Enter the security code (CVC).',
      incomplete: 'The security code is too short. Enter all its digits.',
      invalid: 'Check the security code: 3 digits on the back of the card, 4 on the front of an American Express card.',
    },
    name: { invalid: 'Enter the name as printed on the card, without digits.' },
    edirhamNumber: {
      empty: 'Enter the e-Dirham card number.',
      incomplete: 'The e-Dirham card number is too short. Enter all 16 digits.',
      prefix: 'An e-Dirham card number starts with 784. Check the first digits.',
      invalid: 'A digit of this e-Dirham card number is wrong. Check each digit against your card.',
    },
    pin: {
      empty: 'Enter the PIN.',
      incomplete: 'The PIN is too short. Enter all 4 digits.',
      invalid: 'Check the PIN and enter its 4 digits again.',
    },
  },
};

export const ar: FrameStrings = {
  $code: 'ar',
  $dir: 'rtl',
  title: 'بيانات الدفع',
  form: { card: 'بيانات البطاقة', edirham: 'بيانات بطاقة الدرهم الإلكتروني' },
  labels: {
    number: 'رقم البطاقة',
    expiry: 'تاريخ الانتهاء (شهر/سنة)',
    cvc: 'رمز الأمان',
    name: 'الاسم على البطاقة',
    edirhamNumber: 'رقم بطاقة الدرهم الإلكتروني',
    pin: 'الرقم السري',
  },
  hints: {
    number: 'الرقم الطويل المطبوع على وجه البطاقة.',
    expiry: 'الشهر والسنة المطبوعان على البطاقة.',
    cvc: 'آخر 3 أرقام على ظهر البطاقة.',
    cvcAmex: 'الأرقام الأربعة المطبوعة على وجه البطاقة.',
    name: 'اختياري، كما هو مطبوع على البطاقة.',
    edirhamNumber: 'الأرقام الستة عشر المطبوعة على بطاقة الدرهم الإلكتروني، وتبدأ بـ 784.',
    pin: 'الرقم السري لبطاقة الدرهم الإلكتروني، ويتكون من 4 أرقام.',
  },
  placeholders: { expiry: 'شهر/سنة' },
  errors: {
    number: {
      empty: 'أدخل رقم البطاقة.',
      incomplete: 'رقم البطاقة أقصر من اللازم. أدخل جميع الأرقام المطبوعة على بطاقتك.',
      invalid: 'أحد أرقام هذه البطاقة غير صحيح. قارن كل رقم بما هو مطبوع على بطاقتك.',
    },
    expiry: {
      empty: 'أدخل تاريخ انتهاء البطاقة.',
      incomplete: 'أدخل الشهر والسنة، مثل 08/29.',
      invalid_month: 'يجب أن يكون الشهر من 01 إلى 12.',
      expired: 'هذا التاريخ قد مضى. تحقق من التاريخ المطبوع على بطاقتك، أو استخدم بطاقة أخرى.',
      too_far: 'هذه السنة بعد أكثر من 20 سنة من الآن. تحقق من السنة المطبوعة على بطاقتك.',
      invalid: 'تحقق من تاريخ الانتهاء: أدخل الشهر والسنة المطبوعين على بطاقتك.',
    },
    cvc: {
      empty: 'أدخل رمز الأمان (CVC).',
      incomplete: 'رمز الأمان أقصر من اللازم. أدخل جميع أرقامه.',
      invalid: 'تحقق من رمز الأمان: 3 أرقام على ظهر البطاقة، و4 أرقام على وجه بطاقة أمريكان إكسبريس.',
    },
    name: { invalid: 'أدخل الاسم كما هو مطبوع على البطاقة، دون أرقام.' },
    edirhamNumber: {
      empty: 'أدخل رقم بطاقة الدرهم الإلكتروني.',
      incomplete: 'رقم بطاقة الدرهم الإلكتروني أقصر من اللازم. أدخل الأرقام الستة عشر كلها.',
      prefix: 'يبدأ رقم بطاقة الدرهم الإلكتروني بـ 784. تحقق من أرقامه الأولى.',
      invalid: 'أحد أرقام بطاقة الدرهم الإلكتروني هذه غير صحيح. قارن كل رقم بما هو مطبوع على بطاقتك.',
    },
    pin: {
      empty: 'أدخل الرقم السري.',
      incomplete: 'الرقم السري أقصر من اللازم. أدخل أرقامه الأربعة كلها.',
      invalid: 'تحقق من الرقم السري وأدخل أرقامه الأربعة مرة أخرى.',
    },
  },
};

export const translations: Record<Locale, FrameStrings> = { en, ar };

/** The message for a field's error, in the given language. */
export function errorMessage<K extends FieldKey>(strings: FrameStrings, field: K, error: FieldErrorKey<K>): string {
  return (strings.errors[field] as Record<string, string>)[error] ?? '';
}
