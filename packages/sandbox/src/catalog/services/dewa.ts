import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { dewaAccount, emiratesId, quantity } from '../inputs.ts';

const plotNumber: InputSeed = {
  name: 'plot_number',
  label: { en: 'Plot number', ar: 'رقم قطعة الأرض' },
  hint: { en: 'e.g. 345-1234', ar: 'مثل 345-1234' },
  kind: 'text',
  pattern: '^[0-9]{3}-[0-9]{1,5}$',
  minLength: 5,
  maxLength: 9,
};

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'dewa',
    name: { en: 'Dubai Electricity and Water Authority', ar: 'هيئة كهرباء ومياه دبي' },
    shortName: { en: 'DEWA', ar: 'ديوا' },
  },
  services: [
    {
      id: 'dewa-bill',
      name: { en: 'Electricity and water bill', ar: 'سداد فاتورة الكهرباء والمياه' },
      description: {
        en: 'Pay the current electricity, water and sewerage bill of a DEWA account.',
        ar: 'سداد الفاتورة الحالية للكهرباء والمياه والصرف الصحي لحساب في الهيئة.',
      },
      fee: { type: 'lookup', referenceInput: 'account_number', kind: 'bill' },
      inputs: [dewaAccount],
      governmentFees: false,
      keywords: ['utility bill', 'electricity', 'water', 'فاتورة', 'فاتوره', 'كهرباء', 'كهربا', 'مياه', 'ماء'],
    },
    {
      id: 'dewa-final-bill',
      name: { en: 'Final bill (move-out)', ar: 'الفاتورة النهائية (إنهاء الخدمة)' },
      description: {
        en: 'Settle the final bill when deactivating an account before moving out.',
        ar: 'تسوية الفاتورة النهائية عند إلغاء تفعيل الحساب قبل إخلاء العقار.',
      },
      fee: { type: 'lookup', referenceInput: 'account_number', kind: 'dues' },
      inputs: [dewaAccount],
      governmentFees: false,
      keywords: ['move out', 'deactivation', 'إخلاء', 'اخلاء', 'إلغاء الحساب'],
    },
    {
      id: 'dewa-deposit-apartment',
      name: { en: 'Security deposit – apartment', ar: 'مبلغ التأمين – شقة' },
      description: {
        en: 'Refundable deposit paid when activating electricity and water for an apartment.',
        ar: 'مبلغ تأمين مسترد يُدفع عند تفعيل خدمة الكهرباء والمياه لشقة.',
      },
      fee: { type: 'fixed', amount: 200000 },
      inputs: [emiratesId],
      governmentFees: false,
      keywords: ['move in', 'deposit', 'تأمين', 'تامين', 'شقه', 'تفعيل'],
    },
    {
      id: 'dewa-deposit-villa',
      name: { en: 'Security deposit – villa', ar: 'مبلغ التأمين – فيلا' },
      fee: { type: 'fixed', amount: 400000 },
      inputs: [emiratesId],
      governmentFees: false,
      keywords: ['move in', 'deposit', 'تأمين', 'فيلا', 'فله'],
    },
    {
      id: 'dewa-reconnection',
      name: { en: 'Reconnection after disconnection', ar: 'إعادة توصيل الخدمة بعد الفصل' },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [dewaAccount],
      governmentFees: false,
      keywords: ['reconnect', 'disconnected', 'قطع', 'فصل الكهرباء', 'اعادة توصيل'],
    },
    {
      id: 'dewa-clearance-certificate',
      name: { en: 'Clearance certificate', ar: 'شهادة براءة ذمة' },
      description: {
        en: 'Certificate that no amounts are due on the account.',
        ar: 'شهادة تفيد بعدم وجود مبالغ مستحقة على الحساب.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [dewaAccount],
      keywords: ['no dues', 'براءة ذمه', 'براءه ذمه', 'مخالصة'],
    },
    {
      id: 'dewa-meter-testing',
      name: { en: 'Meter accuracy test', ar: 'فحص دقة العداد' },
      description: {
        en: 'Laboratory test of a meter whose readings are disputed.',
        ar: 'فحص مخبري للعداد عند الاعتراض على قراءاته.',
      },
      fee: { type: 'fixed', amount: 25000 },
      inputs: [dewaAccount],
      keywords: ['meter', 'high bill', 'عداد', 'فحص العداد'],
    },
    {
      id: 'dewa-building-noc',
      name: { en: 'Building permit NOC (electricity and water)', ar: 'شهادة عدم ممانعة لرخصة البناء (الكهرباء والمياه)' },
      description: {
        en: 'Electricity and water NOC required before a building permit is issued.',
        ar: 'شهادة عدم ممانعة من الهيئة مطلوبة قبل إصدار رخصة البناء.',
      },
      fee: { type: 'fixed', amount: 30000 },
      inputs: [plotNumber],
      keywords: ['NOC', 'building permit', 'عدم ممانعة', 'ممانعه', 'رخصة بناء'],
    },
    {
      id: 'dewa-account-name-change',
      name: { en: 'Change of account holder', ar: 'تغيير اسم صاحب الحساب' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [dewaAccount, emiratesId],
    },
    {
      id: 'dewa-load-increase',
      name: { en: 'Additional electrical load', ar: 'زيادة الحمل الكهربائي' },
      description: {
        en: 'Connection charges for increasing the approved load, per kilowatt.',
        ar: 'رسوم التوصيل لزيادة الحمل المعتمد، لكل كيلوواط.',
      },
      fee: { type: 'per_unit', unitAmount: 20000, unit: { en: 'kW', ar: 'كيلوواط' }, quantityInput: 'quantity' },
      inputs: [dewaAccount, quantity({ en: 'Additional load (kW)', ar: 'الحمل الإضافي (كيلوواط)' }, 500)],
      governmentFees: false,
      keywords: ['load', 'kilowatt', 'حمل', 'أحمال', 'احمال'],
    },
    {
      id: 'dewa-statement-copies',
      name: { en: 'Account statement copies', ar: 'نسخ من كشف الحساب' },
      fee: { type: 'per_unit', unitAmount: 1000, unit: { en: 'copy', ar: 'نسخة' }, quantityInput: 'quantity' },
      inputs: [dewaAccount, quantity({ en: 'Number of copies', ar: 'عدد النسخ' }, 10)],
      keywords: ['statement', 'كشف حساب', 'نسخة فاتورة'],
    },
  ],
};
