import type { ArabicPluralForms, PluralForms } from '@dubai-pay/contract';

interface ServiceStrings {
  title: string;
  search: string;
  searchHint: string;
  entities: string;
  /** Counted (`plural()`): an entity's number of services. */
  services: PluralForms;
  /** Counted: the number of services a search found. */
  results: PluralForms;
  noResults: string;
  back: string;
  backToServices: string;
  loading: string;
  failed: string;
  /** Search is loaded on its first use: that load failed. */
  searchFailed: string;
  retry: string;
}

/** What `<dubai-pay-services>` says, in both languages. */
export const SERVICE_STRINGS: Record<'en', ServiceStrings> & Record<'ar', ServiceStrings & { services: ArabicPluralForms; results: ArabicPluralForms }> = {
  en: {
    title: 'Pay for a government service',
    search: 'Search services',
    searchHint: 'In Arabic or English, e.g. “driving licence” or “رخصة”.',
    entities: 'Government entities',
    services: { one: '{count} service', other: '{count} services' },
    results: { one: '{count} service found', other: '{count} services found' },
    noResults: 'No service matches “{query}”.',
    back: 'All entities',
    backToServices: 'Choose another service',
    loading: 'Loading the services…',
    failed: 'The services could not be loaded. Try again.',
    searchFailed: 'Search could not be loaded. Try again.',
    retry: 'Try again',
  },
  ar: {
    title: 'الدفع مقابل خدمة حكومية',
    search: 'ابحث عن خدمة',
    searchHint: 'بالعربية أو الإنجليزية، مثل «رخصة القيادة» أو «licence».',
    entities: 'الجهات الحكومية',
    services: { zero: 'لا خدمات', one: 'خدمة واحدة', two: 'خدمتان', few: '{count} خدمات', many: '{count} خدمة', other: '{count} خدمة' },
    results: {
      zero: 'لم توجد خدمة مطابقة',
      one: 'وُجدت خدمة واحدة',
      two: 'وُجدت خدمتان',
      few: 'وُجدت {count} خدمات',
      many: 'وُجدت {count} خدمة',
      other: 'وُجدت {count} خدمة',
    },
    noResults: 'لا توجد خدمة تطابق «{query}».',
    back: 'كل الجهات',
    backToServices: 'اختر خدمة أخرى',
    loading: 'جارٍ تحميل الخدمات…',
    failed: 'تعذّر تحميل الخدمات. حاول مرة أخرى.',
    searchFailed: 'تعذّر تحميل البحث. حاول مرة أخرى.',
    retry: 'حاول مرة أخرى',
  },
};
