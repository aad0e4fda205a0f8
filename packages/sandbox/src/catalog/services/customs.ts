import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { tradeLicenceNumber, emiratesId, years, quantity } from '../inputs.ts';

const declarationNumber: InputSeed = {
  name: 'declaration_number',
  label: { en: 'Declaration number', ar: 'رقم البيان الجمركي' },
  hint: { en: 'e.g. 101-12345678-25', ar: 'مثل 101-12345678-25' },
  kind: 'text',
  pattern: '^[0-9]{3}-[0-9]{8}-[0-9]{2}$',
  minLength: 15,
  maxLength: 15,
};

const violationNumber: InputSeed = {
  name: 'violation_number',
  label: { en: 'Violation number', ar: 'رقم المخالفة' },
  kind: 'digits',
  pattern: '^[0-9]{6,10}$',
  minLength: 6,
  maxLength: 10,
};

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'customs',
    name: { en: 'Dubai Customs', ar: 'جمارك دبي' },
    shortName: { en: 'Dubai Customs', ar: 'جمارك دبي' },
  },
  services: [
    {
      id: 'customs-declaration-duties',
      name: { en: 'Customs declaration duties', ar: 'رسوم البيان الجمركي' },
      description: {
        en: 'Duties and fees assessed on an import or export declaration.',
        ar: 'الرسوم الجمركية المقدّرة على بيان استيراد أو تصدير.',
      },
      fee: { type: 'lookup', referenceInput: 'declaration_number', kind: 'dues' },
      inputs: [declarationNumber],
      governmentFees: false,
      keywords: ['customs duty', 'import', 'جمارك', 'رسوم جمركية', 'بيان', 'تخليص'],
    },
    {
      id: 'customs-violations',
      name: { en: 'Customs violations', ar: 'المخالفات الجمركية' },
      fee: { type: 'lookup', referenceInput: 'violation_number', kind: 'fine' },
      inputs: [violationNumber],
      governmentFees: false,
      keywords: ['fine', 'مخالفة', 'غرامة جمركية'],
    },
    {
      id: 'customs-client-registration',
      name: { en: 'Customs client registration', ar: 'تسجيل عميل لدى الجمارك' },
      description: {
        en: 'Obtain a customs client code so the company can declare goods.',
        ar: 'الحصول على رمز عميل جمركي يتيح للشركة التصريح عن البضائع.',
      },
      fee: { type: 'fixed', amount: 100000 },
      inputs: [tradeLicenceNumber],
      keywords: ['importer code', 'client code', 'كود جمركي', 'رمز جمركي'],
    },
    {
      id: 'customs-broker-card',
      name: { en: 'Customs broker card', ar: 'بطاقة مخلّص جمركي' },
      description: {
        en: 'Card that lets a customs broker clear goods on behalf of clients, per year.',
        ar: 'بطاقة تتيح للمخلّص الجمركي تخليص البضائع نيابةً عن العملاء، عن كل سنة.',
      },
      fee: { type: 'per_unit', unitAmount: 50000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [emiratesId, years(3)],
      keywords: ['clearing agent', 'مخلص', 'مخلص جمركي'],
    },
    {
      id: 'customs-warehouse-licence',
      name: { en: 'Customs warehouse licence', ar: 'ترخيص مستودع جمركي' },
      fee: { type: 'per_unit', unitAmount: 500000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['bonded warehouse', 'مستودع', 'مخزن جمركي'],
    },
    {
      id: 'customs-certificates',
      name: { en: 'Exit or entry certificate', ar: 'شهادة خروج أو دخول' },
      fee: { type: 'per_unit', unitAmount: 5000, unit: { en: 'certificate', ar: 'شهادة' }, quantityInput: 'quantity' },
      inputs: [declarationNumber, quantity({ en: 'Number of certificates', ar: 'عدد الشهادات' }, 10)],
      keywords: ['exit certificate', 'شهادة خروج', 'شهادة دخول'],
    },
    {
      id: 'customs-after-hours-inspection',
      name: { en: 'Inspection outside working hours', ar: 'التفتيش خارج أوقات الدوام الرسمي' },
      description: {
        en: 'Inspection of goods outside official hours at the client request, per hour.',
        ar: 'تفتيش البضائع خارج أوقات الدوام الرسمي بناءً على طلب العميل، عن كل ساعة.',
      },
      fee: { type: 'per_unit', unitAmount: 20000, unit: { en: 'hour', ar: 'ساعة' }, quantityInput: 'quantity' },
      inputs: [declarationNumber, quantity({ en: 'Number of hours', ar: 'عدد الساعات' }, 12)],
      keywords: ['overtime', 'inspection', 'تفتيش', 'معاينة'],
    },
    {
      id: 'customs-vehicle-certificate',
      name: { en: 'Vehicle import certificate', ar: 'شهادة استيراد مركبة' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [declarationNumber],
      keywords: ['car import', 'استيراد سيارة', 'شهادة جمركية'],
    },
    {
      id: 'customs-auction-participation',
      name: { en: 'Customs auction participation', ar: 'المشاركة في المزاد الجمركي' },
      fee: { type: 'fixed', amount: 30000 },
      inputs: [emiratesId],
      keywords: ['auction', 'مزاد', 'مزادات'],
    },
    {
      id: 'customs-baggage-release',
      name: { en: 'Release of detained passenger goods', ar: 'الإفراج عن أمتعة المسافرين المحتجزة' },
      description: {
        en: 'Release goods held at the airport after the applicable duty is settled.',
        ar: 'الإفراج عن البضائع المحتجزة في المطار بعد تسوية الرسوم المقررة.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [emiratesId],
      keywords: ['baggage', 'airport', 'أمتعة', 'امتعه', 'مطار'],
    },
    {
      id: 'customs-advance-ruling',
      name: { en: 'Advance tariff classification ruling', ar: 'قرار مسبق بالتصنيف التعريفي' },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [tradeLicenceNumber],
      keywords: ['HS code', 'tariff', 'بند جمركي', 'تصنيف'],
    },
  ],
};
