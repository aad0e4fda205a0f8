import { formatAmount, type Receipt } from '@dubai-pay/core';
import type { Translation } from '../i18n/translation.ts';

/** A receipt as plain lines, for a kiosk shell that prints on its own receipt printer. */
export function receiptLines(receipt: Receipt, t: Translation, entityName: string | null): string[] {
  const method = receipt.paymentMethod;
  const paidWith = method.type === 'direct_debit' ? method.bank.toUpperCase() : `${method.type === 'card' ? method.brand.toUpperCase() : t.edirham} •••• ${method.last4}`;
  const time = new Intl.DateTimeFormat(t.$lang === 'ar' ? 'ar-AE-u-nu-latn' : 'en-AE', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(receipt.issuedAt));
  return [
    t.receiptTitle,
    ...(entityName ? [entityName] : []),
    `${t.receiptNumber}: ${receipt.number}`,
    `${t.receiptTime}: ${time}`,
    ...receipt.items.map((item) => `${item.description[t.$lang]}: ${formatAmount(item.amount, t.$lang)}`),
    `${t.total}: ${formatAmount(receipt.amount, t.$lang)}`,
    `${t.receiptMethod}: ${paidWith}`,
    `${t.receiptChannel}: ${t.channels[receipt.channel]}`,
  ];
}
