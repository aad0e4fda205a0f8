import type { Locale } from './locale.ts';

/**
 * A counted string in every plural form its language has (CLDR): Arabic uses all six (zero, one,
 * two, few, many, other), English one and other. `{count}` is replaced by the number.
 */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** Arabic must say every form: a missing one would fall back to `other`, which is wrong for 3–10 and 11–99. */
export type ArabicPluralForms = Record<Intl.LDMLPluralRule, string>;

const rules = new Map<Locale, Intl.PluralRules>();

/** The CLDR plural category of `count` in `locale` (Arabic 3 → few, 11 → many, 100 → other). */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  const rule = rules.get(locale) ?? new Intl.PluralRules(locale);
  rules.set(locale, rule);
  return rule.select(count);
}

/** The form of a counted string for `count`, with `{count}` filled in (Latin digits, as every number here). */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  return (forms[pluralCategory(locale, count)] ?? forms.other).replaceAll('{count}', String(count));
}
