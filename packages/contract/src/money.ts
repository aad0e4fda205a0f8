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
 * Dirhams written out as `Intl.NumberFormat` writes them (en-AE, and ar-AE with Latin digits; the
 * money tests compare the two over many amounts), without `Intl`: its first use in a page loads
 * ICU's data, about 40 ms (170 ms at a 4× slower CPU), a long task in the middle of every
 * checkout's first render. The same text in every engine, too.
 */
function dirhams(minorUnits: number, locale: Locale): string {
  const whole = String(Math.trunc(Math.abs(minorUnits) / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  const number = `${whole}.${String(Math.abs(minorUnits) % 100).padStart(2, '0')}`;
  const negative = minorUnits < 0;
  // U+00A0 between the number and the currency; Arabic's right-to-left marks (U+200F) around the
  // amount, and a left-to-right mark (U+200E) before a minus sign.
  if (locale === 'ar') return `\u200f${negative ? '\u200e-' : ''}${number}\u00a0د.إ.\u200f`;
  return `${negative ? '-' : ''}AED\u00a0${number}`;
}

/**
 * Formats integer minor units (fils) for display, wherever an amount is shown: the checkout, the
 * kiosk's printed receipt, the gateway's, the bank's and the ACS's pages. The number of fraction
 * digits comes from `Intl` for the currency, and the value is passed as an exact decimal string,
 * never a float.
 */
export function formatAmount(minorUnits: number, locale: Locale, currency = 'AED'): string {
  if (!Number.isSafeInteger(minorUnits)) throw new TypeError(`Amounts are integer minor units; got ${minorUnits}.`);
  if (currency === 'AED') return dirhams(minorUnits, locale);
  return formatWithIntl(minorUnits, locale, currency);
}

/** Any other currency: as `Intl` writes it, with its own number of fraction digits. */
export function formatWithIntl(minorUnits: number, locale: Locale, currency: string): string {
  const format = formatter(locale, currency);
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const sign = minorUnits < 0 ? '-' : '';
  const text = String(Math.abs(minorUnits)).padStart(digits + 1, '0');
  const decimal = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return format.format(`${sign}${decimal}` as `${number}`);
}
