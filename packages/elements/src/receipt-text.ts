import { BANKS } from '@dubai-pay/contract';
import type { Receipt } from '@dubai-pay/core';
import type { Translation } from './i18n/translation.ts';

/**
 * How a receipt says what was paid with and when, in the checkout and in the kiosk's printed
 * lines alike: the bank by its name in the reader's language, a card by brand and last four.
 */
export function paidWith(method: Receipt['paymentMethod'], t: Translation): string {
  if (method.type === 'direct_debit') return Object.hasOwn(BANKS, method.bank) ? BANKS[method.bank as keyof typeof BANKS][t.$lang] : method.bank.toUpperCase();
  return `${method.type === 'card' ? method.brand.toUpperCase() : t.edirham} •••• ${method.last4}`;
}

/** The receipt's time, in the reader's language with Latin digits (as receipts here are printed). */
export function receiptTime(issuedAt: string, t: Translation): string {
  return new Intl.DateTimeFormat(t.$lang === 'ar' ? 'ar-AE-u-nu-latn' : 'en-AE', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(issuedAt));
}
