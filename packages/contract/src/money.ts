import type { Locale } from './locale.ts';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, currency: string): Intl.NumberFormat {
  const key = `${locale}:${currency}`;
  let format = formatters.get(key);
  if (!format) {
    // Latin digits in both languages, as UAE government receipts print them.
    format = new Intl.NumberFormat(locale === 'ar' ? 'ar-AE-u-nu-latn' : 'en-AE', { style: 'currency', currency });
    formatters.set(key, format);
  }
  return format;
}

/**
 * Formats integer minor units (fils) for display, wherever an amount is shown: the checkout, the
 * kiosk's printed receipt, the gateway's, the bank's and the ACS's pages. The number of fraction
 * digits comes from `Intl` for the currency, and the value is passed as an exact decimal string,
 * never a float.
 */
export function formatAmount(minorUnits: number, locale: Locale, currency = 'AED'): string {
  if (!Number.isSafeInteger(minorUnits)) throw new TypeError(`Amounts are integer minor units; got ${minorUnits}.`);
  const format = formatter(locale, currency);
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const sign = minorUnits < 0 ? '-' : '';
  const text = String(Math.abs(minorUnits)).padStart(digits + 1, '0');
  const decimal = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return format.format(`${sign}${decimal}` as `${number}`);
}
