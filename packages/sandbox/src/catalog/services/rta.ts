import type { EntityCatalogSeed } from '../seed-types.ts';
import { plateNumber, trafficFileNumber, emiratesId, years, quantity } from '../inputs.ts';

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'rta',
    name: { en: 'Roads and Transport Authority', ar: 'هيئة الطرق والمواصلات' },
    shortName: { en: 'RTA', ar: 'هيئة الطرق' },
  },
  services: [
    {
      id: 'rta-vehicle-renewal',
      name: { en: 'Vehicle registration renewal', ar: 'تجديد ترخيص مركبة' },
      description: {
        en: 'Renew a light vehicle registration (mulkiya) for one year after it passes the technical inspection.',
        ar: 'تجديد ترخيص مركبة خفيفة (الملكية) لمدة سنة بعد اجتيازها الفحص الفني.',
      },
      fee: { type: 'fixed', amount: 35000 },
      inputs: [plateNumber, trafficFileNumber],
      keywords: ['mulkiya', 'car registration', 'ملكية', 'ملكيه', 'تجديد الملكية', 'ترخيص سيارة'],
    },
    {
      id: 'rta-driving-licence-renewal',
      name: { en: 'Driving licence renewal', ar: 'تجديد رخصة القيادة' },
      description: {
        en: 'Renew a driving licence for holders aged 21 and over.',
        ar: 'تجديد رخصة القيادة لمن أتمّوا 21 عامًا فأكثر.',
      },
      fee: { type: 'fixed', amount: 30000 },
      inputs: [trafficFileNumber],
      keywords: ['driving license', 'driver licence', 'رخصة سياقة', 'رخصه القياده', 'ليسن'],
    },
    {
      id: 'rta-driving-licence-replacement',
      name: { en: 'Lost or damaged driving licence replacement', ar: 'بدل فاقد أو تالف لرخصة القيادة' },
      description: {
        en: 'Issue a new card when the driving licence is lost or damaged; the licence keeps its expiry date.',
        ar: 'إصدار بطاقة جديدة عند فقدان رخصة القيادة أو تلفها، مع بقاء تاريخ انتهائها كما هو.',
      },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [trafficFileNumber],
      keywords: ['lost licence', 'replacement', 'بدل فاقد', 'بدل تالف', 'رخصه'],
    },
    {
      id: 'rta-learning-permit',
      name: { en: 'Driving learning permit', ar: 'تصريح تعلّم القيادة' },
      description: {
        en: 'Open a traffic file and obtain a permit to take driving lessons.',
        ar: 'فتح ملف مروري واستخراج تصريح لتعلّم القيادة.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [emiratesId],
      keywords: ['learner permit', 'traffic file', 'ملف مروري', 'تعليم القيادة', 'تعليم سياقة'],
    },
    {
      id: 'rta-ownership-transfer',
      name: { en: 'Vehicle ownership transfer', ar: 'نقل ملكية مركبة' },
      description: {
        en: 'Transfer a registered vehicle from the seller to the buyer, with new registration in the buyer name.',
        ar: 'نقل ملكية مركبة مسجلة من البائع إلى المشتري وترخيصها باسم المالك الجديد.',
      },
      fee: { type: 'fixed', amount: 35000 },
      inputs: [plateNumber, trafficFileNumber],
      keywords: ['sell car', 'transfer', 'بيع سيارة', 'نقل ملكيه', 'تحويل ملكية'],
    },
    {
      id: 'rta-clearance-certificate',
      name: { en: 'Vehicle clearance certificate', ar: 'شهادة براءة ذمة لمركبة' },
      description: {
        en: 'Certificate that no fines or dues are recorded against the vehicle.',
        ar: 'شهادة تفيد بعدم وجود مخالفات أو مستحقات مسجلة على المركبة.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [plateNumber],
      keywords: ['to whom it may concern', 'لمن يهمه الأمر', 'براءة ذمه', 'شهادة مركبة'],
    },
    {
      id: 'rta-plate-replacement',
      name: { en: 'Lost or damaged number plate replacement', ar: 'بدل فاقد أو تالف للوحات المركبة' },
      description: {
        en: 'New number plates with the same number, per plate.',
        ar: 'لوحات جديدة بالرقم نفسه، لكل لوحة.',
      },
      fee: { type: 'per_unit', unitAmount: 3500, unit: { en: 'plate', ar: 'لوحة' }, quantityInput: 'quantity' },
      inputs: [plateNumber, quantity({ en: 'Number of plates', ar: 'عدد اللوحات' }, 2)],
      keywords: ['number plate', 'لوحه', 'لوحات', 'أرقام السيارة'],
    },
    {
      id: 'rta-seasonal-parking',
      name: { en: 'Seasonal parking card', ar: 'بطاقة المواقف الموسمية' },
      description: {
        en: 'Prepaid permit to park in public paid parking zones, charged per month.',
        ar: 'تصريح مدفوع مسبقًا للوقوف في المواقف العامة المدفوعة، ويُحتسب بالشهر.',
      },
      fee: { type: 'per_unit', unitAmount: 45000, unit: { en: 'month', ar: 'شهر' }, quantityInput: 'quantity' },
      inputs: [plateNumber, quantity({ en: 'Number of months', ar: 'عدد الأشهر' }, 12)],
      keywords: ['parking permit', 'parking subscription', 'مواقف', 'باركنج', 'اشتراك مواقف'],
    },
    {
      id: 'rta-vehicle-advertising-permit',
      name: { en: 'Vehicle advertising permit', ar: 'تصريح إعلان على مركبة' },
      description: {
        en: 'Permit to place commercial advertising on a vehicle, per year.',
        ar: 'تصريح لوضع إعلان تجاري على مركبة، عن كل سنة.',
      },
      fee: { type: 'per_unit', unitAmount: 10000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [plateNumber, years(3)],
      keywords: ['car advertisement', 'sticker', 'إعلان', 'اعلان على سيارة'],
    },
    {
      id: 'rta-fines',
      name: { en: 'Traffic fines payment', ar: 'سداد المخالفات المرورية' },
      description: {
        en: 'Look up and pay the traffic fines recorded against a vehicle.',
        ar: 'الاستعلام عن المخالفات المرورية المسجلة على المركبة وسدادها.',
      },
      fee: { type: 'lookup', referenceInput: 'plate_number', kind: 'fine' },
      inputs: [plateNumber],
      governmentFees: false,
      keywords: ['fines', 'violations', 'مخالفات', 'مخالفه', 'غرامات', 'غرامه'],
    },
    {
      id: 'rta-salik-fines',
      name: { en: 'Salik toll violations', ar: 'مخالفات سالك' },
      description: {
        en: 'Violations for passing a toll gate without enough Salik balance.',
        ar: 'مخالفات المرور عبر بوابات التعرفة دون رصيد كافٍ في سالك.',
      },
      fee: { type: 'lookup', referenceInput: 'plate_number', kind: 'fine' },
      inputs: [plateNumber],
      governmentFees: false,
      keywords: ['salik', 'toll gate', 'سالك', 'بوابات التعرفة', 'بوابة'],
    },
    {
      id: 'rta-parking-fines',
      name: { en: 'Parking fines', ar: 'مخالفات المواقف' },
      description: {
        en: 'Fines for unpaid or over-stayed parking in public paid parking zones.',
        ar: 'مخالفات عدم دفع رسوم الوقوف أو تجاوز المدة في المواقف العامة المدفوعة.',
      },
      fee: { type: 'lookup', referenceInput: 'plate_number', kind: 'fine' },
      inputs: [plateNumber],
      governmentFees: false,
      keywords: ['parking ticket', 'مخالفة موقف', 'مخالفات الباركنج', 'مواقف'],
    },
  ],
};
