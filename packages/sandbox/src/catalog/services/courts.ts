import type { EntityCatalogSeed } from '../seed-types.ts';
import { caseNumber, emiratesId, quantity } from '../inputs.ts';

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'courts',
    name: { en: 'Dubai Courts', ar: 'محاكم دبي' },
    shortName: { en: 'Dubai Courts', ar: 'محاكم دبي' },
  },
  services: [
    {
      id: 'courts-case-fees',
      name: { en: 'Case fees', ar: 'رسوم الدعوى' },
      description: {
        en: 'Fees due on a lawsuit, calculated from the claim value and found by case number.',
        ar: 'الرسوم المستحقة على الدعوى، وتُحتسب من قيمة المطالبة ويُستعلم عنها برقم القضية.',
      },
      fee: { type: 'lookup', referenceInput: 'case_number', kind: 'dues' },
      inputs: [caseNumber],
      keywords: ['lawsuit', 'claim', 'دعوى', 'دعوي', 'قضية', 'قضيه'],
    },
    {
      id: 'courts-execution-fees',
      name: { en: 'Execution file fees', ar: 'رسوم ملف التنفيذ' },
      description: {
        en: 'Fees for enforcing a judgment through the execution court.',
        ar: 'رسوم تنفيذ الحكم عن طريق محكمة التنفيذ.',
      },
      fee: { type: 'lookup', referenceInput: 'case_number', kind: 'dues' },
      inputs: [caseNumber],
      keywords: ['execution', 'enforcement', 'تنفيذ', 'ملف تنفيذ'],
    },
    {
      id: 'courts-expert-fees',
      name: { en: 'Expert fees deposit', ar: 'أمانة أتعاب الخبير' },
      fee: { type: 'lookup', referenceInput: 'case_number', kind: 'dues' },
      inputs: [caseNumber],
      governmentFees: false,
      keywords: ['expert', 'خبير', 'خبرة', 'امانة'],
    },
    {
      id: 'courts-judgment-copy',
      name: { en: 'Certified copy of a judgment', ar: 'صورة طبق الأصل من الحكم' },
      fee: { type: 'per_unit', unitAmount: 5000, unit: { en: 'copy', ar: 'نسخة' }, quantityInput: 'quantity' },
      inputs: [caseNumber, quantity({ en: 'Number of copies', ar: 'عدد النسخ' }, 10)],
      keywords: ['judgment copy', 'نسخة حكم', 'صورة الحكم'],
    },
    {
      id: 'courts-notarised-copy',
      name: { en: 'Notarised true copy of a document', ar: 'تصديق صورة طبق الأصل من محرر' },
      fee: { type: 'per_unit', unitAmount: 5000, unit: { en: 'document', ar: 'محرر' }, quantityInput: 'quantity' },
      inputs: [emiratesId, quantity({ en: 'Number of documents', ar: 'عدد المحررات' }, 20)],
      keywords: ['notary', 'true copy', 'كاتب العدل', 'تصديق'],
    },
    {
      id: 'courts-power-of-attorney',
      name: { en: 'Power of attorney notarisation', ar: 'توثيق وكالة' },
      description: {
        en: 'Notarise a general or special power of attorney before the notary public.',
        ar: 'توثيق وكالة عامة أو خاصة لدى الكاتب العدل.',
      },
      fee: { type: 'fixed', amount: 15000 },
      inputs: [emiratesId],
      keywords: ['POA', 'notary', 'وكالة', 'وكاله', 'كاتب عدل'],
    },
    {
      id: 'courts-marriage-contract',
      name: { en: 'Marriage contract registration', ar: 'توثيق عقد زواج' },
      description: {
        en: 'Conclude and register a marriage contract before a court marriage officiant.',
        ar: 'عقد الزواج وتوثيقه لدى مأذون المحكمة.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [emiratesId],
      keywords: ['marriage', 'wedding', 'زواج', 'عقد قران', 'ملكة'],
    },
    {
      id: 'courts-inheritance-deed',
      name: { en: 'Legal heirs determination deed', ar: 'إعلام شرعي بحصر الورثة' },
      description: {
        en: 'Court deed naming the legal heirs and their shares.',
        ar: 'إعلام شرعي يحدد الورثة وأنصبتهم.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [emiratesId],
      keywords: ['inheritance', 'succession', 'ورثة', 'حصر ورثه', 'تركة', 'ميراث'],
    },
    {
      id: 'courts-case-status-certificate',
      name: { en: 'Case status certificate', ar: 'شهادة بحالة الدعوى' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [caseNumber],
      keywords: ['case certificate', 'شهادة قضية', 'حالة القضية'],
    },
    {
      id: 'courts-no-case-certificate',
      name: { en: 'Certificate of no pending cases', ar: 'شهادة بعدم وجود قضايا' },
      description: {
        en: 'Certificate that no civil or commercial cases are pending against a person.',
        ar: 'شهادة بعدم وجود قضايا مدنية أو تجارية منظورة ضد الشخص.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [emiratesId],
      keywords: ['no objection', 'clearance', 'خلو قضايا', 'عدم وجود قضايا'],
    },
    {
      id: 'courts-amicable-settlement',
      name: { en: 'Amicable settlement request', ar: 'طلب تسوية ودية للنزاع' },
      description: {
        en: 'Filing with the Centre for Amicable Settlement of Disputes before a lawsuit.',
        ar: 'تقديم طلب إلى مركز التسوية الودية للمنازعات قبل رفع الدعوى.',
      },
      fee: { type: 'fixed', amount: 25000 },
      inputs: [emiratesId],
      keywords: ['settlement', 'mediation', 'تسوية', 'صلح', 'تسويه وديه'],
    },
  ],
};
