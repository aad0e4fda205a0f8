import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { emiratesId, tradeLicenceNumber, years, quantity } from '../inputs.ts';

const housingFile: InputSeed = {
  name: 'housing_file_number',
  label: { en: 'Housing file number', ar: 'رقم الملف الإسكاني' },
  kind: 'digits',
  pattern: '^[0-9]{6,8}$',
  minLength: 6,
  maxLength: 8,
};

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'mbrhe',
    name: { en: 'Mohammed Bin Rashid Housing Establishment', ar: 'مؤسسة محمد بن راشد للإسكان' },
    shortName: { en: 'MBRHE', ar: 'مؤسسة الإسكان' },
  },
  services: [
    {
      id: 'mbrhe-loan-instalment',
      name: { en: 'Housing loan instalments', ar: 'أقساط القرض السكني' },
      description: {
        en: 'Pay due or advance instalments of a housing loan.',
        ar: 'سداد الأقساط المستحقة أو المقدّمة للقرض السكني.',
      },
      fee: { type: 'lookup', referenceInput: 'housing_file_number', kind: 'dues' },
      inputs: [housingFile],
      governmentFees: false,
      keywords: ['loan', 'installment', 'قسط', 'أقساط', 'اقساط', 'قرض سكني'],
    },
    {
      id: 'mbrhe-rent-dues',
      name: { en: 'Housing unit rent', ar: 'إيجار الوحدة السكنية' },
      description: {
        en: 'Rent for a housing unit allocated by the establishment.',
        ar: 'إيجار وحدة سكنية مخصصة من المؤسسة.',
      },
      fee: { type: 'lookup', referenceInput: 'housing_file_number', kind: 'dues' },
      inputs: [housingFile],
      governmentFees: false,
      keywords: ['rent', 'إيجار', 'ايجار', 'مسكن'],
    },
    {
      id: 'mbrhe-clearance-certificate',
      name: { en: 'Clearance certificate', ar: 'شهادة براءة ذمة' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [housingFile, emiratesId],
      keywords: ['no dues', 'براءة ذمه', 'مخالصة'],
    },
    {
      id: 'mbrhe-mortgage-release',
      name: { en: 'Mortgage release after full settlement', ar: 'فك الرهن بعد السداد الكامل' },
      description: {
        en: 'Release the mortgage on the house once the housing loan is fully repaid.',
        ar: 'فك الرهن عن المسكن بعد سداد القرض السكني بالكامل.',
      },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [housingFile],
      keywords: ['mortgage', 'فك رهن', 'رهن'],
    },
    {
      id: 'mbrhe-plan-approval',
      name: { en: 'House drawings approval', ar: 'اعتماد مخططات المسكن' },
      fee: { type: 'fixed', amount: 100000 },
      inputs: [housingFile],
      keywords: ['drawings', 'design approval', 'مخططات', 'خرائط'],
    },
    {
      id: 'mbrhe-ready-design',
      name: { en: 'Ready-made villa design set', ar: 'مخططات الفلل الجاهزة' },
      description: {
        en: 'A set of approved villa drawings that beneficiaries can build from directly.',
        ar: 'مجموعة مخططات فلل معتمدة يمكن للمستفيدين البناء وفقها مباشرة.',
      },
      fee: { type: 'fixed', amount: 200000 },
      inputs: [housingFile],
      keywords: ['villa design', 'تصميم جاهز', 'فيلا', 'فله'],
    },
    {
      id: 'mbrhe-maintenance-inspection',
      name: { en: 'Maintenance inspection request', ar: 'طلب معاينة صيانة' },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [housingFile],
      keywords: ['maintenance', 'صيانة', 'صيانه', 'معاينة'],
    },
    {
      id: 'mbrhe-contractor-registration',
      name: { en: 'Contractor registration', ar: 'تسجيل المقاولين' },
      description: {
        en: 'Registration of contractors allowed to build houses funded by the establishment, per year.',
        ar: 'تسجيل المقاولين المسموح لهم ببناء المساكن الممولة من المؤسسة، عن كل سنة.',
      },
      fee: { type: 'per_unit', unitAmount: 200000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(2)],
      keywords: ['contractor', 'مقاول', 'مقاولات'],
    },
    {
      id: 'mbrhe-consultant-registration',
      name: { en: 'Engineering consultant registration', ar: 'تسجيل الاستشاريين الهندسيين' },
      fee: { type: 'per_unit', unitAmount: 200000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(2)],
      keywords: ['consultant', 'استشاري', 'مكتب هندسي'],
    },
    {
      id: 'mbrhe-assistance-certificate',
      name: { en: 'Housing assistance certificate', ar: 'شهادة بالمساعدة السكنية' },
      fee: { type: 'per_unit', unitAmount: 5000, unit: { en: 'copy', ar: 'نسخة' }, quantityInput: 'quantity' },
      inputs: [housingFile, quantity({ en: 'Number of copies', ar: 'عدد النسخ' }, 5)],
      keywords: ['housing grant', 'منحة سكنية', 'مساعده سكنيه'],
    },
  ],
};
