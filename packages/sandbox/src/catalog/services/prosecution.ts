import type { EntityCatalogSeed } from '../seed-types.ts';
import { caseNumber, plateNumber, emiratesId, quantity } from '../inputs.ts';

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'prosecution',
    name: { en: 'Dubai Public Prosecution', ar: 'النيابة العامة في دبي' },
    shortName: { en: 'Public Prosecution', ar: 'النيابة العامة' },
  },
  services: [
    {
      id: 'prosecution-criminal-order-fines',
      name: { en: 'Criminal order fines', ar: 'غرامات الأوامر الجزائية' },
      description: {
        en: 'Fines imposed by a criminal order without referring the case to court.',
        ar: 'الغرامات المفروضة بأمر جزائي دون إحالة القضية إلى المحكمة.',
      },
      fee: { type: 'lookup', referenceInput: 'case_number', kind: 'fine' },
      inputs: [caseNumber],
      governmentFees: false,
      keywords: ['penal order', 'أمر جزائي', 'امر جزائي', 'غرامه'],
    },
    {
      id: 'prosecution-judgment-fines',
      name: { en: 'Fines imposed by a judgment', ar: 'الغرامات المحكوم بها' },
      fee: { type: 'lookup', referenceInput: 'case_number', kind: 'fine' },
      inputs: [caseNumber],
      governmentFees: false,
      keywords: ['court fine', 'غرامة', 'حكم جزائي'],
    },
    {
      id: 'prosecution-bail',
      name: { en: 'Financial bail', ar: 'الكفالة المالية' },
      description: {
        en: 'Cash bail set by the prosecutor for release pending investigation.',
        ar: 'كفالة نقدية تحددها النيابة للإفراج على ذمة التحقيق.',
      },
      fee: { type: 'lookup', referenceInput: 'case_number', kind: 'dues' },
      inputs: [caseNumber],
      governmentFees: false,
      keywords: ['bail', 'guarantee', 'كفالة', 'كفاله', 'ضمان مالي'],
    },
    {
      id: 'prosecution-case-file-copy',
      name: { en: 'Copy of a case file', ar: 'صورة من ملف القضية' },
      fee: { type: 'per_unit', unitAmount: 10000, unit: { en: 'copy', ar: 'نسخة' }, quantityInput: 'quantity' },
      inputs: [caseNumber, quantity({ en: 'Number of copies', ar: 'عدد النسخ' }, 5)],
      keywords: ['case file', 'ملف القضية', 'نسخة'],
    },
    {
      id: 'prosecution-evidence-copy',
      name: { en: 'Copy of recorded evidence', ar: 'نسخة من الأدلة المسجّلة' },
      fee: { type: 'per_unit', unitAmount: 10000, unit: { en: 'recording', ar: 'تسجيل' }, quantityInput: 'quantity' },
      inputs: [caseNumber, quantity({ en: 'Number of recordings', ar: 'عدد التسجيلات' }, 10)],
      keywords: ['CCTV', 'video', 'كاميرات المراقبة', 'تسجيل'],
    },
    {
      id: 'prosecution-case-certificate',
      name: { en: 'Criminal case certificate', ar: 'شهادة بحالة قضية جزائية' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [caseNumber, emiratesId],
      keywords: ['case status', 'شهادة', 'حالة قضية'],
    },
    {
      id: 'prosecution-seized-items-release',
      name: { en: 'Release of seized items', ar: 'الإفراج عن المضبوطات' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [caseNumber],
      keywords: ['seized items', 'confiscated', 'مضبوطات', 'مصادرة'],
    },
    {
      id: 'prosecution-seized-vehicle-release',
      name: { en: 'Release of a seized vehicle', ar: 'الإفراج عن مركبة مضبوطة' },
      description: {
        en: 'Release a vehicle held as part of a criminal case once the prosecutor allows it.',
        ar: 'الإفراج عن مركبة محجوزة على ذمة قضية جزائية بعد موافقة النيابة.',
      },
      fee: { type: 'fixed', amount: 30000 },
      inputs: [caseNumber, plateNumber],
      keywords: ['seized car', 'سيارة محجوزة', 'حجز مركبة'],
    },
    {
      id: 'prosecution-grievance',
      name: { en: 'Grievance against a prosecution decision', ar: 'تظلّم من قرار النيابة العامة' },
      description: {
        en: 'Object to a decision of the public prosecution before the competent attorney general.',
        ar: 'الاعتراض على قرار النيابة العامة أمام المحامي العام المختص.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [caseNumber],
      keywords: ['appeal', 'objection', 'تظلم', 'اعتراض'],
    },
    {
      id: 'prosecution-reconciliation',
      name: { en: 'Registration of reconciliation', ar: 'إثبات الصلح' },
      description: {
        en: 'Record a settlement between the parties in a case where the law allows it.',
        ar: 'إثبات التصالح بين الأطراف في القضايا التي يجيز فيها القانون الصلح.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [caseNumber],
      keywords: ['settlement', 'waiver', 'صلح', 'تنازل', 'تصالح'],
    },
  ],
};
