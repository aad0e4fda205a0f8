import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { emiratesId, caseNumber, quantity } from '../inputs.ts';

const applicationNumber: InputSeed = {
  name: 'application_number',
  label: { en: 'Application number', ar: 'رقم الطلب' },
  kind: 'digits',
  pattern: '^[0-9]{6,12}$',
  minLength: 6,
  maxLength: 12,
};

const titleDeedNumber: InputSeed = {
  name: 'title_deed_number',
  label: { en: 'Title deed number', ar: 'رقم سند الملكية' },
  kind: 'digits',
  pattern: '^[0-9]{5,10}$',
  minLength: 5,
  maxLength: 10,
};

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'dld',
    name: { en: 'Dubai Land Department', ar: 'دائرة الأراضي والأملاك' },
    shortName: { en: 'DLD', ar: 'الأراضي والأملاك' },
  },
  services: [
    {
      id: 'dld-ejari-registration',
      name: { en: 'Tenancy contract registration (Ejari)', ar: 'تسجيل عقد الإيجار (إيجاري)' },
      description: {
        en: 'Register a residential or commercial tenancy contract in Ejari.',
        ar: 'تسجيل عقد إيجار سكني أو تجاري في نظام إيجاري.',
      },
      fee: { type: 'fixed', amount: 17000 },
      inputs: [emiratesId],
      keywords: ['ejari', 'tenancy', 'lease', 'إيجاري', 'ايجاري', 'عقد ايجار'],
    },
    {
      id: 'dld-title-deed-issuance',
      name: { en: 'Title deed issuance', ar: 'إصدار سند ملكية' },
      fee: { type: 'fixed', amount: 25000 },
      inputs: [emiratesId],
      keywords: ['title deed', 'ownership', 'سند ملكية', 'صك', 'ملكيه'],
    },
    {
      id: 'dld-transfer-fees',
      name: { en: 'Property transfer fees', ar: 'رسوم نقل ملكية عقار' },
      description: {
        en: '4% of the property value plus the registration fee, read from the sale application.',
        ar: '4% من قيمة العقار إضافة إلى رسم التسجيل، وتُستخرج من طلب البيع.',
      },
      fee: { type: 'lookup', referenceInput: 'application_number', kind: 'dues' },
      inputs: [applicationNumber],
      keywords: ['property sale', 'transfer', 'بيع عقار', 'نقل ملكيه', '4%'],
    },
    {
      id: 'dld-oqood-registration',
      name: { en: 'Off-plan sale registration (Oqood)', ar: 'تسجيل بيع على الخارطة (عقود)' },
      description: {
        en: 'Registration fees for the sale of a unit in an off-plan project.',
        ar: 'رسوم تسجيل بيع وحدة في مشروع على الخارطة.',
      },
      fee: { type: 'lookup', referenceInput: 'application_number', kind: 'dues' },
      inputs: [applicationNumber],
      keywords: ['oqood', 'off-plan', 'عقود', 'على الخريطة', 'على الخارطه'],
    },
    {
      id: 'dld-rental-dispute-fees',
      name: { en: 'Rental Dispute Centre case fees', ar: 'رسوم دعاوى مركز فض المنازعات الإيجارية' },
      description: {
        en: '3.5% of the annual rent, with a minimum of AED 500 and a maximum of AED 20,000.',
        ar: '3.5% من قيمة الإيجار السنوي، بحد أدنى 500 درهم وحد أقصى 20,000 درهم.',
      },
      fee: { type: 'lookup', referenceInput: 'case_number', kind: 'dues' },
      inputs: [caseNumber],
      keywords: ['RDC', 'rent dispute', 'منازعات إيجارية', 'مركز فض المنازعات', 'دعوى ايجار'],
    },
    {
      id: 'dld-mortgage-release',
      name: { en: 'Mortgage release', ar: 'فك الرهن العقاري' },
      description: {
        en: 'Remove a mortgage from the property register after the loan is settled.',
        ar: 'شطب الرهن من السجل العقاري بعد سداد القرض.',
      },
      fee: { type: 'fixed', amount: 100000 },
      inputs: [titleDeedNumber],
      keywords: ['mortgage', 'release', 'فك رهن', 'رهن'],
    },
    {
      id: 'dld-title-deed-copy',
      name: { en: 'Certified copy of a title deed', ar: 'نسخة مصدقة من سند الملكية' },
      fee: { type: 'per_unit', unitAmount: 10000, unit: { en: 'copy', ar: 'نسخة' }, quantityInput: 'quantity' },
      inputs: [titleDeedNumber, quantity({ en: 'Number of copies', ar: 'عدد النسخ' }, 5)],
      keywords: ['copy', 'بدل فاقد', 'نسخة سند'],
    },
    {
      id: 'dld-ownership-certificate',
      name: { en: 'Property ownership certificate', ar: 'شهادة ملكية عقار' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [titleDeedNumber],
      keywords: ['ownership certificate', 'شهادة ملكية', 'شهاده ملكيه'],
    },
    {
      id: 'dld-valuation',
      name: { en: 'Property valuation', ar: 'تقييم عقار' },
      description: {
        en: 'Valuation of a residential or commercial property by a DLD valuer.',
        ar: 'تقييم عقار سكني أو تجاري من قبل مثمّن معتمد لدى الدائرة.',
      },
      fee: { type: 'fixed', amount: 300000 },
      inputs: [titleDeedNumber],
      keywords: ['valuation', 'appraisal', 'تثمين', 'تقييم'],
    },
    {
      id: 'dld-site-plan',
      name: { en: 'Site plan', ar: 'مخطط الموقع' },
      description: {
        en: 'Plan showing the plot boundaries, area and permitted use.',
        ar: 'مخطط يبيّن حدود قطعة الأرض ومساحتها والاستعمال المسموح.',
      },
      fee: { type: 'fixed', amount: 25000 },
      inputs: [titleDeedNumber],
      keywords: ['affection plan', 'plot plan', 'أفكشن بلان', 'مخطط أرض', 'خريطة'],
    },
    {
      id: 'dld-boundary-demarcation',
      name: { en: 'Land boundary point demarcation', ar: 'تحديد نقاط حدود الأرض' },
      description: {
        en: 'A surveyor marks the plot boundary points on site: a site visit fee plus a fee per point.',
        ar: 'يحدد المسّاح نقاط حدود قطعة الأرض في الموقع: رسم زيارة ميدانية يضاف إليه رسم عن كل نقطة.',
      },
      fee: { type: 'per_unit', unitAmount: 50000, unit: { en: 'point', ar: 'نقطة' }, quantityInput: 'quantity', baseAmount: 100000 },
      inputs: [titleDeedNumber, quantity({ en: 'Number of boundary points', ar: 'عدد نقاط الحدود' }, 20)],
      keywords: ['survey', 'مساحة', 'مسح', 'حدود الأرض'],
    },
  ],
};
