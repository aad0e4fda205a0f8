import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { tradeLicenceNumber, emiratesId, years, quantity } from '../inputs.ts';

const makaniNumber: InputSeed = {
  name: 'makani_number',
  label: { en: 'Makani number', ar: 'رقم مكاني' },
  kind: 'digits',
  pattern: '^[0-9]{10}$',
  minLength: 10,
  maxLength: 10,
};

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'dcd',
    name: { en: 'Dubai Civil Defence', ar: 'الإدارة العامة للدفاع المدني – دبي' },
    shortName: { en: 'Civil Defence', ar: 'الدفاع المدني' },
  },
  services: [
    {
      id: 'dcd-safety-certificate',
      name: { en: 'Annual fire safety certificate', ar: 'شهادة السلامة السنوية' },
      description: {
        en: 'Certificate that a commercial premises meets fire and life safety requirements.',
        ar: 'شهادة باستيفاء المنشأة التجارية لاشتراطات الوقاية والسلامة من الحريق.',
      },
      fee: { type: 'per_unit', unitAmount: 50000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['fire safety', 'safety certificate', 'سلامة', 'السلامه', 'شهادة سلامة'],
    },
    {
      id: 'dcd-completion-certificate',
      name: { en: 'Building completion certificate (fire and life safety)', ar: 'شهادة إنجاز المبنى (الوقاية والسلامة)' },
      fee: { type: 'fixed', amount: 200000 },
      inputs: [makaniNumber],
      keywords: ['completion', 'إنجاز', 'انجاز', 'إتمام المبنى'],
    },
    {
      id: 'dcd-drawings-approval',
      name: { en: 'Fire safety drawings approval', ar: 'اعتماد مخططات الوقاية من الحريق' },
      fee: { type: 'fixed', amount: 100000 },
      inputs: [makaniNumber],
      keywords: ['drawings', 'fire alarm', 'مخططات', 'إنذار حريق'],
    },
    {
      id: 'dcd-violations',
      name: { en: 'Civil defence violations', ar: 'مخالفات الدفاع المدني' },
      description: {
        en: 'Fines for fire and life safety breaches found during inspection.',
        ar: 'غرامات مخالفات اشتراطات الوقاية والسلامة التي تُرصد أثناء التفتيش.',
      },
      fee: { type: 'lookup', referenceInput: 'licence_number', kind: 'fine' },
      inputs: [tradeLicenceNumber],
      governmentFees: false,
      keywords: ['fine', 'مخالفة', 'مخالفه', 'غرامة'],
    },
    {
      id: 'dcd-contractor-registration',
      name: { en: 'Fire protection contractor registration', ar: 'تسجيل مقاول أنظمة الوقاية من الحريق' },
      fee: { type: 'per_unit', unitAmount: 300000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['contractor', 'fire systems', 'مقاول', 'أنظمة الإطفاء'],
    },
    {
      id: 'dcd-safety-training',
      name: { en: 'Fire safety officer training', ar: 'تدريب مسؤولي السلامة من الحريق' },
      fee: { type: 'per_unit', unitAmount: 30000, unit: { en: 'trainee', ar: 'متدرب' }, quantityInput: 'quantity' },
      inputs: [quantity({ en: 'Number of trainees', ar: 'عدد المتدربين' }, 30)],
      keywords: ['training', 'fire warden', 'تدريب', 'مسؤول سلامة'],
    },
    {
      id: 'dcd-product-certification',
      name: { en: 'Fire safety product certification', ar: 'اعتماد منتجات الوقاية من الحريق' },
      description: {
        en: 'Approval of extinguishers, alarms and other fire safety products: an application fee plus a fee per product model.',
        ar: 'اعتماد طفايات الحريق وأجهزة الإنذار وغيرها من منتجات السلامة: رسم طلب يضاف إليه رسم عن كل طراز.',
      },
      fee: { type: 'per_unit', unitAmount: 100000, unit: { en: 'product', ar: 'منتج' }, quantityInput: 'quantity', baseAmount: 50000 },
      inputs: [tradeLicenceNumber, quantity({ en: 'Number of products', ar: 'عدد المنتجات' }, 20)],
      keywords: ['extinguisher', 'product approval', 'طفاية', 'طفايه', 'اعتماد منتج'],
    },
    {
      id: 'dcd-event-permit',
      name: { en: 'Fire safety permit for events', ar: 'تصريح السلامة للفعاليات' },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [tradeLicenceNumber],
      keywords: ['event', 'tent', 'فعالية', 'خيمة'],
    },
    {
      id: 'dcd-fireworks-permit',
      name: { en: 'Fireworks display permit', ar: 'تصريح عرض الألعاب النارية' },
      description: {
        en: 'Safety permit for a fireworks display at a private or public event.',
        ar: 'تصريح سلامة لعرض ألعاب نارية في فعالية خاصة أو عامة.',
      },
      fee: { type: 'fixed', amount: 100000 },
      inputs: [tradeLicenceNumber],
      keywords: ['fireworks', 'ألعاب نارية', 'العاب ناريه'],
    },
    {
      id: 'dcd-trade-licence-noc',
      name: { en: 'NOC for a trade licence', ar: 'شهادة عدم ممانعة للرخصة التجارية' },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [tradeLicenceNumber],
      keywords: ['NOC', 'عدم ممانعة', 'ممانعه'],
    },
    {
      id: 'dcd-fire-incident-report',
      name: { en: 'Fire incident report', ar: 'تقرير حادث حريق' },
      description: {
        en: 'Official report of a fire incident, used for insurance claims.',
        ar: 'تقرير رسمي عن حادث الحريق، يُستخدم لمطالبات التأمين.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [emiratesId, makaniNumber],
      keywords: ['fire report', 'insurance', 'تقرير حريق', 'حريقة'],
    },
  ],
};
