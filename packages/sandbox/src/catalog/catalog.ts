import type { Wire } from '@dubai-pay/contract';
import type { EntityCatalogSeed, FeeSeed, InputSeed, ServiceSeed } from './seed-types.ts';

/** Knowledge fee and innovation fee: AED 10 each on most Dubai government transactions. */
export const KNOWLEDGE_FEE = 1000;
export const INNOVATION_FEE = 1000;

export interface Catalog {
  entities: Wire.Entity[];
  services: Wire.Service[];
  serviceById: ReadonlyMap<string, Wire.Service>;
}

function toInput(seed: InputSeed): Wire.ServiceInput {
  return {
    name: seed.name,
    label: seed.label,
    ...(seed.hint ? { hint: seed.hint } : {}),
    kind: seed.kind,
    required: true,
    ...(seed.pattern !== undefined ? { pattern: seed.pattern } : {}),
    ...(seed.minLength !== undefined ? { min_length: seed.minLength } : {}),
    ...(seed.maxLength !== undefined ? { max_length: seed.maxLength } : {}),
    ...(seed.min !== undefined ? { min: seed.min } : {}),
    ...(seed.max !== undefined ? { max: seed.max } : {}),
  };
}

function toFee(seed: FeeSeed): Wire.FeeRule {
  switch (seed.type) {
    case 'fixed':
      return seed;
    case 'per_unit':
      return {
        type: 'per_unit',
        unit_amount: seed.unitAmount,
        unit: seed.unit,
        quantity_input: seed.quantityInput,
        base_amount: seed.baseAmount ?? 0,
      };
    case 'lookup':
      return { type: 'lookup', reference_input: seed.referenceInput, kind: seed.kind };
  }
}

function toService(entityId: string, seed: ServiceSeed): Wire.Service {
  const governmentFees = seed.governmentFees ?? true;
  return {
    id: seed.id,
    entity_id: entityId,
    name: seed.name,
    ...(seed.description ? { description: seed.description } : {}),
    inputs: (seed.inputs ?? []).map(toInput),
    fee: toFee(seed.fee),
    knowledge_fee: governmentFees ? KNOWLEDGE_FEE : 0,
    innovation_fee: governmentFees ? INNOVATION_FEE : 0,
    keywords: seed.keywords ?? [],
  };
}

export function buildCatalog(seeds: readonly EntityCatalogSeed[]): Catalog {
  const entities: Wire.Entity[] = [];
  const services: Wire.Service[] = [];
  for (const { entity, services: serviceSeeds } of seeds) {
    entities.push({ id: entity.id, name: entity.name, short_name: entity.shortName, service_count: serviceSeeds.length });
    for (const seed of serviceSeeds) services.push(toService(entity.id, seed));
  }
  return { entities, services, serviceById: new Map(services.map((s) => [s.id, s])) };
}
