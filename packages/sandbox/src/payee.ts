import type { LocalizedText, Wire } from '@dubai-pay/contract';
import type { Agency } from './agencies.ts';
import type { Catalog } from './catalog/catalog.ts';

/** What a customer confirms a payment against, on the bank's and the ACS's pages: who is paid, and for what. */
export interface PaymentDescription {
  /** The entity paid (RTA, DEWA), in both languages; the agency's name for a session made without one. */
  payee: LocalizedText;
  /** What the customer recognises the payment by: the agency's reference, then the service's inputs (plate, file number) under their labels. */
  references: { label: LocalizedText; value: string }[];
}

export type DescribePayment = (agency: Agency, session: Pick<Wire.PaymentSession, 'entity_id' | 'service_id' | 'reference' | 'inputs'>) => PaymentDescription;

const REFERENCE: LocalizedText = { en: 'Reference', ar: 'المرجع' };

/** The entity by its catalog name, else the agency's name (both languages). */
export function payeeName(catalog: Catalog, agency: Agency, entityId: string | null): LocalizedText {
  const entity = entityId ? catalog.entities.find((e) => e.id === entityId) : undefined;
  return entity?.name ?? agency.displayName ?? { en: agency.name, ar: agency.name };
}

/** Describes payments with this catalog's entity names and input labels (never an internal id). */
export function describePayments(catalog: Catalog): DescribePayment {
  return (agency, session) => {
    const references = session.reference ? [{ label: REFERENCE, value: session.reference }] : [];
    const service = session.service_id ? catalog.serviceById.get(session.service_id) : undefined;
    for (const input of service?.inputs ?? []) {
      const value = session.inputs?.[input.name];
      if (value !== undefined && value !== '') references.push({ label: input.label, value: String(value) });
    }
    return { payee: payeeName(catalog, agency, session.entity_id), references };
  };
}
