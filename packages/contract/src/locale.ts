import * as z from 'zod/mini';

/** The product's two languages, equals: every string the customer reads exists in both. */
export const LOCALES = ['en', 'ar'] as const;

export const locale = z.enum(LOCALES);

export type Locale = (typeof LOCALES)[number];

/**
 * The language we speak for a BCP 47 tag a page, a browser or a URL gave: `ar` for any Arabic tag
 * (`ar-EG`, `AR_ae`), `en` for any English one, `undefined` for the rest (`fr`, '', junk).
 */
export function supportedLocale(tag: string): Locale | undefined {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'ar' ? 'ar' : language === 'en' ? 'en' : undefined;
}

/** The same, with English for anything we do not speak. */
export function localeOrEnglish(tag: string | null | undefined): Locale {
  return supportedLocale(tag ?? '') ?? 'en';
}
