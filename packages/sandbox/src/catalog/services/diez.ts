import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { emiratesId, tradeLicenceNumber, years, quantity } from '../inputs.ts';

const unitNumber: InputSeed = {
  name: 'unit_number',
  label: { en: 'Unit number', ar: 'رقم الوحدة' },
  kind: 'digits',
  pattern: '^[0-9]{4,8}$',
  minLength: 4,
  maxLength: 8,
};

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'diez',
    name: {
      en: 'Dubai Integrated Economic Zones Authority',
      ar: 'سلطة دبي للمناطق الاقتصادية المتكاملة',
    },
    shortName: { en: 'DIEZ', ar: 'المناطق الاقتصادية المتكاملة' },
  },
  services: [
    {
      id: 'diez-licence-renewal',
      name: { en: 'Free zone licence renewal', ar: 'تجديد رخصة المنطقة الحرة' },
      description: {
        en: 'Renew a company licence in Dubai Silicon Oasis, DAFZA or Dubai CommerCity.',
        ar: 'تجديد رخصة شركة في واحة دبي للسيليكون أو المنطقة الحرة لمطار دبي أو دبي كوميرسيتي.',
      },
      fee: { type: 'per_unit', unitAmount: 1500000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['DSO', 'DAFZA', 'free zone', 'واحة السيليكون', 'منطقة حرة', 'منطقه حره'],
    },
    {
      id: 'diez-company-registration',
      name: { en: 'Free zone company registration', ar: 'تسجيل شركة في المنطقة الحرة' },
      fee: { type: 'fixed', amount: 1000000 },
      inputs: [emiratesId],
      keywords: ['new company', 'setup', 'تأسيس شركة', 'تسجيل شركة'],
    },
    {
      id: 'diez-service-charges',
      name: { en: 'Community service charges', ar: 'رسوم الخدمات المجتمعية' },
      description: {
        en: 'Annual service charges for a residential or commercial unit in Dubai Silicon Oasis.',
        ar: 'رسوم الخدمات السنوية لوحدة سكنية أو تجارية في واحة دبي للسيليكون.',
      },
      fee: { type: 'lookup', referenceInput: 'unit_number', kind: 'dues' },
      inputs: [unitNumber],
      governmentFees: false,
      keywords: ['service charge', 'رسوم الخدمة', 'رسوم خدمات'],
    },
    {
      id: 'diez-building-permit',
      name: { en: 'Building permit', ar: 'رخصة بناء' },
      fee: { type: 'fixed', amount: 300000 },
      inputs: [tradeLicenceNumber],
      keywords: ['construction', 'رخصة بناء', 'رخصه بناء'],
    },
    {
      id: 'diez-fitout-approval',
      name: { en: 'Fit-out approval', ar: 'اعتماد أعمال التجهيز الداخلي' },
      fee: { type: 'fixed', amount: 150000 },
      inputs: [tradeLicenceNumber, unitNumber],
      keywords: ['fit out', 'interior', 'تشطيب', 'ديكور', 'فت أوت'],
    },
    {
      id: 'diez-employee-card',
      name: { en: 'Employee card', ar: 'بطاقة موظف' },
      description: {
        en: 'Access and employment card for staff of a free zone company, per employee.',
        ar: 'بطاقة عمل ودخول لموظفي شركة في المنطقة الحرة، لكل موظف.',
      },
      fee: { type: 'per_unit', unitAmount: 30000, unit: { en: 'employee', ar: 'موظف' }, quantityInput: 'quantity' },
      inputs: [tradeLicenceNumber, quantity({ en: 'Number of employees', ar: 'عدد الموظفين' }, 100)],
      keywords: ['employment card', 'staff card', 'بطاقة عمل', 'بطاقه موظف'],
    },
    {
      id: 'diez-establishment-card',
      name: { en: 'Establishment card', ar: 'بطاقة المنشأة' },
      description: {
        en: 'Card that lets a free zone company sponsor residence visas for its staff.',
        ar: 'بطاقة تتيح لشركة المنطقة الحرة كفالة إقامات موظفيها.',
      },
      fee: { type: 'fixed', amount: 100000 },
      inputs: [tradeLicenceNumber],
      keywords: ['immigration card', 'establishment card', 'بطاقة منشأة', 'قيد منشأة'],
    },
    {
      id: 'diez-noc',
      name: { en: 'No objection certificate', ar: 'شهادة عدم ممانعة' },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [tradeLicenceNumber],
      keywords: ['NOC', 'عدم ممانعة', 'ممانعه'],
    },
    {
      id: 'diez-completion-certificate',
      name: { en: 'Building completion certificate', ar: 'شهادة إنجاز مبنى' },
      fee: { type: 'fixed', amount: 300000 },
      inputs: [tradeLicenceNumber],
      keywords: ['completion', 'إنجاز', 'انجاز'],
    },
    {
      id: 'diez-violations',
      name: { en: 'Free zone violations', ar: 'مخالفات المنطقة الحرة' },
      fee: { type: 'lookup', referenceInput: 'licence_number', kind: 'fine' },
      inputs: [tradeLicenceNumber],
      governmentFees: false,
      keywords: ['fine', 'مخالفة', 'غرامة'],
    },
  ],
};
