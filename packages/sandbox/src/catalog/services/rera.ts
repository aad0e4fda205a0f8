import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { emiratesId, tradeLicenceNumber, years, quantity } from '../inputs.ts';

const unitNumber: InputSeed = {
  name: 'property_number',
  label: { en: 'Property (unit) number', ar: 'رقم الوحدة العقارية' },
  kind: 'digits',
  pattern: '^[0-9]{5,10}$',
  minLength: 5,
  maxLength: 10,
};

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'rera',
    name: { en: 'Real Estate Regulatory Agency', ar: 'مؤسسة التنظيم العقاري' },
    shortName: { en: 'RERA', ar: 'ريرا' },
  },
  services: [
    {
      id: 'rera-broker-card',
      name: { en: 'Real estate broker card', ar: 'بطاقة وسيط عقاري' },
      description: {
        en: 'Card that lets a registered broker practise real estate brokerage, per year.',
        ar: 'بطاقة تتيح للوسيط المسجل مزاولة الوساطة العقارية، عن كل سنة.',
      },
      fee: { type: 'per_unit', unitAmount: 100000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [emiratesId, years(2)],
      keywords: ['broker', 'agent', 'وسيط', 'سمسار', 'وساطة عقارية'],
    },
    {
      id: 'rera-broker-exam',
      name: { en: 'Broker certification exam', ar: 'اختبار اعتماد الوسطاء العقاريين' },
      fee: { type: 'fixed', amount: 65000 },
      inputs: [emiratesId],
      keywords: ['exam', 'test', 'اختبار', 'امتحان'],
    },
    {
      id: 'rera-valuer-licence',
      name: { en: 'Real estate valuer licence', ar: 'ترخيص مثمّن عقاري' },
      fee: { type: 'per_unit', unitAmount: 200000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [emiratesId, years(2)],
      keywords: ['valuer', 'مثمن', 'مقيم عقاري'],
    },
    {
      id: 'rera-management-company',
      name: { en: 'Property management company registration', ar: 'تسجيل شركة إدارة عقارات مشتركة' },
      description: {
        en: 'Registration of a company managing jointly owned properties, per year.',
        ar: 'تسجيل شركة تدير العقارات ذات الملكية المشتركة، عن كل سنة.',
      },
      fee: { type: 'per_unit', unitAmount: 500000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['facility management', 'community management', 'إدارة المجمعات', 'ملكية مشتركة'],
    },
    {
      id: 'rera-training-course',
      name: { en: 'Dubai Real Estate Institute course', ar: 'دورة معهد دبي العقاري' },
      fee: { type: 'per_unit', unitAmount: 150000, unit: { en: 'trainee', ar: 'متدرب' }, quantityInput: 'quantity' },
      inputs: [quantity({ en: 'Number of trainees', ar: 'عدد المتدربين' }, 20)],
      keywords: ['DREI', 'training', 'دورة', 'تدريب', 'معهد دبي العقاري'],
    },
    {
      id: 'rera-service-charges',
      name: { en: 'Service charges (Mollak)', ar: 'رسوم الخدمات (ملّاك)' },
      description: {
        en: 'Annual service charges of a unit in a jointly owned building, as approved by RERA.',
        ar: 'رسوم الخدمات السنوية لوحدة في مبنى مشترك الملكية وفق ما تعتمده المؤسسة.',
      },
      fee: { type: 'lookup', referenceInput: 'property_number', kind: 'dues' },
      inputs: [unitNumber],
      governmentFees: false,
      keywords: ['mollak', 'service charge', 'ملاك', 'رسوم الخدمة', 'رسوم خدمات'],
    },
    {
      id: 'rera-violations',
      name: { en: 'Brokerage violations', ar: 'مخالفات الوساطة العقارية' },
      description: {
        en: 'Fines against brokerage offices and brokers for breaching RERA rules.',
        ar: 'غرامات على مكاتب الوساطة والوسطاء لمخالفة أنظمة المؤسسة.',
      },
      fee: { type: 'lookup', referenceInput: 'licence_number', kind: 'fine' },
      inputs: [tradeLicenceNumber],
      governmentFees: false,
      keywords: ['fine', 'مخالفة', 'مخالفه', 'غرامة'],
    },
    {
      id: 'rera-project-registration',
      name: { en: 'Off-plan project registration', ar: 'تسجيل مشروع على الخارطة' },
      fee: { type: 'fixed', amount: 1000000 },
      inputs: [tradeLicenceNumber],
      keywords: ['project', 'off-plan', 'مشروع', 'على الخريطة'],
    },
    {
      id: 'rera-developer-registration',
      name: { en: 'Real estate developer registration', ar: 'تسجيل مطوّر عقاري' },
      fee: { type: 'fixed', amount: 500000 },
      inputs: [tradeLicenceNumber],
      keywords: ['developer', 'مطور', 'مطور عقاري'],
    },
    {
      id: 'rera-advertising-permit',
      name: { en: 'Real estate advertising permit (Trakheesi)', ar: 'تصريح إعلان عقاري (ترخيصي)' },
      description: {
        en: 'Permit required before advertising a property or project in any medium.',
        ar: 'تصريح مطلوب قبل الإعلان عن عقار أو مشروع في أي وسيلة.',
      },
      fee: { type: 'fixed', amount: 102000 },
      inputs: [tradeLicenceNumber],
      keywords: ['trakheesi', 'listing', 'ترخيصي', 'اعلان عقاري', 'إعلان'],
    },
    {
      id: 'rera-owners-association',
      name: { en: 'Owners association registration', ar: 'تسجيل جمعية الملاك' },
      fee: { type: 'fixed', amount: 200000 },
      inputs: [unitNumber],
      keywords: ['owners association', 'جمعية ملاك', 'اتحاد الملاك'],
    },
  ],
};
