import type { EntityCatalogSeed } from '../seed-types.ts';
import { emiratesId, tradeLicenceNumber, years, quantity } from '../inputs.ts';

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'sports',
    name: { en: 'Dubai Sports Council', ar: 'مجلس دبي الرياضي' },
    shortName: { en: 'DSC', ar: 'مجلس دبي الرياضي' },
  },
  services: [
    {
      id: 'sports-event-permit',
      name: { en: 'Sports event permit', ar: 'تصريح فعالية رياضية' },
      description: {
        en: 'Permit for a race, tournament or other sports event held in Dubai.',
        ar: 'تصريح لتنظيم سباق أو بطولة أو فعالية رياضية أخرى في دبي.',
      },
      fee: { type: 'fixed', amount: 100000 },
      inputs: [tradeLicenceNumber],
      keywords: ['tournament', 'marathon', 'بطولة', 'بطوله', 'سباق', 'ماراثون'],
    },
    {
      id: 'sports-club-licence',
      name: { en: 'Private sports club licence', ar: 'ترخيص نادٍ رياضي خاص' },
      fee: { type: 'per_unit', unitAmount: 200000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['sports club', 'نادي', 'نادي رياضي'],
    },
    {
      id: 'sports-academy-licence',
      name: { en: 'Sports academy licence', ar: 'ترخيص أكاديمية رياضية' },
      fee: { type: 'per_unit', unitAmount: 150000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['academy', 'football academy', 'أكاديمية', 'اكاديميه'],
    },
    {
      id: 'sports-facility-registration',
      name: { en: 'Sports and fitness facility registration', ar: 'تسجيل منشأة رياضية ولياقة بدنية' },
      fee: { type: 'per_unit', unitAmount: 100000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['gym', 'fitness centre', 'جيم', 'نادي لياقة', 'صالة رياضية'],
    },
    {
      id: 'sports-coach-registration',
      name: { en: 'Sports coach registration', ar: 'تسجيل مدرب رياضي' },
      description: {
        en: 'Registration of a qualified coach or personal trainer working in Dubai.',
        ar: 'تسجيل مدرب مؤهل أو مدرب شخصي يعمل في دبي.',
      },
      fee: { type: 'per_unit', unitAmount: 20000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [emiratesId, years(2)],
      keywords: ['coach', 'personal trainer', 'مدرب', 'مدرب شخصي'],
    },
    {
      id: 'sports-team-registration',
      name: { en: 'Community league team registration', ar: 'تسجيل فريق في دوري مجتمعي' },
      description: {
        en: 'Register an amateur team in a community league, per team.',
        ar: 'تسجيل فريق من الهواة في دوري مجتمعي، لكل فريق.',
      },
      fee: { type: 'per_unit', unitAmount: 50000, unit: { en: 'team', ar: 'فريق' }, quantityInput: 'quantity' },
      inputs: [emiratesId, quantity({ en: 'Number of teams', ar: 'عدد الفرق' }, 5)],
      keywords: ['league', 'team', 'دوري', 'فريق'],
    },
    {
      id: 'sports-hall-booking',
      name: { en: 'Sports hall booking', ar: 'حجز صالة رياضية' },
      description: {
        en: 'Book an indoor sports hall, charged per hour.',
        ar: 'حجز صالة رياضية مغلقة، ويُحتسب الرسم بالساعة.',
      },
      fee: { type: 'per_unit', unitAmount: 20000, unit: { en: 'hour', ar: 'ساعة' }, quantityInput: 'quantity' },
      inputs: [emiratesId, quantity({ en: 'Number of hours', ar: 'عدد الساعات' }, 12)],
      keywords: ['court booking', 'hall', 'ملعب', 'صالة', 'حجز'],
    },
    {
      id: 'sports-participation-noc',
      name: { en: 'NOC for an external sports event', ar: 'عدم ممانعة للمشاركة في فعالية رياضية خارجية' },
      fee: { type: 'fixed', amount: 20000 },
      inputs: [tradeLicenceNumber],
      keywords: ['NOC', 'عدم ممانعة', 'مشاركة خارجية'],
    },
    {
      id: 'sports-licence-amendment',
      name: { en: 'Sports licence amendment', ar: 'تعديل ترخيص رياضي' },
      fee: { type: 'fixed', amount: 30000 },
      inputs: [tradeLicenceNumber],
      keywords: ['amendment', 'تعديل', 'تعديل الترخيص'],
    },
    {
      id: 'sports-certificate',
      name: { en: 'To whom it may concern letter', ar: 'خطاب لمن يهمه الأمر' },
      fee: { type: 'fixed', amount: 5000 },
      inputs: [emiratesId],
      keywords: ['letter', 'خطاب', 'لمن يهمه الامر'],
    },
  ],
};
