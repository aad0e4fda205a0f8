/**
 * The shapes the catalog is written in. They are compact on purpose: the wire shapes
 * (snake_case, with the government fee lines spelled out) are derived from them in `catalog.ts`.
 */
export interface Text {
  en: string;
  ar: string;
}

export interface EntitySeed {
  /** Short, stable slug, e.g. `rta`. */
  id: string;
  name: Text;
  /** The acronym or short name citizens know, e.g. RTA / هيئة الطرق. */
  shortName: Text;
}

/** How the service fee is computed. Amounts are integer fils (100 fils = 1 AED). */
export type FeeSeed =
  | { type: 'fixed'; amount: number }
  | {
      type: 'per_unit';
      /** Fee for each unit (e.g. each year of a licence). */
      unitAmount: number;
      unit: Text;
      /** The service input that gives the number of units. */
      quantityInput: string;
      /** A one-off amount added to the units, if any. */
      baseAmount?: number;
    }
  | {
      type: 'lookup';
      /** The service input whose value is looked up (plate number, account number, ...). */
      referenceInput: string;
      /** What is looked up: traffic or other fines, a utility bill, outstanding dues. */
      kind: 'fine' | 'bill' | 'dues';
    };

export interface InputSeed {
  /** Wire name, lower snake_case, e.g. `plate_number`. */
  name: string;
  label: Text;
  hint?: Text;
  kind: 'text' | 'digits' | 'integer' | 'plate';
  /** ECMAScript regular expression source the whole value must match (for text, digits, plate). */
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  /** Bounds for `integer` inputs. */
  min?: number;
  max?: number;
}

export interface ServiceSeed {
  /** Unique across the catalog; prefix with the entity id, e.g. `rta-vehicle-renewal`. */
  id: string;
  name: Text;
  description?: Text;
  fee: FeeSeed;
  inputs?: InputSeed[];
  /**
   * Whether the knowledge fee (AED 10) and innovation fee (AED 10) lines apply.
   * Default true, as for most Dubai government transactions; false for utility bills,
   * fines and charitable payments.
   */
  governmentFees?: boolean;
  /** Extra search words in either language (synonyms, common misspellings). */
  keywords?: string[];
}

export interface EntityCatalogSeed {
  entity: EntitySeed;
  services: ServiceSeed[];
}
