import type { EntityCatalogSeed } from '../seed-types.ts';
import { plateNumber, trafficFileNumber, emiratesId, caseNumber, years, quantity } from '../inputs.ts';

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'police',
    name: { en: 'Dubai Police General Headquarters', ar: 'القيادة العامة لشرطة دبي' },
    shortName: { en: 'Dubai Police', ar: 'شرطة دبي' },
  },
  services: [
    {
      id: 'police-traffic-fines',
      name: { en: 'Dubai Police traffic fines', ar: 'مخالفات شرطة دبي المرورية' },
      description: {
        en: 'Fines recorded by Dubai Police radars and patrols, found by plate number.',
        ar: 'المخالفات التي سجّلتها رادارات ودوريات شرطة دبي، ويُستعلم عنها برقم اللوحة.',
      },
      fee: { type: 'lookup', referenceInput: 'plate_number', kind: 'fine' },
      inputs: [plateNumber],
      governmentFees: false,
      keywords: ['radar', 'speeding', 'رادار', 'سرعة', 'مخالفات مرورية', 'مخالفه'],
    },
    {
      id: 'police-fines-by-traffic-file',
      name: { en: 'Traffic fines by traffic file', ar: 'المخالفات المرورية حسب الملف المروري' },
      description: {
        en: 'All fines recorded against the vehicles and licence of a traffic file.',
        ar: 'جميع المخالفات المسجلة على مركبات ورخصة صاحب الملف المروري.',
      },
      fee: { type: 'lookup', referenceInput: 'traffic_file_number', kind: 'fine' },
      inputs: [trafficFileNumber],
      governmentFees: false,
      keywords: ['fines', 'black points', 'غرامات', 'نقاط سوداء', 'ملف مروري'],
    },
    {
      id: 'police-impound-release',
      name: { en: 'Impounded vehicle release fees', ar: 'رسوم الإفراج عن مركبة محجوزة' },
      description: {
        en: 'Impounding and storage fees due before a vehicle is released.',
        ar: 'رسوم الحجز والتخزين المستحقة قبل الإفراج عن المركبة.',
      },
      fee: { type: 'lookup', referenceInput: 'plate_number', kind: 'dues' },
      inputs: [plateNumber],
      keywords: ['impound', 'confiscated car', 'حجز', 'حجز مركبة', 'سيارة محجوزه'],
    },
    {
      id: 'police-good-conduct',
      name: { en: 'Good conduct certificate', ar: 'شهادة حسن السيرة والسلوك' },
      description: {
        en: 'Police clearance certificate for citizens and residents.',
        ar: 'شهادة خلو من السوابق الجنائية للمواطنين والمقيمين.',
      },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [emiratesId],
      keywords: ['police clearance', 'PCC', 'حسن سيرة', 'حسن سيره وسلوك', 'خلو سوابق'],
    },
    {
      id: 'police-lost-item-certificate',
      name: { en: 'Lost item certificate', ar: 'شهادة فقدان' },
      description: {
        en: 'Certificate that a passport, document or item was reported lost, used to obtain a replacement.',
        ar: 'شهادة تثبت الإبلاغ عن فقدان جواز سفر أو وثيقة أو غرض، لاستخراج بدل منه.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [emiratesId],
      keywords: ['lost passport', 'lost report', 'فقدان جواز', 'مفقودات', 'بلاغ فقدان'],
    },
    {
      id: 'police-accident-report',
      name: { en: 'Traffic accident report', ar: 'تقرير حادث مروري' },
      description: {
        en: 'Report of a minor traffic accident, required by insurers for repair claims.',
        ar: 'تقرير عن حادث مروري بسيط تطلبه شركات التأمين لمطالبات الإصلاح.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [plateNumber, trafficFileNumber],
      keywords: ['accident', 'insurance claim', 'حادث', 'حادث سير', 'تقرير حادث'],
    },
    {
      id: 'police-vehicle-repair-certificate',
      name: { en: 'Vehicle repair certificate', ar: 'شهادة إصلاح مركبة' },
      description: {
        en: 'Certificate that allows a garage to repair a damaged vehicle.',
        ar: 'شهادة تسمح للورشة بإصلاح المركبة المتضررة.',
      },
      fee: { type: 'fixed', amount: 9500 },
      inputs: [plateNumber],
      keywords: ['damage certificate', 'garage', 'شهادة أضرار', 'تصليح', 'ورشة'],
    },
    {
      id: 'police-load-escort',
      name: { en: 'Escort for exceptional loads', ar: 'مرافقة الحمولات الاستثنائية' },
      description: {
        en: 'Police patrol escort for oversized or heavy loads: a booking fee plus a charge per hour.',
        ar: 'مرافقة دورية شرطة للحمولات كبيرة الحجم أو الثقيلة: رسم حجز يضاف إليه رسم عن كل ساعة.',
      },
      fee: { type: 'per_unit', unitAmount: 50000, unit: { en: 'hour', ar: 'ساعة' }, quantityInput: 'quantity', baseAmount: 20000 },
      inputs: [quantity({ en: 'Number of hours', ar: 'عدد الساعات' }, 24)],
      keywords: ['escort', 'heavy load', 'مرافقة', 'حمولة', 'حموله ثقيلة'],
    },
    {
      id: 'police-report-copies',
      name: { en: 'Certified copies of a police report', ar: 'نسخ مصدقة من بلاغ شرطي' },
      fee: { type: 'per_unit', unitAmount: 5000, unit: { en: 'copy', ar: 'نسخة' }, quantityInput: 'quantity' },
      inputs: [caseNumber, quantity({ en: 'Number of copies', ar: 'عدد النسخ' }, 10)],
      keywords: ['police report', 'بلاغ', 'نسخة بلاغ'],
    },
    {
      id: 'police-security-guard-licence',
      name: { en: 'Private security guard licence', ar: 'ترخيص حارس أمن خاص' },
      description: {
        en: 'Licence to work as a security guard in Dubai, per year of validity.',
        ar: 'ترخيص العمل حارسَ أمن في دبي، عن كل سنة من مدة الصلاحية.',
      },
      fee: { type: 'per_unit', unitAmount: 30000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [emiratesId, years(3)],
      keywords: ['SIRA', 'security guard', 'حارس أمن', 'حارس امن', 'سيرا'],
    },
    {
      id: 'police-event-security-permit',
      name: { en: 'Event security permit', ar: 'تصريح تأمين الفعاليات' },
      description: {
        en: 'Security approval for public events, charged per event day.',
        ar: 'الموافقة الأمنية على الفعاليات العامة، ويُحتسب الرسم عن كل يوم.',
      },
      fee: { type: 'per_unit', unitAmount: 100000, unit: { en: 'day', ar: 'يوم' }, quantityInput: 'quantity' },
      inputs: [quantity({ en: 'Number of event days', ar: 'عدد أيام الفعالية' }, 30)],
      keywords: ['event', 'concert', 'فعالية', 'فعاليه', 'تأمين'],
    },
  ],
};
