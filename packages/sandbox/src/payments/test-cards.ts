import type { CardBrand } from '@dubai-pay/contract';

/** What the sandbox's simulated issuer does with a card. */
export type Scenario =
  /** Authorised without a challenge; no 3DS Method URL (indicator `U`). */
  | { kind: 'frictionless' }
  /** 3DS Method (device data) first, then authorised without a challenge. */
  | { kind: 'method_then_frictionless' }
  /** A challenge at the ACS, with or without a 3DS Method before it. */
  | { kind: 'challenge'; method: boolean }
  /** Declined by the issuer with this code. */
  | { kind: 'decline'; code: DeclineCode };

export type DeclineCode =
  | 'card_declined'
  | 'insufficient_funds'
  | 'lost_card'
  | 'stolen_card'
  | 'expired_card'
  | 'incorrect_cvc'
  | 'incorrect_pin'
  | 'processing_error';

export interface TestCard {
  number: string;
  brand: CardBrand;
  scenario: Scenario;
  /** A reusable test token for this card, so pages without the hosted fields can pay in tests. */
  token: string;
  description: string;
}

/**
 * The documented test cards (README). Any expiry in the future and any CVC of the right length
 * work with them; any other Luhn-valid number is authorised without a challenge.
 */
export const TEST_CARDS: readonly TestCard[] = [
  { number: '4242424242424242', brand: 'visa', scenario: { kind: 'frictionless' }, token: 'pm_card_visa', description: 'Succeeds, no 3-D Secure challenge' },
  { number: '5555555555554444', brand: 'mastercard', scenario: { kind: 'method_then_frictionless' }, token: 'pm_card_mastercard', description: 'Succeeds after the 3DS Method, no challenge' },
  { number: '378282246310005', brand: 'amex', scenario: { kind: 'frictionless' }, token: 'pm_card_amex', description: 'Succeeds, no challenge (4-digit CVC)' },
  { number: '4000000000003220', brand: 'visa', scenario: { kind: 'challenge', method: true }, token: 'pm_card_challenge', description: '3DS Method, then a challenge' },
  { number: '4000000000003063', brand: 'visa', scenario: { kind: 'challenge', method: false }, token: 'pm_card_challenge_no_method', description: 'Challenge, no 3DS Method URL' },
  { number: '4000000000000002', brand: 'visa', scenario: { kind: 'decline', code: 'card_declined' }, token: 'pm_card_declined', description: 'Declined (do not honour)' },
  { number: '4000000000009995', brand: 'visa', scenario: { kind: 'decline', code: 'insufficient_funds' }, token: 'pm_card_insufficient_funds', description: 'Declined: insufficient funds' },
  { number: '4000000000009987', brand: 'visa', scenario: { kind: 'decline', code: 'lost_card' }, token: 'pm_card_lost', description: 'Declined: lost card' },
  { number: '4000000000009979', brand: 'visa', scenario: { kind: 'decline', code: 'stolen_card' }, token: 'pm_card_stolen', description: 'Declined: stolen card' },
  { number: '4000000000000069', brand: 'visa', scenario: { kind: 'decline', code: 'expired_card' }, token: 'pm_card_expired', description: 'Declined: expired card' },
  { number: '4000000000000127', brand: 'visa', scenario: { kind: 'decline', code: 'incorrect_cvc' }, token: 'pm_card_incorrect_cvc', description: 'Declined: incorrect CVC' },
  { number: '4000000000000119', brand: 'visa', scenario: { kind: 'decline', code: 'processing_error' }, token: 'pm_card_processing_error', description: 'Processing error at the issuer' },
];

export interface TestEdirhamCard {
  number: string;
  /** `null`: succeeds with the right PIN; otherwise declined with this code. */
  decline: 'insufficient_funds' | null;
  token: string;
  description: string;
}

/** The PIN every test e-Dirham card takes; any other PIN is `incorrect_pin`. */
export const TEST_EDIRHAM_PIN = '1234';

export const TEST_EDIRHAM_CARDS: readonly TestEdirhamCard[] = [
  { number: '7840000000000009', decline: null, token: 'pm_edirham', description: 'Succeeds with PIN 1234' },
  { number: '7840000000009992', decline: 'insufficient_funds', token: 'pm_edirham_insufficient_funds', description: 'Declined: insufficient funds' },
];
