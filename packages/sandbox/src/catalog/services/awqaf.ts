import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { emiratesId, quantity } from '../inputs.ts';

const estateFile: InputSeed = {
  name: 'estate_file_number',
  label: { en: 'Estate file number', ar: 'رقم ملف التركة' },
  kind: 'digits',
  pattern: '^[0-9]{5,8}$',
  minLength: 5,
  maxLength: 8,
};

const contractNumber: InputSeed = {
  name: 'contract_number',
  label: { en: 'Lease contract number', ar: 'رقم عقد الإيجار' },
  kind: 'digits',
  pattern: '^[0-9]{6,10}$',
  minLength: 6,
  maxLength: 10,
};

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'awqaf',
    name: { en: 'Awqaf and Minors Affairs Foundation', ar: 'مؤسسة الأوقاف وشؤون القُصَّر' },
    shortName: { en: 'Awqaf Dubai', ar: 'أوقاف دبي' },
  },
  services: [
    {
      id: 'awqaf-waqf-share',
      name: { en: 'Endowment share', ar: 'سهم وقفي' },
      description: {
        en: 'Contribute shares to a charitable endowment whose returns fund good causes.',
        ar: 'المساهمة بأسهم في وقف خيري يُصرف ريعه في وجوه البر.',
      },
      fee: { type: 'per_unit', unitAmount: 10000, unit: { en: 'share', ar: 'سهم' }, quantityInput: 'quantity' },
      inputs: [quantity({ en: 'Number of shares', ar: 'عدد الأسهم' }, 100)],
      governmentFees: false,
      keywords: ['waqf', 'endowment', 'وقف', 'أوقاف', 'اوقاف', 'صدقة جارية'],
    },
    {
      id: 'awqaf-quran-waqf',
      name: { en: 'Endowment of Quran copies', ar: 'وقف المصاحف' },
      fee: { type: 'per_unit', unitAmount: 2000, unit: { en: 'copy', ar: 'مصحف' }, quantityInput: 'quantity' },
      inputs: [quantity({ en: 'Number of copies', ar: 'عدد المصاحف' }, 500)],
      governmentFees: false,
      keywords: ['mushaf', 'Quran', 'مصحف', 'مصاحف', 'قرآن'],
    },
    {
      id: 'awqaf-water-cooler',
      name: { en: 'Endowment of a water cooler', ar: 'وقف برّادة ماء' },
      description: {
        en: 'A water cooler installed in a public place as an ongoing charity.',
        ar: 'برّادة ماء تُركَّب في مكان عام صدقةً جارية.',
      },
      fee: { type: 'fixed', amount: 250000 },
      governmentFees: false,
      keywords: ['water cooler', 'برادة', 'براده', 'سقيا ماء'],
    },
    {
      id: 'awqaf-waqf-registration',
      name: { en: 'Endowment registration', ar: 'تسجيل وقف' },
      description: {
        en: 'Register a property or cash endowment and its deed.',
        ar: 'تسجيل وقف عقاري أو نقدي وتوثيق حجته.',
      },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [emiratesId],
      keywords: ['waqf deed', 'حجة وقف', 'توثيق وقف'],
    },
    {
      id: 'awqaf-will-registration',
      name: { en: 'Charitable will registration', ar: 'تسجيل وصية خيرية' },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [emiratesId],
      keywords: ['will', 'bequest', 'وصية', 'وصيه'],
    },
    {
      id: 'awqaf-estate-fees',
      name: { en: 'Estate administration fees', ar: 'رسوم إدارة التركات' },
      description: {
        en: 'Fees for managing the estate of a deceased person with minor or absent heirs.',
        ar: 'رسوم إدارة تركة المتوفى الذي له ورثة قُصَّر أو غائبون.',
      },
      fee: { type: 'lookup', referenceInput: 'estate_file_number', kind: 'dues' },
      inputs: [estateFile],
      keywords: ['estate', 'inheritance', 'تركة', 'تركه', 'ورثة'],
    },
    {
      id: 'awqaf-property-rent',
      name: { en: 'Endowment property rent', ar: 'إيجار العقارات الوقفية' },
      fee: { type: 'lookup', referenceInput: 'contract_number', kind: 'dues' },
      inputs: [contractNumber],
      governmentFees: false,
      keywords: ['rent', 'waqf property', 'إيجار', 'ايجار', 'عقار وقفي'],
    },
    {
      id: 'awqaf-guardianship-certificate',
      name: { en: 'Guardianship certificate', ar: 'شهادة وصاية على قاصر' },
      description: {
        en: 'Certificate naming the guardian appointed over a minor and their assets.',
        ar: 'شهادة تبيّن الوصي المعيَّن على القاصر وأمواله.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [emiratesId],
      keywords: ['guardian', 'minor', 'وصاية', 'وصايه', 'قاصر'],
    },
    {
      id: 'awqaf-minor-assets-statement',
      name: { en: "Statement of a minor's assets", ar: 'كشف بأموال القاصر' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [estateFile],
      keywords: ['statement', 'كشف حساب', 'أموال القاصر'],
    },
    {
      id: 'awqaf-document-copies',
      name: { en: 'Certified document copies', ar: 'نسخ مصدقة من المستندات' },
      fee: { type: 'per_unit', unitAmount: 2000, unit: { en: 'copy', ar: 'نسخة' }, quantityInput: 'quantity' },
      inputs: [estateFile, quantity({ en: 'Number of copies', ar: 'عدد النسخ' }, 20)],
      keywords: ['copy', 'نسخة', 'صورة طبق الأصل'],
    },
  ],
};
