import { formatAmount, type Receipt, type Service } from '@dubai-pay/core';
import type { Translation } from '../i18n/translation.ts';
import { paidFor, paidWith, receiptTime } from '../receipt-text.ts';

/** A receipt as plain lines, for a kiosk shell that prints on its own receipt printer. */
export function receiptLines(receipt: Receipt, t: Translation, entityName: string | null, service: Service | null = null): string[] {
  return [
    t.receiptTitle,
    ...(entityName ? [entityName] : []),
    `${t.receiptNumber}: ${receipt.number}`,
    `${t.receiptTime}: ${receiptTime(receipt.issuedAt, t)}`,
    ...receipt.items.map((item) => `${item.description[t.$lang]}: ${formatAmount(item.amount, t.$lang)}`),
    `${t.total}: ${formatAmount(receipt.amount, t.$lang)}`,
    `${t.receiptMethod}: ${paidWith(receipt.paymentMethod, t)}`,
    ...(receipt.authorizationCode ? [`${t.receiptAuthorization}: ${receipt.authorizationCode}`] : []),
    `${t.receiptChannel}: ${t.channels[receipt.channel]}`,
    ...paidFor(receipt, service, t).map(([label, value]) => `${label}: ${value}`),
  ];
}
