import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { emiratesId, years } from '../inputs.ts';

const fileNumber: InputSeed = {
  name: 'file_number',
  label: { en: 'Residence file number', ar: 'رقم ملف الإقامة' },
  hint: { en: 'e.g. 201/2024/1234567', ar: 'مثل 201/2024/1234567' },
  kind: 'text',
  pattern: '^[0-9]{3}/[0-9]{4}/[0-9]{1,8}$',
  minLength: 10,
  maxLength: 17,
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
    id: 'gdrfa',
    name: {
      en: 'General Directorate of Residency and Foreigners Affairs – Dubai',
      ar: 'الإدارة العامة للإقامة وشؤون الأجانب – دبي',
    },
    shortName: { en: 'GDRFA', ar: 'إقامة دبي' },
  },
  services: [
    {
      id: 'gdrfa-visit-visa-30',
      name: { en: 'Visit visa – 30 days', ar: 'تأشيرة زيارة – 30 يومًا' },
      description: {
        en: 'Single-entry visit visa valid for 30 days from entry.',
        ar: 'تأشيرة زيارة لدخول واحد صالحة لمدة 30 يومًا من تاريخ الدخول.',
      },
      fee: { type: 'fixed', amount: 30000 },
      inputs: [passportNumber],
      keywords: ['tourist visa', 'visa', 'فيزا', 'تأشيرة', 'تاشيرة', 'زيارة', 'زياره'],
    },
    {
      id: 'gdrfa-visit-visa-60',
      name: { en: 'Visit visa – 60 days', ar: 'تأشيرة زيارة – 60 يومًا' },
      fee: { type: 'fixed', amount: 60000 },
      inputs: [passportNumber],
      keywords: ['tourist visa', 'فيزا', 'تأشيرة', 'زيارة'],
    },
    {
      id: 'gdrfa-visit-visa-extension',
      name: { en: 'Visit visa extension (30 days)', ar: 'تمديد تأشيرة الزيارة (30 يومًا)' },
      fee: { type: 'fixed', amount: 60000 },
      inputs: [passportNumber],
      keywords: ['extend visa', 'تمديد', 'تمديد فيزا', 'تمديد التاشيرة'],
    },
    {
      id: 'gdrfa-residence-renewal',
      name: { en: 'Residence visa renewal', ar: 'تجديد الإقامة' },
      description: {
        en: 'A fixed application fee plus a fee for each year of validity.',
        ar: 'رسم ثابت للطلب يضاف إليه رسم عن كل سنة من مدة الصلاحية.',
      },
      fee: {
        type: 'per_unit',
        unitAmount: 10000,
        unit: { en: 'year', ar: 'سنة' },
        quantityInput: 'years',
        baseAmount: 30000,
      },
      inputs: [fileNumber, emiratesId, years(3)],
      keywords: ['residency', 'iqama', 'إقامة', 'اقامة', 'اقامه', 'تجديد الإقامة'],
    },
    {
      id: 'gdrfa-newborn-residence',
      name: { en: 'Residence for a newborn', ar: 'إقامة لمولود جديد' },
      description: {
        en: 'First residence for a child born in the UAE to a resident parent.',
        ar: 'إصدار أول إقامة لطفل مولود في الدولة لأحد الوالدين المقيمين.',
      },
      fee: {
        type: 'per_unit',
        unitAmount: 10000,
        unit: { en: 'year', ar: 'سنة' },
        quantityInput: 'years',
        baseAmount: 20000,
      },
      inputs: [passportNumber, years(3)],
      keywords: ['baby', 'newborn', 'مولود', 'طفل', 'اقامة مولود'],
    },
    {
      id: 'gdrfa-family-entry-permit',
      name: { en: 'Family entry permit (residence)', ar: 'إذن دخول لأفراد الأسرة (إقامة)' },
      fee: { type: 'fixed', amount: 30000 },
      inputs: [fileNumber, passportNumber],
      keywords: ['family visa', 'sponsor', 'كفالة', 'إقامة عائلية', 'لم شمل'],
    },
    {
      id: 'gdrfa-status-change',
      name: { en: 'Change of status inside the country', ar: 'تعديل الوضع داخل الدولة' },
      description: {
        en: 'Change a visit visa to a residence without leaving the country.',
        ar: 'تحويل تأشيرة الزيارة إلى إقامة دون مغادرة الدولة.',
      },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [passportNumber],
      keywords: ['status adjustment', 'تعديل وضع', 'تغيير الحالة'],
    },
    {
      id: 'gdrfa-golden-visa',
      name: { en: 'Golden residence (10 years)', ar: 'الإقامة الذهبية (10 سنوات)' },
      description: {
        en: 'Long-term residence for investors, entrepreneurs and outstanding talent.',
        ar: 'إقامة طويلة الأمد للمستثمرين ورواد الأعمال وأصحاب المواهب المتميزة.',
      },
      fee: { type: 'fixed', amount: 280000 },
      inputs: [passportNumber, emiratesId],
      keywords: ['golden visa', 'long-term residence', 'الاقامة الذهبية', 'الإقامه الذهبيه', 'ذهبية'],
    },
    {
      id: 'gdrfa-overstay-fines',
      name: { en: 'Overstay fines', ar: 'غرامات مخالفة الإقامة' },
      description: {
        en: 'Fines for staying beyond the validity of a visa or residence.',
        ar: 'غرامات البقاء بعد انتهاء صلاحية التأشيرة أو الإقامة.',
      },
      fee: { type: 'lookup', referenceInput: 'file_number', kind: 'fine' },
      inputs: [fileNumber],
      governmentFees: false,
      keywords: ['overstay', 'غرامات التأخير', 'مخالفات الاقامة', 'تجاوز مدة الإقامة'],
    },
    {
      id: 'gdrfa-travel-record',
      name: { en: 'Entry and exit record report', ar: 'تقرير بيان الدخول والخروج' },
      description: {
        en: 'Report of all entries to and exits from the country.',
        ar: 'تقرير بجميع مرات الدخول إلى الدولة والخروج منها.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [emiratesId],
      keywords: ['travel history', 'movement report', 'سجل السفر', 'حركة السفر', 'بيان حركة'],
    },
    {
      id: 'gdrfa-return-permit',
      name: { en: 'Return permit for residents abroad over six months', ar: 'تصريح عودة لمقيم تجاوز ستة أشهر خارج الدولة' },
      description: {
        en: 'Lets a resident who stayed outside the UAE for more than six months re-enter on a valid residence.',
        ar: 'يتيح للمقيم الذي بقي خارج الدولة أكثر من ستة أشهر العودة بإقامته السارية.',
      },
      fee: { type: 'fixed', amount: 60000 },
      inputs: [fileNumber, passportNumber],
      keywords: ['returning resident', 're-entry', 'تصريح عودة', 'عوده'],
    },
  ],
};
