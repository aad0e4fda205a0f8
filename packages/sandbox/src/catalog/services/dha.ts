import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { emiratesId, years, quantity } from '../inputs.ts';

const professionalLicence: InputSeed = {
  name: 'professional_licence_number',
  label: { en: 'Professional licence number', ar: 'رقم ترخيص المهنة' },
  kind: 'digits',
  pattern: '^[0-9]{8}$',
  minLength: 8,
  maxLength: 8,
};

const facilityLicence: InputSeed = {
  name: 'facility_licence_number',
  label: { en: 'Health facility licence number', ar: 'رقم ترخيص المنشأة الصحية' },
  kind: 'digits',
  pattern: '^[0-9]{6,8}$',
  minLength: 6,
  maxLength: 8,
};

const passportNumber: InputSeed = {
  name: 'passport_number',
  label: { en: 'Passport number', ar: 'رقم جواز السفر' },
  kind: 'text',
  pattern: '^[A-Za-z0-9]{6,12}$',
  minLength: 6,
  maxLength: 12,
};

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'dha',
    name: { en: 'Dubai Health Authority', ar: 'هيئة الصحة بدبي' },
    shortName: { en: 'DHA', ar: 'صحة دبي' },
  },
  services: [
    {
      id: 'dha-professional-licence-renewal',
      name: { en: 'Healthcare professional licence renewal', ar: 'تجديد ترخيص مزاولة مهنة صحية' },
      fee: { type: 'per_unit', unitAmount: 100000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [professionalLicence, years(3)],
      keywords: ['doctor licence', 'nurse', 'Sheryan', 'شريان', 'ترخيص طبيب', 'رخصة ممرض'],
    },
    {
      id: 'dha-facility-licence-fees',
      name: { en: 'Health facility licence fees', ar: 'رسوم ترخيص منشأة صحية' },
      description: {
        en: 'Licence fees of a clinic, pharmacy or hospital, depending on its type and size.',
        ar: 'رسوم ترخيص العيادة أو الصيدلية أو المستشفى بحسب نوعها وحجمها.',
      },
      fee: { type: 'lookup', referenceInput: 'facility_licence_number', kind: 'dues' },
      inputs: [facilityLicence],
      keywords: ['clinic licence', 'pharmacy', 'عيادة', 'صيدلية', 'منشأة صحية'],
    },
    {
      id: 'dha-insurance-fines',
      name: { en: 'Health insurance fines', ar: 'غرامات التأمين الصحي' },
      description: {
        en: 'Fines for not insuring a sponsored person under the mandatory health insurance scheme.',
        ar: 'غرامات عدم التأمين على المكفولين وفق نظام التأمين الصحي الإلزامي.',
      },
      fee: { type: 'lookup', referenceInput: 'emirates_id', kind: 'fine' },
      inputs: [emiratesId],
      governmentFees: false,
      keywords: ['insurance penalty', 'تأمين صحي', 'تامين صحي', 'غرامة التأمين'],
    },
    {
      id: 'dha-medical-fitness',
      name: { en: 'Medical fitness test for residence', ar: 'الفحص الطبي لأغراض الإقامة' },
      description: {
        en: 'Blood test and chest X-ray required to issue or renew a residence.',
        ar: 'فحص الدم والأشعة السينية للصدر المطلوبان لإصدار الإقامة أو تجديدها.',
      },
      fee: { type: 'fixed', amount: 32000 },
      inputs: [passportNumber],
      keywords: ['medical test', 'visa medical', 'فحص طبي', 'لياقة طبية', 'لياقه'],
    },
    {
      id: 'dha-medical-fitness-urgent',
      name: { en: 'Medical fitness test for residence (urgent)', ar: 'الفحص الطبي لأغراض الإقامة (مستعجل)' },
      description: {
        en: 'Same test with the result issued within 24 hours.',
        ar: 'الفحص نفسه مع إصدار النتيجة خلال 24 ساعة.',
      },
      fee: { type: 'fixed', amount: 75000 },
      inputs: [passportNumber],
      keywords: ['express medical', 'VIP', 'فحص مستعجل', 'فحص سريع'],
    },
    {
      id: 'dha-birth-certificate',
      name: { en: 'Birth certificate', ar: 'شهادة ميلاد' },
      description: {
        en: 'Birth certificate for a child born in Dubai, charged per copy.',
        ar: 'شهادة ميلاد لطفل مولود في دبي، ويُحتسب الرسم لكل نسخة.',
      },
      fee: { type: 'per_unit', unitAmount: 6000, unit: { en: 'copy', ar: 'نسخة' }, quantityInput: 'quantity' },
      inputs: [emiratesId, quantity({ en: 'Number of copies', ar: 'عدد النسخ' }, 10)],
      keywords: ['birth', 'newborn', 'ميلاد', 'مولود', 'شهادة الميلاد'],
    },
    {
      id: 'dha-medical-report',
      name: { en: 'Medical report', ar: 'تقرير طبي' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [emiratesId],
      keywords: ['medical report', 'تقرير', 'ملف طبي'],
    },
    {
      id: 'dha-sick-leave-attestation',
      name: { en: 'Sick leave certificate attestation', ar: 'تصديق شهادة إجازة مرضية' },
      fee: { type: 'fixed', amount: 5000 },
      inputs: [emiratesId],
      keywords: ['sick leave', 'attestation', 'إجازة مرضية', 'اجازه مرضيه'],
    },
    {
      id: 'dha-occupational-health-card',
      name: { en: 'Occupational health card', ar: 'بطاقة الصحة المهنية' },
      description: {
        en: 'Required for workers in food, personal care and similar public-health jobs.',
        ar: 'مطلوبة للعاملين في مجالات الأغذية والعناية الشخصية والمهن المتصلة بالصحة العامة.',
      },
      fee: { type: 'fixed', amount: 30000 },
      inputs: [emiratesId],
      keywords: ['health card', 'food handler', 'بطاقة صحية', 'كرت صحي'],
    },
    {
      id: 'dha-medical-committee',
      name: { en: 'Medical committee assessment', ar: 'التقييم أمام اللجنة الطبية' },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [emiratesId],
      keywords: ['medical board', 'disability', 'لجنة طبية', 'عجز'],
    },
    {
      id: 'dha-good-standing',
      name: { en: 'Certificate of good standing', ar: 'شهادة حسن السيرة المهنية' },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [professionalLicence],
      keywords: ['good standing', 'verification', 'حسن سيرة مهنية'],
    },
  ],
};
