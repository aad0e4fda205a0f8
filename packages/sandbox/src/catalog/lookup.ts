import type { Wire } from '@dubai-pay/contract';
import { GatewayProblem } from '../problems.ts';

/**
 * What a reference (plate number, account number, case number) owes, in the sandbox.
 * Deterministic, so tests and the demo see the same amounts every time:
 * - a reference whose last character is `0` owes nothing (`nothing_due`);
 * - a reference made only of 9s (after its letters) is unknown (`reference_not_found`);
 * - any other reference owes one to three amounts derived from a hash of it.
 */
export function lookUpReference(kind: 'fine' | 'bill' | 'dues', reference: string, input: string): Wire.LineItem[] {
  // The input the reference was typed in is named, so a form can mark that field.
  const param = `inputs.${input}`;
  const compact = reference.replace(/\s+/g, '').toUpperCase();
  const digits = compact.replace(/[^0-9]/g, '');
  if (digits.length > 0 && /^9+$/.test(digits)) {
    throw new GatewayProblem(404, 'reference_not_found', `No record was found for ${reference}.`, { param });
  }
  if (compact.endsWith('0')) {
    throw new GatewayProblem(422, 'nothing_due', `Nothing is due for ${reference}.`, { param });
  }
  const hash = fnv1a(compact);
  const count = kind === 'fine' ? 1 + (hash % 3) : 1;
  const items: Wire.LineItem[] = [];
  for (let index = 0; index < count; index++) {
    const amount = amountFor(kind, fnv1a(`${compact}#${index}`));
    items.push({ kind, description: describe(kind, compact, index), quantity: 1, unit_amount: amount, amount });
  }
  return items;
}

function amountFor(kind: 'fine' | 'bill' | 'dues', hash: number): number {
  switch (kind) {
    case 'fine': // AED 100 to 3,000 in steps of 50, as traffic fines are
      return (2 + (hash % 59)) * 5000;
    case 'bill': // AED 85.35 to 2,585.34, to the fils, as utility bills are
      return 8535 + (hash % 250000);
    case 'dues':
      return (5 + (hash % 200)) * 2500;
  }
}

function describe(kind: 'fine' | 'bill' | 'dues', reference: string, index: number): Wire.LineItem['description'] {
  const number = `${reference}-${String(index + 1).padStart(2, '0')}`;
  switch (kind) {
    case 'fine':
      return { en: `Fine ${number}`, ar: `مخالفة ${number}` };
    case 'bill':
      return { en: `Bill for account ${reference}`, ar: `فاتورة الحساب ${reference}` };
    case 'dues':
      return { en: `Outstanding dues ${reference}`, ar: `مستحقات ${reference}` };
  }
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
