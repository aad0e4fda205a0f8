import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { emiratesId, tradeLicenceNumber, years, quantity } from '../inputs.ts';

const invoiceNumber: InputSeed = {
  name: 'invoice_number',
  label: { en: 'Invoice number', ar: 'رقم الفاتورة' },
  kind: 'digits',
  pattern: '^[0-9]{8,10}$',
  minLength: 8,
  maxLength: 10,
};

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'ambulance',
    name: { en: 'Dubai Corporation for Ambulance Services', ar: 'مؤسسة دبي لخدمات الإسعاف' },
    shortName: { en: 'Dubai Ambulance', ar: 'إسعاف دبي' },
  },
  services: [
    {
      id: 'ambulance-invoice',
      name: { en: 'Ambulance service invoice', ar: 'فاتورة خدمات الإسعاف' },
      description: {
        en: 'Transport charges billed to patients who are not covered by valid health insurance.',
        ar: 'رسوم النقل المفوترة على المرضى غير المشمولين بتأمين صحي ساري.',
      },
      fee: { type: 'lookup', referenceInput: 'invoice_number', kind: 'bill' },
      inputs: [invoiceNumber],
      governmentFees: false,
      keywords: ['ambulance bill', 'فاتورة إسعاف', 'اسعاف'],
    },
    {
      id: 'ambulance-patient-transfer',
      name: { en: 'Non-emergency patient transfer within Dubai', ar: 'نقل مريض في حالة غير طارئة داخل دبي' },
      description: {
        en: 'Ambulance transport between a home and a hospital, or between hospitals, for a stable patient.',
        ar: 'نقل مريض مستقر بسيارة إسعاف بين المنزل والمستشفى أو بين المستشفيات.',
      },
      fee: { type: 'fixed', amount: 50000 },
      inputs: [emiratesId],
      keywords: ['patient transport', 'نقل مريض', 'نقل مرضى'],
    },
    {
      id: 'ambulance-intercity-transfer',
      name: { en: 'Patient transfer to another emirate', ar: 'نقل مريض إلى إمارة أخرى' },
      fee: { type: 'fixed', amount: 150000 },
      inputs: [emiratesId],
      keywords: ['transfer', 'Abu Dhabi', 'نقل بين الإمارات', 'امارة اخرى'],
    },
    {
      id: 'ambulance-event-coverage',
      name: { en: 'Ambulance coverage for events', ar: 'التغطية الإسعافية للفعاليات' },
      description: {
        en: 'A staffed ambulance stationed at an event, charged per hour.',
        ar: 'سيارة إسعاف بطاقمها تتمركز في موقع الفعالية، ويُحتسب الرسم بالساعة.',
      },
      fee: { type: 'per_unit', unitAmount: 50000, unit: { en: 'hour', ar: 'ساعة' }, quantityInput: 'quantity' },
      inputs: [tradeLicenceNumber, quantity({ en: 'Number of hours', ar: 'عدد الساعات' }, 72)],
      keywords: ['event medical', 'paramedic', 'تغطية طبية', 'مسعف', 'فعاليه'],
    },
    {
      id: 'ambulance-event-medical-plan',
      name: { en: 'Event medical plan approval', ar: 'اعتماد الخطة الطبية للفعالية' },
      fee: { type: 'fixed', amount: 100000 },
      inputs: [tradeLicenceNumber],
      keywords: ['medical plan', 'خطة طبية', 'خطه اسعافية'],
    },
    {
      id: 'ambulance-first-aid-course',
      name: { en: 'First aid training course', ar: 'دورة الإسعافات الأولية' },
      description: {
        en: 'Certified first aid course for individuals and company staff, per trainee.',
        ar: 'دورة إسعافات أولية معتمدة للأفراد وموظفي الشركات، لكل متدرب.',
      },
      fee: { type: 'per_unit', unitAmount: 35000, unit: { en: 'trainee', ar: 'متدرب' }, quantityInput: 'quantity' },
      inputs: [quantity({ en: 'Number of trainees', ar: 'عدد المتدربين' }, 30)],
      keywords: ['first aid', 'إسعافات أولية', 'اسعافات اوليه', 'تدريب'],
    },
    {
      id: 'ambulance-cpr-course',
      name: { en: 'CPR and AED course', ar: 'دورة الإنعاش القلبي الرئوي' },
      fee: { type: 'per_unit', unitAmount: 25000, unit: { en: 'trainee', ar: 'متدرب' }, quantityInput: 'quantity' },
      inputs: [quantity({ en: 'Number of trainees', ar: 'عدد المتدربين' }, 30)],
      keywords: ['CPR', 'BLS', 'defibrillator', 'إنعاش', 'انعاش قلبي'],
    },
    {
      id: 'ambulance-incident-report',
      name: { en: 'Ambulance incident report', ar: 'تقرير حالة إسعافية' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [emiratesId],
      keywords: ['patient care report', 'تقرير إسعاف', 'تقرير اسعاف'],
    },
    {
      id: 'ambulance-private-service-licence',
      name: { en: 'Private ambulance service licence', ar: 'ترخيص خدمة إسعاف خاصة' },
      fee: { type: 'per_unit', unitAmount: 500000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['private ambulance', 'إسعاف خاص', 'ترخيص'],
    },
    {
      id: 'ambulance-training-centre-accreditation',
      name: { en: 'First aid training centre accreditation', ar: 'اعتماد مركز تدريب على الإسعافات الأولية' },
      fee: { type: 'per_unit', unitAmount: 300000, unit: { en: 'year', ar: 'سنة' }, quantityInput: 'years' },
      inputs: [tradeLicenceNumber, years(3)],
      keywords: ['training centre', 'accreditation', 'مركز تدريب', 'اعتماد'],
    },
  ],
};
