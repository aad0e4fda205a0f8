import { BANKS } from '@dubai-pay/contract';
import type { Receipt, Service } from '@dubai-pay/core';
import { format, type Translation } from './i18n/translation.ts';

/**
 * How a receipt says what was paid with and when, in the checkout and in the kiosk's printed
 * lines alike: the bank by its name in the reader's language, a card by brand and last four.
 */
export function paidWith(method: Receipt['paymentMethod'], t: Translation): string {
  if (method.type === 'direct_debit') return Object.hasOwn(BANKS, method.bank) ? BANKS[method.bank as keyof typeof BANKS][t.$lang] : method.bank.toUpperCase();
  return `${method.type === 'card' ? method.brand.toUpperCase() : t.edirham} •••• ${method.last4}`;
}

/**
 * The receipt's time in Dubai (where the payment is made and the receipt counts), whatever the
 * device's zone, with the zone said; in the reader's language with Latin digits (as receipts here
 * are printed). Dubai keeps one offset all year, so the zone's name is a fixed string.
 */
export function receiptTime(issuedAt: string, t: Translation): string {
  const time = new Intl.DateTimeFormat(t.$lang === 'ar' ? 'ar-AE-u-nu-latn' : 'en-AE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Dubai' }).format(
    new Date(issuedAt),
  );
  return format(t.receiptTimeInDubai, { time });
}

/**
 * What was paid for, as receipt rows: the agency's reference, then each of the service's inputs
 * (plate, file number) under its label. Inputs are shown only with the service's own labels: a
 * receipt never shows a raw field name.
 */
export function paidFor(receipt: Receipt, service: Service | null, t: Translation): [label: string, value: string][] {
  const rows: [string, string][] = receipt.reference ? [[t.receiptReference, receipt.reference]] : [];
  if (!service || !receipt.inputs || receipt.serviceId !== service.id) return rows;
  for (const input of service.inputs) {
    const value = receipt.inputs[input.name];
    if (value !== undefined && value !== '') rows.push([input.label[t.$lang], String(value)]);
  }
  return rows;
}
