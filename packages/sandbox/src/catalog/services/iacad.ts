import type { EntityCatalogSeed } from '../seed-types.ts';
import { emiratesId, tradeLicenceNumber, years, quantity } from '../inputs.ts';

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'iacad',
    name: { en: 'Islamic Affairs and Charitable Activities Department', ar: 'دائرة الشؤون الإسلامية والعمل الخيري' },
    shortName: { en: 'IACAD', ar: 'الشؤون الإسلامية' },
  },
  services: [
    {
      id: 'iacad-zakat-al-fitr',
      name: { en: 'Zakat al-Fitr', ar: 'زكاة الفطر' },
      description: {
        en: 'Zakat al-Fitr at the rate set for the UAE, per person.',
        ar: 'زكاة الفطر بالقيمة المقررة في الدولة، عن كل فرد.',
      },
      fee: { type: 'per_unit', unitAmount: 2500, unit: { en: 'person', ar: 'فرد' }, quantityInput: 'quantity' },
      inputs: [quantity({ en: 'Number of persons', ar: 'عدد الأفراد' }, 30)],
      governmentFees: false,
      keywords: ['fitrah', 'zakat', 'زكاة', 'زكاه', 'صدقة الفطر', 'فطرة'],
    },
    {
      id: 'iacad-fidya',
      name: { en: 'Fidya for missed fasting days', ar: 'فدية الصيام' },
      description: {
        en: 'Feeding a needy person for each fasting day missed by someone unable to fast.',
        ar: 'إطعام مسكين عن كل يوم أفطره من لا يستطيع الصيام.',
      },
      fee: { type: 'per_unit', unitAmount: 1500, unit: { en: 'day', ar: 'يوم' }, quantityInput: 'quantity' },
      inputs: [quantity({ en: 'Number of days', ar: 'عدد الأيام' }, 30)],
      governmentFees: false,
      keywords: ['fidyah', 'fasting', 'فدية', 'فديه', 'صيام'],
    },
    {
      id: 'iacad-iftar-meal',
      name: { en: 'Iftar meals for fasting people', ar: 'إفطار صائم' },
      description: {
        en: 'Iftar meals served to fasting people in Ramadan tents, per meal.',
        ar: 'وجبات إفطار تُقدَّم للصائمين في خيام رمضان، لكل وجبة.',
      },
      fee: { type: 'per_unit', unitAmount: 1500, unit: { en: 'meal', ar: 'وجبة' }, quantityInput: 'quantity' },
      inputs: [quantity({ en: 'Number of meals', ar: 'عدد الوجبات' }, 1000)],
      governmentFees: false,
      keywords: ['iftar', 'ramadan', 'إفطار', 'افطار', 'رمضان'],
    },
    {
      id: 'iacad-kaffarah-oath',
      name: { en: 'Expiation for a broken oath', ar: 'كفارة اليمين' },
      description: {
        en: 'Feeding ten needy people on behalf of the payer.',
        ar: 'إطعام عشرة مساكين نيابةً عن المتبرع.',
      },
      fee: { type: 'fixed', amount: 15000 },
      governmentFees: false,
      keywords: ['kaffara', 'oath', 'كفارة', 'كفاره', 'يمين'],
    },
    {
      id: 'iacad-kaffarah-fasting',
      name: { en: 'Expiation for deliberately breaking a fast', ar: 'كفارة الإفطار عمدًا في رمضان' },
      description: {
        en: 'Feeding sixty needy people on behalf of the payer.',
        ar: 'إطعام ستين مسكينًا نيابةً عن المتبرع.',
      },
      fee: { type: 'fixed', amount: 90000 },
      governmentFees: false,
      keywords: ['kaffara', 'كفارة', 'كفاره', 'إفطار'],
    },
    {
      id: 'iacad-udhiyah',
      name: { en: 'Udhiyah (sacrificial sheep)', ar: 'الأضحية (رأس غنم)' },
      description: {
        en: 'A sheep sacrificed on Eid al-Adha and its meat distributed to needy families.',
        ar: 'أضحية من الغنم تُذبح في عيد الأضحى ويُوزَّع لحمها على الأسر المحتاجة.',
      },
      fee: { type: 'fixed', amount: 75000 },
      governmentFees: false,
      keywords: ['qurbani', 'eid al-adha', 'أضحية', 'اضحيه', 'ذبيحة'],
    },
    {
      id: 'iacad-fundraising-permit',
      name: { en: 'Fundraising permit', ar: 'تصريح جمع التبرعات' },
      description: {
        en: 'Permit for a licensed charity to collect donations for a campaign.',
        ar: 'تصريح لجهة خيرية مرخصة لجمع التبرعات لحملة معينة.',
      },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [tradeLicenceNumber],
      keywords: ['donations', 'charity', 'تبرعات', 'جمع تبرعات'],
    },
    {
      id: 'iacad-hajj-umrah-licence',
      name: { en: 'Hajj and Umrah operator licence', ar: 'ترخيص مزاولة نشاط الحج والعمرة' },
      fee: { type: 'per_unit', unitAmount: 500000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['hajj', 'umrah', 'حج', 'عمرة', 'عمره', 'حملة حج'],
    },
    {
      id: 'iacad-quran-centre-licence',
      name: { en: 'Private Quran memorisation centre licence', ar: 'ترخيص مركز خاص لتحفيظ القرآن الكريم' },
      fee: { type: 'per_unit', unitAmount: 100000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['quran centre', 'تحفيظ', 'مركز قرآن', 'قران'],
    },
    {
      id: 'iacad-publication-approval',
      name: { en: 'Religious publication approval', ar: 'إجازة المطبوعات الدينية' },
      description: {
        en: 'Review and approval of a Quran print run or religious book, per title.',
        ar: 'مراجعة وإجازة طباعة المصحف أو الكتب الدينية، لكل عنوان.',
      },
      fee: { type: 'per_unit', unitAmount: 20000, unit: { en: 'title', ar: 'عنوان' }, quantityInput: 'quantity' },
      inputs: [tradeLicenceNumber, quantity({ en: 'Number of titles', ar: 'عدد العناوين' }, 20)],
      keywords: ['publication', 'Quran printing', 'طباعة المصحف', 'كتاب ديني'],
    },
    {
      id: 'iacad-lecture-permit',
      name: { en: 'Religious lecture permit', ar: 'تصريح إلقاء محاضرة دينية' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [emiratesId],
      keywords: ['lecture', 'محاضرة', 'محاضره', 'درس ديني'],
    },
  ],
};
