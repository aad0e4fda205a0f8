import { THREE_DS_VERSIONS, type CardBrand, type Locale, type ThreeDsVersion, type TransStatus, type Wire } from '@dubai-pay/contract';

/**
 * What the card schemes' directory servers fix for a 3-D Secure outcome, as the sandbox's
 * 3DS Server applies it: the version, the ECI, the liability shift, the issuer's reason codes.
 */

/** The highest version both this 3DS Server and the card's range speak, or null when they share none. */
export function negotiatedVersion(range: readonly ThreeDsVersion[]): ThreeDsVersion | null {
  for (let i = THREE_DS_VERSIONS.length - 1; i >= 0; i--) {
    const version = THREE_DS_VERSIONS[i]!;
    if (range.includes(version)) return version;
  }
  return null;
}

/** A final status: what a challenge or a frictionless answer can end with. */
export type FinalStatus = Exclude<TransStatus, 'C'>;

/** ECI by brand: Mastercard 02 authenticated, 01 attempted, 06 exemption, 00 otherwise; Visa and Amex 05, 06, 07. */
export function eciFor(brand: CardBrand, status: FinalStatus): string {
  if (brand === 'mastercard') return status === 'Y' ? '02' : status === 'A' ? '01' : status === 'I' ? '06' : '00';
  return status === 'Y' ? '05' : status === 'A' ? '06' : '07';
}

/** The issuer carries the fraud chargeback risk when it authenticated (`Y`) or stood in for an attempt (`A`). */
export const shiftsLiability = (status: FinalStatus | null): boolean => status === 'Y' || status === 'A';

/** EMV 3DS `transStatusReason` the sandbox issuer gives with a frictionless refusal. */
export const FRICTIONLESS_REASONS: Partial<Record<FinalStatus, string>> = {
  N: '01', // card authentication failed
  R: '11', // suspected fraud
  U: '22', // ACS technical issue
};

/** Text the sandbox ACS sends for the cardholder with a refusal (EMV `cardholderInfo`, ≤ 128 characters), in their language. */
export function cardholderInfoFor(status: FinalStatus, language: Locale): string | null {
  if (status !== 'N' && status !== 'R' && status !== 'U') return null;
  return language === 'ar'
    ? 'لم نتمكن من التحقق من هذه الدفعة. للمساعدة اتصل ببنك الإصدار التجريبي على 800 1234.'
    : 'We could not verify this payment. For help, call Sandbox Issuer Bank on 800 1234.';
}

/** What the issuer gives as `transStatusReason` when it says none itself (EMV requires one for N, U and R). */
export const DEFAULT_REASONS: Partial<Record<FinalStatus, string>> = { N: '01', U: '22', R: '11' };

/** The session's `three_d_secure` for a final status (the ids and the method indicator stay). */
export function withStatus(record: Wire.ThreeDSecure, brand: CardBrand, status: FinalStatus, reason: string | null): Wire.ThreeDSecure {
  return {
    ...record,
    trans_status: status,
    trans_status_reason: reason,
    // N and R are never authorised: no ECI to carry.
    eci: status === 'N' || status === 'R' ? null : eciFor(brand, status),
    liability_shift: shiftsLiability(status),
    authentication_value_present: status === 'Y' || status === 'A',
    exemption: status === 'I' ? 'transaction_risk_analysis' : null,
  };
}
