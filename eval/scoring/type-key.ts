import type { Finding } from '@piguard/core';

// Identifiers the taxonomy has no piType of their own for: scored by entity so that they do not blur into
// another type's row (an IBAN is SPI.FIN.CARD in the taxonomy, a USCC names an organisation).
const ENTITY_KEYED = new Set(['USCC', 'IBAN']);

/** The key a finding is scored under: its piType, or its entity for the identifiers listed above. */
export function typeKeyOf(f: Pick<Finding, 'entity' | 'piType'>): string {
  return ENTITY_KEYED.has(f.entity) ? f.entity : f.piType;
}
