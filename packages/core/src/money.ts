// One formatter for every amount shown anywhere: it lives in the contract, beside the amounts' rules.
export { formatAmount } from '@dubai-pay/contract';
export type { Locale } from '@dubai-pay/contract';
