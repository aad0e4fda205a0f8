import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { emiratesId, tradeLicenceNumber, years } from '../inputs.ts';

const craftNumber: InputSeed = {
  name: 'craft_registration_number',
  label: { en: 'Marine craft registration number', ar: 'رقم تسجيل الوسيلة البحرية' },
  hint: { en: 'e.g. DXB 12345', ar: 'مثل DXB 12345' },
  kind: 'text',
  pattern: '^[A-Za-z]{2,3} ?[0-9]{2,6}$',
  minLength: 4,
  maxLength: 10,
};

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'maritime',
    name: { en: 'Dubai Maritime Authority', ar: 'سلطة دبي البحرية' },
    shortName: { en: 'DMA', ar: 'السلطة البحرية' },
  },
  services: [
    {
      id: 'maritime-craft-registration',
      name: { en: 'Marine craft registration renewal', ar: 'تجديد تسجيل وسيلة بحرية' },
      description: {
        en: 'Renew the registration of a boat or yacht: an inspection fee plus a fee for each year, up to three.',
        ar: 'تجديد تسجيل قارب أو يخت: رسم فحص يضاف إليه رسم عن كل سنة، بحد أقصى ثلاث سنوات.',
      },
      fee: { type: 'per_unit', unitAmount: 50000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years', baseAmount: 10000 },
      inputs: [craftNumber, years(3)],
      keywords: ['boat', 'yacht', 'قارب', 'يخت', 'طراد', 'لنش'],
    },
    {
      id: 'maritime-jetski-registration',
      name: { en: 'Jet ski registration', ar: 'تسجيل دراجة مائية' },
      fee: { type: 'per_unit', unitAmount: 30000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [craftNumber, years(3)],
      keywords: ['jet ski', 'jetski', 'جت سكي', 'دراجة مائية', 'دباب بحري'],
    },
    {
      id: 'maritime-operator-licence',
      name: { en: 'Marine activity operator licence', ar: 'ترخيص مزاولة نشاط بحري' },
      fee: { type: 'per_unit', unitAmount: 500000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['marina', 'boat rental', 'charter', 'تأجير قوارب', 'مرسى'],
    },
    {
      id: 'maritime-driving-licence',
      name: { en: 'Pleasure craft driving licence', ar: 'رخصة قيادة الوسائل البحرية الترفيهية' },
      description: {
        en: 'Licence to drive a boat or yacht for leisure in Dubai waters.',
        ar: 'رخصة لقيادة قارب أو يخت لأغراض الترفيه في مياه دبي.',
      },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [emiratesId],
      keywords: ['boat licence', 'skipper', 'رخصة قارب', 'رخصه بحرية'],
    },
    {
      id: 'maritime-ownership-transfer',
      name: { en: 'Marine craft ownership transfer', ar: 'نقل ملكية وسيلة بحرية' },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [craftNumber, emiratesId],
      keywords: ['sell boat', 'transfer', 'بيع قارب', 'نقل ملكيه'],
    },
    {
      id: 'maritime-deregistration',
      name: { en: 'Marine craft deregistration', ar: 'شطب تسجيل وسيلة بحرية' },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [craftNumber],
      keywords: ['deregister', 'cancel', 'شطب', 'إلغاء تسجيل'],
    },
    {
      id: 'maritime-event-permit',
      name: { en: 'Marine event permit', ar: 'تصريح فعالية بحرية' },
      description: {
        en: 'Permit for races, shows and other events held in Dubai waters.',
        ar: 'تصريح للسباقات والعروض وغيرها من الفعاليات في مياه دبي.',
      },
      fee: { type: 'fixed', amount: 100000 },
      inputs: [tradeLicenceNumber],
      keywords: ['regatta', 'boat race', 'سباق', 'فعالية بحرية'],
    },
    {
      id: 'maritime-diving-permit',
      name: { en: 'Commercial diving works permit', ar: 'تصريح أعمال الغوص التجاري' },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [tradeLicenceNumber],
      keywords: ['diving', 'غوص', 'غطس'],
    },
    {
      id: 'maritime-status-certificate',
      name: { en: 'Marine craft status certificate', ar: 'شهادة بيانات وسيلة بحرية' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [craftNumber],
      keywords: ['certificate', 'شهادة', 'بيانات القارب'],
    },
    {
      id: 'maritime-violations',
      name: { en: 'Marine violations', ar: 'المخالفات البحرية' },
      description: {
        en: 'Fines for speeding, swimming-area entry and other marine violations.',
        ar: 'غرامات السرعة ودخول مناطق السباحة وغيرها من المخالفات البحرية.',
      },
      fee: { type: 'lookup', referenceInput: 'craft_registration_number', kind: 'fine' },
      inputs: [craftNumber],
      governmentFees: false,
      keywords: ['fine', 'مخالفة', 'مخالفات بحرية', 'غرامة'],
    },
  ],
};
