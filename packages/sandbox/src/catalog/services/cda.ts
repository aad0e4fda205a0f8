import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { emiratesId, years, quantity } from '../inputs.ts';

const cdaLicence: InputSeed = {
  name: 'cda_licence_number',
  label: { en: 'CDA licence number', ar: 'رقم ترخيص الهيئة' },
  kind: 'digits',
  pattern: '^[0-9]{5,8}$',
  minLength: 5,
  maxLength: 8,
};

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'cda',
    name: { en: 'Community Development Authority', ar: 'هيئة تنمية المجتمع' },
    shortName: { en: 'CDA', ar: 'تنمية المجتمع' },
  },
  services: [
    {
      id: 'cda-association-registration',
      name: { en: 'Non-profit association registration', ar: 'تسجيل جمعية أهلية' },
      description: {
        en: 'Registration of a non-profit association or public-benefit foundation in Dubai.',
        ar: 'تسجيل جمعية أهلية أو مؤسسة نفع عام في دبي.',
      },
      fee: { type: 'fixed', amount: 100000 },
      inputs: [emiratesId],
      keywords: ['NGO', 'non-profit', 'جمعية', 'جمعيه', 'نفع عام'],
    },
    {
      id: 'cda-social-service-licence',
      name: { en: 'Social services provider licence', ar: 'ترخيص مزاولة الخدمات الاجتماعية' },
      fee: { type: 'per_unit', unitAmount: 300000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [cdaLicence, years(3)],
      keywords: ['social services', 'خدمات اجتماعية', 'ترخيص'],
    },
    {
      id: 'cda-social-professional-licence',
      name: { en: 'Social work professional licence', ar: 'ترخيص مزاولة مهنة اجتماعية' },
      description: {
        en: 'Licence for social workers, family counsellors and similar professionals.',
        ar: 'ترخيص للأخصائيين الاجتماعيين والمرشدين الأسريين ومن في حكمهم.',
      },
      fee: { type: 'per_unit', unitAmount: 50000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [emiratesId, years(3)],
      keywords: ['social worker', 'counsellor', 'أخصائي اجتماعي', 'اخصائي', 'مرشد أسري'],
    },
    {
      id: 'cda-determination-centre-licence',
      name: { en: 'Licence for a centre for people of determination', ar: 'ترخيص مركز لأصحاب الهمم' },
      description: {
        en: 'Licence for a private centre serving people of determination, per year.',
        ar: 'ترخيص مركز خاص يقدّم خدماته لأصحاب الهمم، عن كل سنة.',
      },
      fee: { type: 'per_unit', unitAmount: 200000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [cdaLicence, years(3)],
      keywords: ['people of determination', 'disability', 'أصحاب الهمم', 'اصحاب الهمم', 'إعاقة'],
    },
    {
      id: 'cda-licence-amendment',
      name: { en: 'Licence amendment', ar: 'تعديل الترخيص' },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [cdaLicence],
      keywords: ['amend', 'تعديل', 'تعديل رخصة'],
    },
    {
      id: 'cda-board-approval',
      name: { en: 'Board of directors approval', ar: 'اعتماد تشكيل مجلس الإدارة' },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [cdaLicence],
      keywords: ['board', 'مجلس إدارة', 'مجلس اداره'],
    },
    {
      id: 'cda-community-event-permit',
      name: { en: 'Community event permit', ar: 'تصريح فعالية مجتمعية' },
      description: {
        en: 'Permit for a licensed association to hold a public community event.',
        ar: 'تصريح لجمعية مرخصة بإقامة فعالية مجتمعية عامة.',
      },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [cdaLicence],
      keywords: ['community event', 'فعالية', 'فعاليه', 'نشاط مجتمعي'],
    },
    {
      id: 'cda-family-workshop',
      name: { en: 'Family awareness workshop', ar: 'ورشة توعية أسرية' },
      fee: { type: 'per_unit', unitAmount: 10000, unit: { en: 'participant', ar: 'مشارك' }, quantityInput: 'quantity' },
      inputs: [emiratesId, quantity({ en: 'Number of participants', ar: 'عدد المشاركين' }, 10)],
      keywords: ['workshop', 'parenting', 'ورشة', 'ورشه', 'أسرة'],
    },
    {
      id: 'cda-certificate',
      name: { en: 'To whom it may concern certificate', ar: 'شهادة لمن يهمه الأمر' },
      fee: { type: 'fixed', amount: 5000 },
      inputs: [emiratesId],
      keywords: ['certificate', 'شهادة', 'لمن يهمه الامر'],
    },
    {
      id: 'cda-violations',
      name: { en: 'Licensing violations', ar: 'مخالفات الترخيص' },
      fee: { type: 'lookup', referenceInput: 'cda_licence_number', kind: 'fine' },
      inputs: [cdaLicence],
      governmentFees: false,
      keywords: ['fine', 'مخالفة', 'غرامة'],
    },
  ],
};
