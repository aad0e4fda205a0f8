import type { EntityCatalogSeed } from '../seed-types.ts';
import { emiratesId, tradeLicenceNumber, years, quantity } from '../inputs.ts';

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'culture',
    name: { en: 'Dubai Culture and Arts Authority', ar: 'هيئة الثقافة والفنون في دبي' },
    shortName: { en: 'Dubai Culture', ar: 'دبي للثقافة' },
  },
  services: [
    {
      id: 'culture-library-membership',
      name: { en: 'Dubai Public Library membership', ar: 'عضوية مكتبات دبي العامة' },
      description: {
        en: 'Borrow books and use the services of Dubai public libraries, per year.',
        ar: 'استعارة الكتب والاستفادة من خدمات مكتبات دبي العامة، عن كل سنة.',
      },
      fee: { type: 'per_unit', unitAmount: 10000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [emiratesId, years(3)],
      keywords: ['library card', 'books', 'مكتبة', 'مكتبه', 'كتب', 'استعارة'],
    },
    {
      id: 'culture-museum-ticket',
      name: { en: 'Etihad Museum entry ticket', ar: 'تذكرة دخول متحف الاتحاد' },
      description: {
        en: 'Entry to the Etihad Museum, per visitor.',
        ar: 'دخول متحف الاتحاد، لكل زائر.',
      },
      fee: { type: 'per_unit', unitAmount: 2500, unit: { en: 'visitor', ar: 'زائر' }, quantityInput: 'quantity' },
      inputs: [quantity({ en: 'Number of visitors', ar: 'عدد الزوار' }, 20)],
      governmentFees: false,
      keywords: ['museum', 'tickets', 'متحف', 'تذكرة', 'تذاكر'],
    },
    {
      id: 'culture-event-permit',
      name: { en: 'Cultural event permit', ar: 'تصريح فعالية ثقافية' },
      description: {
        en: 'Permit for exhibitions, readings, screenings and other cultural events.',
        ar: 'تصريح للمعارض والأمسيات والعروض وغيرها من الفعاليات الثقافية.',
      },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [tradeLicenceNumber],
      keywords: ['exhibition', 'event', 'فعالية', 'معرض', 'أمسية'],
    },
    {
      id: 'culture-gallery-licence',
      name: { en: 'Art gallery licence', ar: 'ترخيص صالة عرض فنية' },
      fee: { type: 'per_unit', unitAmount: 150000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['gallery', 'art', 'جاليري', 'غاليري', 'فنون'],
    },
    {
      id: 'culture-filming-permit',
      name: { en: 'Filming permit at heritage sites', ar: 'تصريح تصوير في المواقع التراثية' },
      description: {
        en: 'Commercial photography or filming at Al Fahidi, Al Shindagha and other heritage sites, per day.',
        ar: 'التصوير التجاري في الفهيدي والشندغة وغيرهما من المواقع التراثية، عن كل يوم.',
      },
      fee: { type: 'per_unit', unitAmount: 50000, unit: { en: 'day', ar: 'يوم' }, quantityInput: 'quantity' },
      inputs: [tradeLicenceNumber, quantity({ en: 'Number of filming days', ar: 'عدد أيام التصوير' }, 14)],
      keywords: ['photo shoot', 'filming', 'تصوير', 'فهيدي', 'شندغة'],
    },
    {
      id: 'culture-performer-permit',
      name: { en: 'Performing artist permit', ar: 'تصريح فنان مؤدٍّ' },
      fee: { type: 'per_unit', unitAmount: 20000, unit: { en: 'artist', ar: 'فنان' }, quantityInput: 'quantity' },
      inputs: [tradeLicenceNumber, quantity({ en: 'Number of artists', ar: 'عدد الفنانين' }, 50)],
      keywords: ['performer', 'musician', 'فنان', 'عازف', 'عرض فني'],
    },
    {
      id: 'culture-venue-booking',
      name: { en: 'Heritage venue booking', ar: 'حجز قاعة في موقع تراثي' },
      fee: { type: 'per_unit', unitAmount: 300000, unit: { en: 'day', ar: 'يوم' }, quantityInput: 'quantity' },
      inputs: [tradeLicenceNumber, quantity({ en: 'Number of days', ar: 'عدد الأيام' }, 7)],
      keywords: ['venue', 'hall', 'قاعة', 'قاعه', 'حجز'],
    },
    {
      id: 'culture-workshop',
      name: { en: 'Arts workshop registration', ar: 'التسجيل في ورشة فنية' },
      fee: { type: 'fixed', amount: 15000 },
      inputs: [emiratesId],
      keywords: ['workshop', 'calligraphy', 'ورشة', 'خط عربي'],
    },
    {
      id: 'culture-archaeology-permit',
      name: { en: 'Archaeological survey permit', ar: 'تصريح مسح أثري' },
      fee: { type: 'fixed', amount: 100000 },
      inputs: [tradeLicenceNumber],
      keywords: ['excavation', 'antiquities', 'آثار', 'اثار', 'تنقيب'],
    },
    {
      id: 'culture-noc',
      name: { en: 'No objection letter for a cultural activity', ar: 'خطاب عدم ممانعة لنشاط ثقافي' },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [tradeLicenceNumber],
      keywords: ['NOC', 'عدم ممانعة', 'ممانعه'],
    },
  ],
};
