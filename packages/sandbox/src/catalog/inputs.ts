import type { InputSeed } from './seed-types.ts';

/** Inputs many services share. Services may also declare their own. */

export const plateNumber: InputSeed = {
  name: 'plate_number',
  label: { en: 'Plate number', ar: 'رقم اللوحة' },
  hint: { en: 'Plate code and number, e.g. A 12345', ar: 'رمز اللوحة ورقمها، مثل A 12345' },
  kind: 'plate',
  pattern: '^[A-Za-z]{1,2} ?[0-9]{1,5}$',
  minLength: 2,
  maxLength: 8,
};

export const trafficFileNumber: InputSeed = {
  name: 'traffic_file_number',
  label: { en: 'Traffic file number', ar: 'رقم الملف المروري' },
  kind: 'digits',
  pattern: '^[0-9]{8}$',
  minLength: 8,
  maxLength: 8,
};

export const dewaAccount: InputSeed = {
  name: 'account_number',
  label: { en: 'Account number', ar: 'رقم الحساب' },
  hint: { en: '10 digits, printed on your bill', ar: '10 أرقام، مطبوعة على فاتورتك' },
  kind: 'digits',
  pattern: '^[0-9]{10}$',
  minLength: 10,
  maxLength: 10,
};

export const emiratesId: InputSeed = {
  name: 'emirates_id',
  label: { en: 'Emirates ID number', ar: 'رقم الهوية الإماراتية' },
  hint: { en: '15 digits starting with 784', ar: '15 رقمًا تبدأ بـ 784' },
  kind: 'digits',
  pattern: '^784[0-9]{12}$',
  minLength: 15,
  maxLength: 15,
};

export const tradeLicenceNumber: InputSeed = {
  name: 'licence_number',
  label: { en: 'Trade licence number', ar: 'رقم الرخصة التجارية' },
  kind: 'digits',
  pattern: '^[0-9]{6,7}$',
  minLength: 6,
  maxLength: 7,
};

export const caseNumber: InputSeed = {
  name: 'case_number',
  label: { en: 'Case number', ar: 'رقم القضية' },
  hint: { en: 'e.g. 2026/1234', ar: 'مثل 2026/1234' },
  kind: 'text',
  pattern: '^[0-9]{4}/[0-9]{1,6}$',
  minLength: 6,
  maxLength: 11,
};

/** A quantity of years, for per-year fees (licence renewals, registrations, permits). */
export function years(max: number): InputSeed {
  return {
    name: 'years',
    label: { en: 'Number of years', ar: 'عدد السنوات' },
    kind: 'integer',
    min: 1,
    max,
  };
}

/** A quantity of some other unit (copies, certificates, visitors, ...). */
export function quantity(label: InputSeed['label'], max: number): InputSeed {
  return { name: 'quantity', label, kind: 'integer', min: 1, max };
}
