import type { CardBrand, CodeOfKind, LocalizedText, ThreeDsVersion, TransStatus } from '@dubai-pay/contract';

/** What the sandbox's simulated issuer decides at authorisation, once the cardholder is authenticated. */
export type Scenario = { kind: 'approve' } | { kind: 'decline'; code: DeclineCode };

/** What an attempt can end with: the contract's `declined` codes. */
export type DeclineCode = CodeOfKind<'declined'>;

/**
 * How the card's issuer takes part in 3-D Secure from a browser (EMV 3DS 2.x):
 * - `versions`: the protocol versions its card range supports (the gateway uses the highest it shares);
 * - `method`: the range's 3DS Method URL: none (indicator `U`), one that notifies (`Y`), or one that never does (`N` after 10 s);
 * - `ares`: the issuer's answer to the AReq: frictionless `Y` `A` `N` `R` `U` `I`, or `C` for a challenge;
 * - `challenge`: what the ACS does in a challenge: the code decides `Y`/`N`; or after the right code the
 *   RReq says `A`, `U` or `R`; or it never answers; or it answers the CReq with an Erro
 *   (`erro_creq`: 203, `erro_internal`: 403) or times the cardholder out (`erro_timeout`: 402);
 * - `cardholderInfo`: the ACS sends text for the cardholder with its answer.
 */
export interface Authentication {
  versions: readonly ThreeDsVersion[];
  method: 'none' | 'notifies' | 'silent';
  ares: Exclude<TransStatus, 'C'> | 'C';
  challenge?: 'code' | 'A' | 'U' | 'R' | 'silent' | 'erro_creq' | 'erro_internal' | 'erro_timeout';
  cardholderInfo?: true;
}

export interface TestCard {
  number: string;
  brand: CardBrand;
  authentication: Authentication;
  scenario: Scenario;
  /** A reusable test token for this card, so pages without the hosted fields can pay in tests. */
  token: string;
  description: LocalizedText;
}

/** Most card ranges today: 2.1.0 and 2.2.0. */
const RANGE: readonly ThreeDsVersion[] = ['2.1.0', '2.2.0'];
const FRICTIONLESS: Authentication = { versions: RANGE, method: 'none', ares: 'Y' };
const APPROVE: Scenario = { kind: 'approve' };
const challenge = (then: NonNullable<Authentication['challenge']>, extra: Partial<Authentication> = {}): Authentication => ({
  versions: RANGE,
  method: 'none',
  ares: 'C',
  challenge: then,
  ...extra,
});
const frictionless = (ares: Authentication['ares'], extra: Partial<Authentication> = {}): Authentication => ({ ...FRICTIONLESS, ares, ...extra });
const declinedBy = (code: DeclineCode): Pick<TestCard, 'authentication' | 'scenario'> => ({ authentication: FRICTIONLESS, scenario: { kind: 'decline', code } });

/**
 * The documented test cards (README). Any expiry in the future and any CVC of the right length
 * work with them; any other Luhn-valid number is authenticated without a challenge and authorised.
 */
export const TEST_CARDS: readonly TestCard[] = [
  {
    number: '4242424242424242',
    brand: 'visa',
    authentication: FRICTIONLESS,
    scenario: APPROVE,
    token: 'pm_card_visa',
    description: { en: 'Succeeds, no 3-D Secure challenge', ar: 'تنجح، دون تحقق إضافي' },
  },
  {
    number: '5555555555554444',
    brand: 'mastercard',
    authentication: { versions: RANGE, method: 'notifies', ares: 'Y' },
    scenario: APPROVE,
    token: 'pm_card_mastercard',
    description: { en: 'Succeeds after the 3DS Method, no challenge', ar: 'تنجح بعد جمع بيانات الجهاز، دون تحقق إضافي' },
  },
  {
    number: '378282246310005',
    brand: 'amex',
    authentication: FRICTIONLESS,
    scenario: APPROVE,
    token: 'pm_card_amex',
    description: { en: 'Succeeds, no challenge (4-digit CVC)', ar: 'تنجح، دون تحقق إضافي (رمز أمان من 4 أرقام)' },
  },
  {
    number: '4000000000003220',
    brand: 'visa',
    authentication: challenge('code', { method: 'notifies' }),
    scenario: APPROVE,
    token: 'pm_card_challenge',
    description: { en: '3DS Method, then a challenge', ar: 'جمع بيانات الجهاز ثم رمز تحقق' },
  },
  {
    number: '4000000000003063',
    brand: 'visa',
    authentication: challenge('code'),
    scenario: APPROVE,
    token: 'pm_card_challenge_no_method',
    description: { en: 'Challenge, no 3DS Method URL', ar: 'رمز تحقق دون جمع بيانات الجهاز' },
  },
  {
    number: '4000000000003238',
    brand: 'visa',
    authentication: { versions: RANGE, method: 'silent', ares: 'Y' },
    scenario: APPROVE,
    token: 'pm_card_method_timeout',
    description: { en: 'The 3DS Method never answers (N after 10 s), then succeeds', ar: 'لا يستجيب جمع بيانات الجهاز (N بعد 10 ثوانٍ)، ثم تنجح' },
  },
  {
    number: '4000000000003246',
    brand: 'visa',
    authentication: challenge('silent'),
    scenario: APPROVE,
    token: 'pm_card_challenge_silent',
    description: { en: 'Challenge page that never answers (client timeout)', ar: 'صفحة تحقق لا تستجيب أبدًا (انتهاء مهلة العميل)' },
  },
  {
    number: '4000000000002701',
    brand: 'visa',
    authentication: frictionless('A'),
    scenario: APPROVE,
    token: 'pm_card_attempted',
    description: { en: 'Frictionless A (attempt recorded, ECI 06): succeeds unless the agency declines A', ar: 'دون تحقق، بمحاولة مسجّلة (A، ECI 06): تنجح ما لم ترفض الجهة A' },
  },
  {
    number: '5555550000002701',
    brand: 'mastercard',
    authentication: frictionless('A'),
    scenario: APPROVE,
    token: 'pm_card_attempted_mastercard',
    description: { en: 'Mastercard, frictionless A (ECI 01)', ar: 'ماستركارد، دون تحقق بمحاولة مسجّلة (A، ECI 01)' },
  },
  {
    number: '4000000000002719',
    brand: 'visa',
    authentication: frictionless('N', { cardholderInfo: true }),
    scenario: APPROVE,
    token: 'pm_card_not_authenticated',
    description: { en: 'Frictionless N, with a message from the bank: not charged', ar: 'دون تحقق N، مع رسالة من البنك: لا خصم' },
  },
  {
    number: '4000000000002727',
    brand: 'visa',
    authentication: frictionless('R', { cardholderInfo: true }),
    scenario: APPROVE,
    token: 'pm_card_rejected',
    description: { en: 'Frictionless R (rejected by the issuer), with a message from the bank: not charged', ar: 'مرفوضة من البنك المصدر (R) مع رسالة منه: لا خصم' },
  },
  {
    number: '4000000000002735',
    brand: 'visa',
    authentication: frictionless('U'),
    scenario: APPROVE,
    token: 'pm_card_unavailable',
    description: { en: 'Frictionless U (authentication unavailable): succeeds unless the agency declines U', ar: 'التحقق غير متاح (U): تنجح ما لم ترفض الجهة U' },
  },
  {
    number: '4000000000002743',
    brand: 'visa',
    authentication: frictionless('I'),
    scenario: APPROVE,
    token: 'pm_card_exempted',
    description: { en: 'Frictionless I (a low-risk exemption acknowledged, no liability shift): succeeds', ar: 'إعفاء منخفض المخاطر مقبول (I)، دون نقل المسؤولية: تنجح' },
  },
  {
    number: '4000000000002800',
    brand: 'visa',
    authentication: challenge('A'),
    scenario: APPROVE,
    token: 'pm_card_challenge_attempted',
    description: { en: 'Challenge, then the result is A: succeeds unless the agency declines A', ar: 'رمز تحقق ثم النتيجة A: تنجح ما لم ترفض الجهة A' },
  },
  {
    number: '4000000000002818',
    brand: 'visa',
    authentication: challenge('U'),
    scenario: APPROVE,
    token: 'pm_card_challenge_unavailable',
    description: { en: 'Challenge, then the result is U: succeeds unless the agency declines U', ar: 'رمز تحقق ثم النتيجة U: تنجح ما لم ترفض الجهة U' },
  },
  {
    number: '4000000000002826',
    brand: 'visa',
    authentication: challenge('R'),
    scenario: APPROVE,
    token: 'pm_card_challenge_rejected',
    description: { en: 'Challenge, then the result is R (rejected): not charged', ar: 'رمز تحقق ثم النتيجة R (مرفوضة): لا خصم' },
  },
  {
    number: '4000000000002909',
    brand: 'visa',
    authentication: challenge('erro_creq'),
    scenario: APPROVE,
    token: 'pm_card_acs_erro_creq',
    description: { en: 'The ACS answers the challenge request with an Erro (203): not charged', ar: 'يرد خادم التحقق بخطأ (203) على طلب التحقق: لا خصم' },
  },
  {
    number: '4000000000002917',
    brand: 'visa',
    authentication: challenge('erro_timeout'),
    scenario: APPROVE,
    token: 'pm_card_acs_erro_timeout',
    description: { en: 'The ACS times the challenge out after 5 s (Erro 402): not charged', ar: 'تنتهي مهلة التحقق لدى الخادم بعد 5 ثوانٍ (خطأ 402): لا خصم' },
  },
  {
    number: '4000000000002925',
    brand: 'visa',
    authentication: challenge('erro_internal'),
    scenario: APPROVE,
    token: 'pm_card_acs_erro_internal',
    description: { en: 'The ACS fails (Erro 403, transient system failure): not charged', ar: 'عطل في خادم التحقق (خطأ 403): لا خصم' },
  },
  {
    number: '4000000000003006',
    brand: 'visa',
    authentication: challenge('code', { versions: ['2.1.0'] }),
    scenario: APPROVE,
    token: 'pm_card_challenge_v210',
    description: { en: 'Card range on 2.1.0 only: challenge in 2.1.0', ar: 'نطاق بطاقات بالإصدار 2.1.0 فقط: رمز تحقق بالإصدار 2.1.0' },
  },
  {
    number: '4000000000003014',
    brand: 'visa',
    authentication: challenge('code', { versions: ['2.1.0', '2.2.0', '2.3.1'] }),
    scenario: APPROVE,
    token: 'pm_card_challenge_v231',
    description: { en: 'Card range up to 2.3.1: challenge in 2.3.1', ar: 'نطاق بطاقات حتى الإصدار 2.3.1: رمز تحقق بالإصدار 2.3.1' },
  },
  {
    number: '4000000000000002',
    brand: 'visa',
    ...declinedBy('card_declined'),
    token: 'pm_card_declined',
    description: { en: 'Declined (do not honour)', ar: 'مرفوضة (عدم الاعتماد)' },
  },
  {
    number: '4000000000009995',
    brand: 'visa',
    ...declinedBy('insufficient_funds'),
    token: 'pm_card_insufficient_funds',
    description: { en: 'Declined: insufficient funds', ar: 'مرفوضة: الرصيد غير كافٍ' },
  },
  {
    number: '4000000000009987',
    brand: 'visa',
    ...declinedBy('lost_card'),
    token: 'pm_card_lost',
    description: { en: 'Declined: lost card', ar: 'مرفوضة: بطاقة مفقودة' },
  },
  {
    number: '4000000000009979',
    brand: 'visa',
    ...declinedBy('stolen_card'),
    token: 'pm_card_stolen',
    description: { en: 'Declined: stolen card', ar: 'مرفوضة: بطاقة مسروقة' },
  },
  {
    number: '4000000000000069',
    brand: 'visa',
    ...declinedBy('expired_card'),
    token: 'pm_card_expired',
    description: { en: 'Declined: expired card', ar: 'مرفوضة: بطاقة منتهية الصلاحية' },
  },
  {
    number: '4000000000000127',
    brand: 'visa',
    ...declinedBy('incorrect_cvc'),
    token: 'pm_card_incorrect_cvc',
    description: { en: 'Declined: incorrect CVC', ar: 'مرفوضة: رمز أمان غير صحيح' },
  },
  {
    number: '4000000000000119',
    brand: 'visa',
    ...declinedBy('processing_error'),
    token: 'pm_card_processing_error',
    description: { en: 'Processing error at the issuer', ar: 'خطأ في المعالجة لدى البنك المصدر' },
  },
];

/** Any other Luhn-valid card: authenticated without a challenge and authorised. */
export const DEFAULT_AUTHENTICATION = FRICTIONLESS;

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
