import type { EntityCatalogSeed } from '../seed-types.ts';
import { emiratesId, tradeLicenceNumber, years, quantity } from '../inputs.ts';

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'khda',
    name: { en: 'Knowledge and Human Development Authority', ar: 'هيئة المعرفة والتنمية البشرية' },
    shortName: { en: 'KHDA', ar: 'هيئة المعرفة' },
  },
  services: [
    {
      id: 'khda-certificate-equivalency',
      name: { en: 'School certificate equivalency', ar: 'معادلة الشهادات المدرسية' },
      description: {
        en: 'Equivalency of school certificates obtained abroad, per certificate.',
        ar: 'معادلة الشهادات المدرسية الصادرة من خارج الدولة، لكل شهادة.',
      },
      fee: { type: 'per_unit', unitAmount: 10000, unit: { en: 'certificate', ar: 'شهادة' }, quantityInput: 'quantity' },
      inputs: [emiratesId, quantity({ en: 'Number of certificates', ar: 'عدد الشهادات' }, 5)],
      keywords: ['equivalence', 'معادلة', 'معادله', 'شهادة دراسية'],
    },
    {
      id: 'khda-certificate-attestation',
      name: { en: 'School certificate attestation', ar: 'تصديق الشهادات المدرسية' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [emiratesId],
      keywords: ['attestation', 'transfer certificate', 'تصديق', 'شهادة نقل'],
    },
    {
      id: 'khda-school-permit',
      name: { en: 'Private school permit renewal', ar: 'تجديد تصريح مدرسة خاصة' },
      fee: { type: 'per_unit', unitAmount: 500000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['school licence', 'مدرسة خاصة', 'مدرسه', 'ترخيص مدرسة'],
    },
    {
      id: 'khda-training-institute-permit',
      name: { en: 'Training institute permit', ar: 'تصريح معهد تدريب' },
      fee: { type: 'per_unit', unitAmount: 300000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['training centre', 'institute', 'معهد', 'مركز تدريب'],
    },
    {
      id: 'khda-early-childhood-permit',
      name: { en: 'Early childhood centre permit', ar: 'تصريح مركز للطفولة المبكرة' },
      description: {
        en: 'Permit to operate a nursery or early learning centre, per year.',
        ar: 'تصريح تشغيل حضانة أو مركز للتعلم المبكر، عن كل سنة.',
      },
      fee: { type: 'per_unit', unitAmount: 200000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['nursery', 'kindergarten', 'حضانة', 'حضانه', 'روضة'],
    },
    {
      id: 'khda-teacher-approval',
      name: { en: 'Teacher approval', ar: 'اعتماد المعلمين' },
      description: {
        en: 'Approval of newly hired teachers in a private school, per teacher.',
        ar: 'اعتماد المعلمين المعيّنين حديثًا في مدرسة خاصة، لكل معلم.',
      },
      fee: { type: 'per_unit', unitAmount: 10000, unit: { en: 'teacher', ar: 'معلم' }, quantityInput: 'quantity' },
      inputs: [tradeLicenceNumber, quantity({ en: 'Number of teachers', ar: 'عدد المعلمين' }, 50)],
      keywords: ['teacher', 'معلم', 'مدرس', 'مدرسين'],
    },
    {
      id: 'khda-fee-adjustment',
      name: { en: 'School fee adjustment application', ar: 'طلب تعديل الرسوم المدرسية' },
      description: {
        en: 'Request approval to raise tuition fees in line with the school inspection rating.',
        ar: 'طلب الموافقة على زيادة الرسوم الدراسية وفق تقييم الرقابة المدرسية.',
      },
      fee: { type: 'fixed', amount: 100000 },
      inputs: [tradeLicenceNumber],
      keywords: ['tuition increase', 'زيادة الرسوم', 'رسوم مدرسية'],
    },
    {
      id: 'khda-new-school-approval',
      name: { en: 'Initial approval for a new school', ar: 'الموافقة المبدئية لإنشاء مدرسة جديدة' },
      description: {
        en: 'First-stage approval of the educational and business plan for a new private school.',
        ar: 'المرحلة الأولى من اعتماد الخطة التعليمية والتجارية لمدرسة خاصة جديدة.',
      },
      fee: { type: 'fixed', amount: 1000000 },
      inputs: [emiratesId],
      keywords: ['new school', 'مدرسة جديدة', 'موافقة مبدئية'],
    },
    {
      id: 'khda-student-record-certificate',
      name: { en: 'Student record certificate', ar: 'شهادة بيانات طالب' },
      fee: { type: 'fixed', amount: 5000 },
      inputs: [emiratesId],
      keywords: ['to whom it may concern', 'لمن يهمه الأمر', 'سجل الطالب'],
    },
    {
      id: 'khda-activity-approval',
      name: { en: 'Educational activity approval', ar: 'الموافقة على نشاط تعليمي' },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [tradeLicenceNumber],
      keywords: ['school trip', 'activity', 'رحلة مدرسية', 'نشاط'],
    },
  ],
};
