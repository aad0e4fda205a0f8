import type { CardBrand } from './types.ts';

/** The Luhn (mod 10) check digit every card number carries (ISO/IEC 7812-1, annex B). */
export function luhnValid(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * The brand from the first digits (issuer identification number ranges). Mastercard includes the
 * 2-series, 2221–2720. The order matters: `62` is UnionPay before `6…` is Discover.
 */
export function cardBrandOf(digits: string): CardBrand {
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|222[1-9]|22[3-9][0-9]|2[3-6][0-9]{2}|27[01][0-9]|2720)/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^62/.test(digits)) return 'unionpay';
  if (/^35(2[89]|[3-8])/.test(digits)) return 'jcb';
  if (/^6(011|5)/.test(digits)) return 'discover';
  return 'unknown';
}

export const CARD_NUMBER_LENGTHS: Record<CardBrand, readonly number[]> = {
  visa: [13, 16, 19],
  mastercard: [16],
  amex: [15],
  unionpay: [16, 17, 18, 19],
  jcb: [16, 17, 18, 19],
  discover: [16, 17, 18, 19],
  // What the gateway accepts for a number of no known brand.
  unknown: [13, 14, 15, 16, 17, 18, 19],
};
