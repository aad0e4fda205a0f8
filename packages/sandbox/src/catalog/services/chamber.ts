import type { EntityCatalogSeed, InputSeed } from '../seed-types.ts';
import { tradeLicenceNumber, quantity } from '../inputs.ts';

const membershipNumber: InputSeed = {
  name: 'membership_number',
  label: { en: 'Membership number', ar: 'رقم العضوية' },
  kind: 'digits',
  pattern: '^[0-9]{5,8}$',
  minLength: 5,
  maxLength: 8,
};

export const catalog: EntityCatalogSeed = {
  entity: {
    id: 'chamber',
    name: { en: 'Dubai Chamber of Commerce', ar: 'غرفة تجارة دبي' },
    shortName: { en: 'Dubai Chamber', ar: 'غرفة دبي' },
  },
  services: [
    {
      id: 'chamber-membership-registration',
      name: { en: 'New membership registration', ar: 'تسجيل عضوية جديدة' },
      description: {
        en: 'Membership is mandatory for companies licensed in Dubai outside the free zones.',
        ar: 'العضوية إلزامية للشركات المرخصة في دبي خارج المناطق الحرة.',
      },
      fee: { type: 'fixed', amount: 120000 },
      inputs: [tradeLicenceNumber],
      keywords: ['membership', 'عضوية', 'عضويه', 'اشتراك الغرفة'],
    },
    {
      id: 'chamber-membership-renewal',
      name: { en: 'Membership renewal', ar: 'تجديد العضوية' },
      description: {
        en: 'Annual membership fee, according to the membership category of the company.',
        ar: 'رسوم العضوية السنوية حسب فئة عضوية الشركة.',
      },
      fee: { type: 'lookup', referenceInput: 'membership_number', kind: 'dues' },
      inputs: [membershipNumber],
      keywords: ['renew membership', 'تجديد عضوية', 'تجديد الغرفة'],
    },
    {
      id: 'chamber-certificate-of-origin',
      name: { en: 'Certificate of origin', ar: 'شهادة منشأ' },
      description: {
        en: 'Certificate of origin for re-exported goods, per certificate.',
        ar: 'شهادة منشأ للبضائع المعاد تصديرها، لكل شهادة.',
      },
      fee: { type: 'per_unit', unitAmount: 10000, unit: { en: 'certificate', ar: 'شهادة' }, quantityInput: 'quantity' },
      inputs: [membershipNumber, quantity({ en: 'Number of certificates', ar: 'عدد الشهادات' }, 20)],
      keywords: ['CO', 'origin', 'شهادة المنشأ', 'منشا', 'إعادة تصدير'],
    },
    {
      id: 'chamber-document-attestation',
      name: { en: 'Commercial document attestation', ar: 'تصديق المستندات التجارية' },
      description: {
        en: 'Attest invoices and other commercial documents, per document.',
        ar: 'تصديق الفواتير وغيرها من المستندات التجارية، لكل مستند.',
      },
      fee: { type: 'per_unit', unitAmount: 5000, unit: { en: 'document', ar: 'مستند' }, quantityInput: 'quantity' },
      inputs: [membershipNumber, quantity({ en: 'Number of documents', ar: 'عدد المستندات' }, 50)],
      keywords: ['invoice attestation', 'تصديق فاتورة', 'تصديق فواتير', 'مصادقة'],
    },
    {
      id: 'chamber-ata-carnet',
      name: { en: 'ATA Carnet', ar: 'دفتر الإدخال المؤقت (ATA)' },
      description: {
        en: 'Customs document for temporary import of goods for exhibitions or samples.',
        ar: 'مستند جمركي للإدخال المؤقت للبضائع لأغراض المعارض أو العينات.',
      },
      fee: { type: 'fixed', amount: 150000 },
      inputs: [membershipNumber],
      keywords: ['carnet', 'temporary import', 'كارنيه', 'إدخال مؤقت'],
    },
    {
      id: 'chamber-membership-certificate',
      name: { en: 'Membership certificate', ar: 'شهادة عضوية' },
      fee: { type: 'fixed', amount: 5000 },
      inputs: [membershipNumber],
      keywords: ['certificate', 'شهادة عضوية', 'شهاده'],
    },
    {
      id: 'chamber-signatory-registration',
      name: { en: 'Authorised signatory registration', ar: 'تسجيل المفوّض بالتوقيع' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [membershipNumber],
      keywords: ['signature', 'signatory', 'توقيع', 'مفوض'],
    },
    {
      id: 'chamber-trade-mission',
      name: { en: 'Trade mission participation', ar: 'المشاركة في بعثة تجارية' },
      fee: { type: 'per_unit', unitAmount: 100000, unit: { en: 'delegate', ar: 'مشارك' }, quantityInput: 'quantity' },
      inputs: [membershipNumber, quantity({ en: 'Number of delegates', ar: 'عدد المشاركين' }, 5)],
      keywords: ['trade mission', 'delegation', 'بعثة', 'وفد تجاري'],
    },
    {
      id: 'chamber-letter',
      name: { en: 'To whom it may concern letter', ar: 'خطاب لمن يهمه الأمر' },
      fee: { type: 'fixed', amount: 5000 },
      inputs: [membershipNumber],
      keywords: ['letter', 'خطاب', 'لمن يهمه الامر'],
    },
    {
      id: 'chamber-membership-amendment',
      name: { en: 'Membership details amendment', ar: 'تعديل بيانات العضوية' },
      fee: { type: 'fixed', amount: 10000 },
      inputs: [membershipNumber, tradeLicenceNumber],
      keywords: ['amend', 'تعديل', 'تعديل بيانات'],
    },
  ],
};
