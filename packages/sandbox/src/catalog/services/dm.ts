import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { tradeLicenceNumber, years, quantity } from '../inputs.ts';

const makaniNumber: InputSeed = {
  name: 'makani_number',
  label: { en: 'Makani number', ar: 'رقم مكاني' },
  hint: { en: '10 digits, on the building plate', ar: '10 أرقام، على لوحة المبنى' },
  kind: 'digits',
  pattern: '^[0-9]{10}$',
  minLength: 10,
  maxLength: 10,
};

const applicationNumber: InputSeed = {
  name: 'application_number',
  label: { en: 'Application number', ar: 'رقم الطلب' },
  kind: 'digits',
  pattern: '^[0-9]{6,12}$',
  minLength: 6,
  maxLength: 12,
};

const contractNumber: InputSeed = {
  name: 'contract_number',
  label: { en: 'Lease contract number', ar: 'رقم عقد الإيجار' },
  kind: 'digits',
  pattern: '^[0-9]{6,10}$',
  minLength: 6,
  maxLength: 10,
};

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'dm',
    name: { en: 'Dubai Municipality', ar: 'بلدية دبي' },
    shortName: { en: 'DM', ar: 'البلدية' },
  },
  services: [
    {
      id: 'dm-building-permit-fees',
      name: { en: 'Building permit fees', ar: 'رسوم رخصة البناء' },
      description: {
        en: 'Fees assessed on a building permit application according to the built-up area.',
        ar: 'الرسوم المقدّرة على طلب رخصة البناء وفقًا للمساحة المبنية.',
      },
      fee: { type: 'lookup', referenceInput: 'application_number', kind: 'dues' },
      inputs: [applicationNumber],
      keywords: ['construction permit', 'رخصة بناء', 'رخصه بناء', 'تصريح بناء'],
    },
    {
      id: 'dm-violations',
      name: { en: 'Municipality violations', ar: 'مخالفات البلدية' },
      description: {
        en: 'Fines issued by municipality inspectors against a licensed business.',
        ar: 'الغرامات التي يحررها مفتشو البلدية على المنشأة المرخصة.',
      },
      fee: { type: 'lookup', referenceInput: 'licence_number', kind: 'fine' },
      inputs: [tradeLicenceNumber],
      governmentFees: false,
      keywords: ['inspection fine', 'مخالفات بلدية', 'مخالفة البلدية', 'غرامة'],
    },
    {
      id: 'dm-lease-dues',
      name: { en: 'Municipal property rent', ar: 'إيجار عقارات البلدية' },
      fee: { type: 'lookup', referenceInput: 'contract_number', kind: 'dues' },
      inputs: [contractNumber],
      governmentFees: false,
      keywords: ['rent', 'lease', 'إيجار', 'ايجار', 'أملاك البلدية'],
    },
    {
      id: 'dm-food-handler-training',
      name: { en: 'Food safety training for food handlers', ar: 'تدريب متداولي الأغذية على سلامة الغذاء' },
      fee: { type: 'per_unit', unitAmount: 15000, unit: { en: 'trainee', ar: 'متدرب' }, quantityInput: 'quantity' },
      inputs: [tradeLicenceNumber, quantity({ en: 'Number of trainees', ar: 'عدد المتدربين' }, 50)],
      keywords: ['food safety', 'PIC', 'سلامة الغذاء', 'سلامه الاغذية', 'متداول أغذية'],
    },
    {
      id: 'dm-advertising-permit',
      name: { en: 'Outdoor advertising permit', ar: 'تصريح إعلان خارجي' },
      description: {
        en: 'Permit for a sign or billboard visible from a public road, per year.',
        ar: 'تصريح للافتة أو لوحة إعلانية تُرى من الطريق العام، عن كل سنة.',
      },
      fee: { type: 'per_unit', unitAmount: 100000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['billboard', 'signage', 'لوحة إعلانية', 'اعلان', 'يافطة'],
    },
    {
      id: 'dm-food-product-registration',
      name: { en: 'Food product registration', ar: 'تسجيل المنتجات الغذائية' },
      description: {
        en: 'Register imported or locally made food products before sale, per product.',
        ar: 'تسجيل المنتجات الغذائية المستوردة أو المصنّعة محليًا قبل بيعها، لكل منتج.',
      },
      fee: { type: 'per_unit', unitAmount: 10000, unit: { en: 'product', ar: 'منتج' }, quantityInput: 'quantity' },
      inputs: [tradeLicenceNumber, quantity({ en: 'Number of products', ar: 'عدد المنتجات' }, 100)],
      keywords: ['Montaji', 'منتجي', 'تسجيل غذاء', 'منتج غذائي'],
    },
    {
      id: 'dm-lab-testing',
      name: { en: 'Dubai Central Laboratory sample testing', ar: 'فحص العينات في مختبر دبي المركزي' },
      description: {
        en: 'Laboratory analysis of food, water or consumer product samples, per sample.',
        ar: 'تحليل مخبري لعينات الأغذية أو المياه أو المنتجات الاستهلاكية، لكل عينة.',
      },
      fee: { type: 'per_unit', unitAmount: 20000, unit: { en: 'sample', ar: 'عينة' }, quantityInput: 'quantity' },
      inputs: [quantity({ en: 'Number of samples', ar: 'عدد العينات' }, 50)],
      keywords: ['laboratory', 'lab test', 'مختبر', 'فحص عينة', 'عينه'],
    },
    {
      id: 'dm-pest-control',
      name: { en: 'Residential pest control visit', ar: 'مكافحة الآفات في المساكن' },
      description: {
        en: 'One visit by a municipality team to treat a home for insects or rodents.',
        ar: 'زيارة واحدة من فريق البلدية لمكافحة الحشرات أو القوارض في المسكن.',
      },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [makaniNumber],
      keywords: ['insects', 'cockroaches', 'حشرات', 'صراصير', 'مكافحه الافات'],
    },
    {
      id: 'dm-sewerage-connection',
      name: { en: 'Sewerage connection', ar: 'توصيل الصرف الصحي' },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [makaniNumber],
      keywords: ['drainage', 'sewage', 'مجاري', 'صرف صحي'],
    },
    {
      id: 'dm-bulky-waste',
      name: { en: 'Bulky waste collection', ar: 'جمع النفايات كبيرة الحجم' },
      description: {
        en: 'Collection of furniture and other large household waste from the door.',
        ar: 'جمع الأثاث وغيره من النفايات المنزلية كبيرة الحجم من أمام المسكن.',
      },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [makaniNumber],
      keywords: ['furniture disposal', 'garbage', 'نفايات', 'قمامة', 'زبالة'],
    },
    {
      id: 'dm-health-noc',
      name: { en: 'Health NOC for a trade licence', ar: 'شهادة عدم ممانعة صحية للرخصة التجارية' },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [tradeLicenceNumber],
      keywords: ['NOC', 'public health', 'عدم ممانعة', 'الصحة العامة'],
    },
  ],
};
