import type { Entity, LocalizedText } from '@dubai-pay/core';

/**
 * The entities grouped for the phone, so no menu reads more than eight of them. The grouping is
 * the example's (the catalog has no sectors); an entity it does not know goes under "Other".
 */
const SECTORS: readonly { name: LocalizedText; entities: readonly string[] }[] = [
  { name: { en: 'Roads, police and safety', ar: 'الطرق والشرطة والسلامة' }, entities: ['rta', 'police', 'dcd', 'ambulance', 'maritime', 'dcaa'] },
  { name: { en: 'Residency, courts and customs', ar: 'الإقامة والمحاكم والجمارك' }, entities: ['gdrfa', 'courts', 'customs'] },
  { name: { en: 'Utilities, land and housing', ar: 'الخدمات والأراضي والإسكان' }, entities: ['dewa', 'dm', 'dld', 'rera', 'mbrhe'] },
  { name: { en: 'Business and trade', ar: 'الأعمال والتجارة' }, entities: ['det', 'chamber', 'diez'] },
  { name: { en: 'Health, education and community', ar: 'الصحة والتعليم والمجتمع' }, entities: ['dha', 'khda', 'cda'] },
  { name: { en: 'Culture, faith and sport', ar: 'الثقافة والشؤون الإسلامية والرياضة' }, entities: ['iacad', 'awqaf', 'culture', 'sports'] },
];
const OTHER: LocalizedText = { en: 'Other entities', ar: 'جهات أخرى' };

export interface Sector {
  name: LocalizedText;
  entities: Entity[];
}

/** The sectors that have at least one of `entities`, in the order above, "Other" last. */
export function sectorsOf(entities: readonly Entity[]): Sector[] {
  const known = new Set(SECTORS.flatMap((s) => s.entities));
  const sectors = SECTORS.map((s) => ({ name: s.name, entities: s.entities.flatMap((id) => entities.filter((e) => e.id === id)) }));
  sectors.push({ name: OTHER, entities: entities.filter((e) => !known.has(e.id)) });
  return sectors.filter((s) => s.entities.length > 0);
}
