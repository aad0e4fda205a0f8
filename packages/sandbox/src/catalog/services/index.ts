import type { EntityCatalogSeed } from '../seed-types.ts';
import { catalog as rta } from './rta.ts';
import { catalog as police } from './police.ts';
import { catalog as dewa } from './dewa.ts';
import { catalog as dm } from './dm.ts';
import { catalog as gdrfa } from './gdrfa.ts';
import { catalog as det } from './det.ts';
import { catalog as dld } from './dld.ts';
import { catalog as rera } from './rera.ts';
import { catalog as courts } from './courts.ts';
import { catalog as prosecution } from './prosecution.ts';
import { catalog as dha } from './dha.ts';
import { catalog as ambulance } from './ambulance.ts';
import { catalog as khda } from './khda.ts';
import { catalog as cda } from './cda.ts';
import { catalog as mbrhe } from './mbrhe.ts';
import { catalog as dcd } from './dcd.ts';
import { catalog as customs } from './customs.ts';
import { catalog as iacad } from './iacad.ts';
import { catalog as awqaf } from './awqaf.ts';
import { catalog as culture } from './culture.ts';
import { catalog as sports } from './sports.ts';
import { catalog as chamber } from './chamber.ts';
import { catalog as maritime } from './maritime.ts';
import { catalog as dcaa } from './dcaa.ts';
import { catalog as diez } from './diez.ts';

/**
 * All entity catalogs, in the order they are listed: the most used first (transport, utilities,
 * police, municipality, residency, business), then justice, land, health, education, social,
 * and the sector regulators.
 */
export const catalogSeeds: EntityCatalogSeed[] = [
  rta,
  dewa,
  police,
  dm,
  gdrfa,
  det,
  dld,
  rera,
  courts,
  prosecution,
  dha,
  ambulance,
  khda,
  cda,
  mbrhe,
  dcd,
  customs,
  iacad,
  awqaf,
  culture,
  sports,
  chamber,
  maritime,
  dcaa,
  diez,
];
