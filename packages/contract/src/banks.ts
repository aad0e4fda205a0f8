import * as z from 'zod/mini';

/** The five banks whose customers can pay by direct debit. */
export const BANKS = {
  cbd: { en: 'Commercial Bank of Dubai', ar: 'بنك دبي التجاري' },
  dib: { en: 'Dubai Islamic Bank', ar: 'بنك دبي الإسلامي' },
  adcb: { en: 'Abu Dhabi Commercial Bank', ar: 'بنك أبوظبي التجاري' },
  adib: { en: 'Abu Dhabi Islamic Bank', ar: 'مصرف أبوظبي الإسلامي' },
  unb: { en: 'Union National Bank', ar: 'بنك الاتحاد الوطني' },
} as const;

export type BankId = keyof typeof BANKS;

export const bankId = z.enum(Object.keys(BANKS) as [BankId, ...BankId[]]);
