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
      empty: 'Enter your card number.',
      incomplete: 'The card number is incomplete.',
      invalid: 'This card number is not valid. Check it and try again.',
    },
    expiry: {
      empty: 'Enter the expiry date.',
      incomplete: 'Enter the month and the year, for example 08/29.',
      invalid_month: 'The month must be from 01 to 12.',
      expired: 'This card has expired. Use another card.',
      too_far: 'The expiry year is too far ahead. Check it.',
      invalid: 'The expiry date is not valid. Check it and try again.',
    },
    cvc: {
      empty: 'Enter the security code.',
      incomplete: 'The security code is too short.',
      invalid: 'The security code is not valid. Check it and try again.',
    },
    name: { invalid: 'Enter the name as printed on the card, without digits.' },
    edirhamNumber: {
      empty: 'Enter your e-Dirham card number.',
      incomplete: 'The e-Dirham card number has 16 digits.',
      invalid: 'This e-Dirham card number is not valid. It starts with 784.',
    },
    pin: {
      empty: 'Enter your PIN.',
      incomplete: 'The PIN has 4 digits.',
      invalid: 'The PIN is not valid. Enter its 4 digits.',
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
      incomplete: 'رقم البطاقة غير مكتمل.',
      invalid: 'رقم البطاقة غير صحيح. تحقق منه وحاول مرة أخرى.',
    },
    expiry: {
      empty: 'أدخل تاريخ انتهاء البطاقة.',
      incomplete: 'أدخل الشهر والسنة، مثل 08/29.',
      invalid_month: 'يجب أن يكون الشهر من 01 إلى 12.',
      expired: 'انتهت صلاحية هذه البطاقة. استخدم بطاقة أخرى.',
      too_far: 'سنة الانتهاء بعيدة جدًا. تحقق منها.',
      invalid: 'تاريخ الانتهاء غير صحيح. تحقق منه وحاول مرة أخرى.',
    },
    cvc: {
      empty: 'أدخل رمز الأمان.',
      incomplete: 'رمز الأمان أقصر من اللازم.',
      invalid: 'رمز الأمان غير صحيح. تحقق منه وحاول مرة أخرى.',
    },
    name: { invalid: 'أدخل الاسم كما هو مطبوع على البطاقة، دون أرقام.' },
    edirhamNumber: {
      empty: 'أدخل رقم بطاقة الدرهم الإلكتروني.',
      incomplete: 'يتكون رقم بطاقة الدرهم الإلكتروني من 16 رقمًا.',
      invalid: 'رقم بطاقة الدرهم الإلكتروني غير صحيح، فهو يبدأ بـ 784.',
    },
    pin: {
      empty: 'أدخل الرقم السري.',
      incomplete: 'يتكون الرقم السري من 4 أرقام.',
      invalid: 'الرقم السري غير صحيح. أدخل أرقامه الأربعة.',
    },
  },
};

export const translations: Record<Locale, FrameStrings> = { en, ar };

/** The message for a field's error, in the given language. */
export function errorMessage<K extends FieldKey>(strings: FrameStrings, field: K, error: FieldErrorKey<K>): string {
  return (strings.errors[field] as Record<string, string>)[error] ?? '';
}
