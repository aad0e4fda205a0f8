import type { EntityCatalogSeed } from '../seed-types.ts';
import { emiratesId, tradeLicenceNumber, years, quantity } from '../inputs.ts';

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'dcaa',
    name: { en: 'Dubai Civil Aviation Authority', ar: 'هيئة دبي للطيران المدني' },
    shortName: { en: 'DCAA', ar: 'الطيران المدني' },
  },
  services: [
    {
      id: 'dcaa-drone-registration',
      name: { en: 'Drone registration', ar: 'تسجيل طائرة بدون طيار' },
      description: {
        en: 'Register recreational or commercial drones before flying them in Dubai, per drone.',
        ar: 'تسجيل الطائرات بدون طيار الترفيهية أو التجارية قبل تشغيلها في دبي، لكل طائرة.',
      },
      fee: { type: 'per_unit', unitAmount: 20000, unit: { en: 'drone', ar: 'طائرة' }, quantityInput: 'quantity' },
      inputs: [emiratesId, quantity({ en: 'Number of drones', ar: 'عدد الطائرات' }, 10)],
      keywords: ['drone', 'UAV', 'درون', 'طائرة مسيرة', 'مسيره', 'بدون طيار'],
    },
    {
      id: 'dcaa-drone-operator-permit',
      name: { en: 'Drone operator permit', ar: 'تصريح مشغّل طائرات بدون طيار' },
      description: {
        en: 'Permit for a company to operate drones commercially in Dubai, per year.',
        ar: 'تصريح لشركة بتشغيل الطائرات بدون طيار تجاريًا في دبي، عن كل سنة.',
      },
      fee: { type: 'per_unit', unitAmount: 100000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(2)],
      keywords: ['drone operator', 'مشغل درون', 'تصريح طيران'],
    },
    {
      id: 'dcaa-aerial-filming',
      name: { en: 'Aerial filming permit', ar: 'تصريح تصوير جوي' },
      fee: { type: 'per_unit', unitAmount: 50000, unit: { en: 'day', ar: 'يوم' }, quantityInput: 'quantity' },
      inputs: [tradeLicenceNumber, quantity({ en: 'Number of filming days', ar: 'عدد أيام التصوير' }, 30)],
      keywords: ['aerial photography', 'تصوير جوي', 'تصوير بالدرون'],
    },
    {
      id: 'dcaa-flight-permit',
      name: { en: 'Non-scheduled flight permit', ar: 'تصريح رحلة غير منتظمة' },
      fee: { type: 'fixed', amount: 100000 },
      inputs: [tradeLicenceNumber],
      keywords: ['charter', 'private jet', 'رحلة خاصة', 'طائرة خاصة'],
    },
    {
      id: 'dcaa-helipad-approval',
      name: { en: 'Helipad approval', ar: 'اعتماد مهبط طائرات عمودية' },
      description: {
        en: 'Approval of a rooftop or ground helipad design and operation.',
        ar: 'اعتماد تصميم وتشغيل مهبط للطائرات العمودية على سطح مبنى أو على الأرض.',
      },
      fee: { type: 'fixed', amount: 500000 },
      inputs: [tradeLicenceNumber],
      keywords: ['helicopter', 'helipad', 'هليكوبتر', 'مروحية', 'مهبط'],
    },
    {
      id: 'dcaa-building-height-noc',
      name: { en: 'Building height NOC (aviation safety)', ar: 'عدم ممانعة لارتفاع المباني (سلامة الطيران)' },
      fee: { type: 'fixed', amount: 100000 },
      inputs: [tradeLicenceNumber],
      keywords: ['height clearance', 'obstacle', 'ارتفاع', 'عدم ممانعة'],
    },
    {
      id: 'dcaa-laser-permit',
      name: { en: 'Laser and searchlight display permit', ar: 'تصريح عروض الليزر والأضواء الكاشفة' },
      description: {
        en: 'Permit for lasers and searchlights that may affect aircraft.',
        ar: 'تصريح لاستخدام الليزر والأضواء الكاشفة التي قد تؤثر في الطائرات.',
      },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [tradeLicenceNumber],
      keywords: ['laser show', 'searchlight', 'ليزر', 'كشافات'],
    },
    {
      id: 'dcaa-balloon-release-permit',
      name: { en: 'Balloon and sky lantern release permit', ar: 'تصريح إطلاق البالونات والفوانيس الطائرة' },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [tradeLicenceNumber],
      keywords: ['balloons', 'lanterns', 'بالونات', 'فوانيس'],
    },
    {
      id: 'dcaa-crane-noc',
      name: { en: 'Crane operation NOC near airports', ar: 'عدم ممانعة لتشغيل الرافعات قرب المطارات' },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [tradeLicenceNumber],
      keywords: ['crane', 'رافعة', 'كرين'],
    },
    {
      id: 'dcaa-ground-handling-licence',
      name: { en: 'Ground handling licence', ar: 'ترخيص خدمات المناولة الأرضية' },
      fee: { type: 'per_unit', unitAmount: 1000000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['ground handling', 'مناولة', 'مناوله أرضية'],
    },
  ],
};
