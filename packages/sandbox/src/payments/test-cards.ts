import type { CardBrand, CodeOfKind, LocalizedText } from '@dubai-pay/contract';

/** What the sandbox's simulated issuer does with a card. */
export type Scenario =
  /** Authorised without a challenge; no 3DS Method URL (indicator `U`). */
  | { kind: 'frictionless' }
  /** 3DS Method (device data) first, then authorised without a challenge. `silent`: the method page never notifies (the client sends `N`). */
  | { kind: 'method_then_frictionless'; silent?: true }
  /** A challenge at the ACS, with or without a 3DS Method before it. `silent`: the ACS never answers the challenge. */
  | { kind: 'challenge'; method: boolean; silent?: true }
  /** Declined by the issuer with this code. */
  | { kind: 'decline'; code: DeclineCode };

/** What an attempt can end with: the contract's `declined` codes. */
export type DeclineCode = CodeOfKind<'declined'>;

export interface TestCard {
  number: string;
  brand: CardBrand;
  scenario: Scenario;
  /** A reusable test token for this card, so pages without the hosted fields can pay in tests. */
  token: string;
  description: LocalizedText;
}

/**
 * The documented test cards (README). Any expiry in the future and any CVC of the right length
 * work with them; any other Luhn-valid number is authorised without a challenge.
 */
export const TEST_CARDS: readonly TestCard[] = [
  {
    number: '4242424242424242',
    brand: 'visa',
    scenario: { kind: 'frictionless' },
    token: 'pm_card_visa',
    description: { en: 'Succeeds, no 3-D Secure challenge', ar: 'تنجح، دون تحقق إضافي' },
  },
  {
    number: '5555555555554444',
    brand: 'mastercard',
    scenario: { kind: 'method_then_frictionless' },
    token: 'pm_card_mastercard',
    description: { en: 'Succeeds after the 3DS Method, no challenge', ar: 'تنجح بعد جمع بيانات الجهاز، دون تحقق إضافي' },
  },
  {
    number: '378282246310005',
    brand: 'amex',
    scenario: { kind: 'frictionless' },
    token: 'pm_card_amex',
    description: { en: 'Succeeds, no challenge (4-digit CVC)', ar: 'تنجح، دون تحقق إضافي (رمز أمان من 4 أرقام)' },
  },
  {
    number: '4000000000003220',
    brand: 'visa',
    scenario: { kind: 'challenge', method: true },
    token: 'pm_card_challenge',
    description: { en: '3DS Method, then a challenge', ar: 'جمع بيانات الجهاز ثم رمز تحقق' },
  },
  {
    number: '4000000000003063',
    brand: 'visa',
    scenario: { kind: 'challenge', method: false },
    token: 'pm_card_challenge_no_method',
    description: { en: 'Challenge, no 3DS Method URL', ar: 'رمز تحقق دون جمع بيانات الجهاز' },
  },
  {
    number: '4000000000003238',
    brand: 'visa',
    scenario: { kind: 'method_then_frictionless', silent: true },
    token: 'pm_card_method_timeout',
    description: { en: 'The 3DS Method never answers (N after 10 s), then succeeds', ar: 'لا يستجيب جمع بيانات الجهاز (N بعد 10 ثوانٍ)، ثم تنجح' },
  },
  {
    number: '4000000000003246',
    brand: 'visa',
    scenario: { kind: 'challenge', method: false, silent: true },
    token: 'pm_card_challenge_silent',
    description: { en: 'Challenge page that never answers (client timeout)', ar: 'صفحة تحقق لا تستجيب أبدًا (انتهاء مهلة العميل)' },
  },
  {
    number: '4000000000000002',
    brand: 'visa',
    scenario: { kind: 'decline', code: 'card_declined' },
    token: 'pm_card_declined',
    description: { en: 'Declined (do not honour)', ar: 'مرفوضة (عدم الاعتماد)' },
  },
  {
    number: '4000000000009995',
    brand: 'visa',
    scenario: { kind: 'decline', code: 'insufficient_funds' },
    token: 'pm_card_insufficient_funds',
    description: { en: 'Declined: insufficient funds', ar: 'مرفوضة: الرصيد غير كافٍ' },
  },
  {
    number: '4000000000009987',
    brand: 'visa',
    scenario: { kind: 'decline', code: 'lost_card' },
    token: 'pm_card_lost',
    description: { en: 'Declined: lost card', ar: 'مرفوضة: بطاقة مفقودة' },
  },
  {
    number: '4000000000009979',
    brand: 'visa',
    scenario: { kind: 'decline', code: 'stolen_card' },
    token: 'pm_card_stolen',
    description: { en: 'Declined: stolen card', ar: 'مرفوضة: بطاقة مسروقة' },
  },
  {
    number: '4000000000000069',
    brand: 'visa',
    scenario: { kind: 'decline', code: 'expired_card' },
    token: 'pm_card_expired',
    description: { en: 'Declined: expired card', ar: 'مرفوضة: بطاقة منتهية الصلاحية' },
  },
  {
    number: '4000000000000127',
    brand: 'visa',
    scenario: { kind: 'decline', code: 'incorrect_cvc' },
    token: 'pm_card_incorrect_cvc',
    description: { en: 'Declined: incorrect CVC', ar: 'مرفوضة: رمز أمان غير صحيح' },
  },
  {
    number: '4000000000000119',
    brand: 'visa',
    scenario: { kind: 'decline', code: 'processing_error' },
    token: 'pm_card_processing_error',
    description: { en: 'Processing error at the issuer', ar: 'خطأ في المعالجة لدى البنك المصدر' },
  },
];

export interface TestEdirhamCard {
  number: string;
  /** `null`: succeeds with the right PIN; otherwise declined with this code. */
  decline: 'insufficient_funds' | null;
  token: string;
  description: LocalizedText;
}

/** The one-time code the sandbox ACS accepts in a challenge; three wrong codes fail it. */
export const TEST_CHALLENGE_CODE = '123456';

/** The PIN every test e-Dirham card takes; any other PIN is `incorrect_pin`. */
export const TEST_EDIRHAM_PIN = '1234';

export const TEST_EDIRHAM_CARDS: readonly TestEdirhamCard[] = [
  { number: '7840000000000009', decline: null, token: 'pm_edirham', description: { en: 'Succeeds with PIN 1234', ar: 'تنجح بالرقم السري 1234' } },
  {
    number: '7840000000009992',
    decline: 'insufficient_funds',
    token: 'pm_edirham_insufficient_funds',
    description: { en: 'Declined: insufficient funds', ar: 'مرفوضة: الرصيد غير كافٍ' },
  },
];
