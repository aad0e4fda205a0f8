import type { EntityCatalogSeed } from '../seed-types.ts';
import { tradeLicenceNumber, emiratesId, years, quantity } from '../inputs.ts';

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'det',
    name: { en: 'Dubai Department of Economy and Tourism', ar: 'دائرة الاقتصاد والسياحة في دبي' },
    shortName: { en: 'DET', ar: 'دائرة الاقتصاد والسياحة' },
  },
  services: [
    {
      id: 'det-initial-approval',
      name: { en: 'Initial approval for a trade licence', ar: 'الموافقة المبدئية للرخصة التجارية' },
      description: {
        en: 'First step to a new licence: approval of the legal form and activity.',
        ar: 'الخطوة الأولى لإصدار رخصة جديدة: الموافقة على الشكل القانوني والنشاط.',
      },
      fee: { type: 'fixed', amount: 12000 },
      inputs: [emiratesId],
      keywords: ['new business', 'initial approval', 'موافقة مبدئية', 'موافقه مبدئيه'],
    },
    {
      id: 'det-trade-name-reservation',
      name: { en: 'Trade name reservation', ar: 'حجز الاسم التجاري' },
      description: {
        en: 'Reserve a trade name for a new business in Dubai.',
        ar: 'حجز اسم تجاري لمنشأة جديدة في دبي.',
      },
      fee: { type: 'fixed', amount: 62000 },
      inputs: [emiratesId],
      keywords: ['company name', 'business name', 'اسم تجاري', 'حجز اسم'],
    },
    {
      id: 'det-licence-renewal',
      name: { en: 'Trade licence renewal', ar: 'تجديد الرخصة التجارية' },
      description: {
        en: 'The renewal fee depends on the activities and legal form, and is read from the licence record.',
        ar: 'تعتمد رسوم التجديد على الأنشطة والشكل القانوني، وتُستخرج من سجل الرخصة.',
      },
      fee: { type: 'lookup', referenceInput: 'licence_number', kind: 'dues' },
      inputs: [tradeLicenceNumber],
      keywords: ['renew licence', 'business licence', 'تجديد رخصة', 'رخصه تجاريه', 'ترخيص تجاري'],
    },
    {
      id: 'det-violations',
      name: { en: 'Commercial violations', ar: 'المخالفات التجارية' },
      fee: { type: 'lookup', referenceInput: 'licence_number', kind: 'fine' },
      inputs: [tradeLicenceNumber],
      governmentFees: false,
      keywords: ['business fine', 'مخالفة تجارية', 'مخالفات', 'غرامات'],
    },
    {
      id: 'det-tourism-dirham',
      name: { en: 'Tourism Dirham remittance', ar: 'توريد رسوم درهم السياحة' },
      description: {
        en: 'Monthly remittance of the Tourism Dirham collected by hotels and holiday homes.',
        ar: 'توريد رسوم درهم السياحة الشهرية التي تحصّلها الفنادق وبيوت العطلات.',
      },
      fee: { type: 'lookup', referenceInput: 'licence_number', kind: 'dues' },
      inputs: [tradeLicenceNumber],
      governmentFees: false,
      keywords: ['tourism dirham', 'hotel fee', 'درهم السياحة', 'فندق', 'فنادق'],
    },
    {
      id: 'det-intelaq-licence',
      name: { en: 'Intelaq home business licence', ar: 'رخصة انطلاق للأعمال المنزلية' },
      description: {
        en: 'Licence for a business run from home, issued for one to three years.',
        ar: 'رخصة لممارسة نشاط تجاري من المنزل، تصدر لمدة سنة إلى ثلاث سنوات.',
      },
      fee: { type: 'per_unit', unitAmount: 107000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [emiratesId, years(3)],
      keywords: ['home business', 'freelance', 'انطلاق', 'عمل من المنزل', 'مشروع منزلي'],
    },
    {
      id: 'det-tour-guide-licence',
      name: { en: 'Tour guide licence', ar: 'رخصة مرشد سياحي' },
      fee: { type: 'per_unit', unitAmount: 50000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [emiratesId, years(2)],
      keywords: ['tour guide', 'مرشد سياحي', 'دليل سياحي'],
    },
    {
      id: 'det-event-permit',
      name: { en: 'Entertainment event permit', ar: 'تصريح فعالية ترفيهية' },
      fee: { type: 'per_unit', unitAmount: 100000, unit: { en: 'day', ar: 'يوم' }, quantityInput: 'quantity' },
      inputs: [tradeLicenceNumber, quantity({ en: 'Number of event days', ar: 'عدد أيام الفعالية' }, 30)],
      keywords: ['event', 'concert', 'festival', 'فعالية', 'فعاليه', 'حفلة'],
    },
    {
      id: 'det-holiday-home-permit',
      name: { en: 'Holiday home unit permit', ar: 'تصريح وحدة بيت عطلات' },
      description: {
        en: 'Yearly permit to rent a residential unit as a holiday home.',
        ar: 'تصريح سنوي لتأجير وحدة سكنية بيتًا للعطلات.',
      },
      fee: { type: 'fixed', amount: 152000 },
      inputs: [tradeLicenceNumber],
      keywords: ['holiday homes', 'short-term rental', 'بيوت العطلات', 'بيت عطلات', 'تأجير قصير'],
    },
    {
      id: 'det-licence-certificate',
      name: { en: 'Trade licence information certificate', ar: 'شهادة بيانات رخصة تجارية' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [tradeLicenceNumber],
      keywords: ['licence certificate', 'شهادة رخصة', 'لمن يهمه الأمر'],
    },
    {
      id: 'det-licence-cancellation',
      name: { en: 'Trade licence cancellation', ar: 'إلغاء الرخصة التجارية' },
      fee: { type: 'fixed', amount: 30000 },
      inputs: [tradeLicenceNumber],
      keywords: ['close company', 'cancel licence', 'إلغاء رخصة', 'الغاء الرخصه', 'شطب'],
    },
  ],
};
