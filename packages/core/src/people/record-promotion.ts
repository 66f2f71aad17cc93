import type { Finding } from '../finding.js';
import type { StandardProfile } from '../taxonomy/taxonomy.js';
import { classOf, isPiType } from '../taxonomy/taxonomy.js';

/** Why a record's findings became sensitive, or undefined when nothing in it is. */
export interface PromotionCause {
  /** The sensitive types (or SPI.MINOR) found in the record. */
  piTypes: string[];
  minor: boolean;
}

/** What makes a record sensitive: a sensitive type under the profile, or a minor's identifier (PIPL Art. 28, 31). */
export function promotionCause(findings: readonly Finding[], profile: StandardProfile): PromotionCause | undefined {
  const types = new Set<string>();
  let minor = false;
  for (const f of findings) {
    if (f.attributes.minor === true) {
      minor = true;
      types.add('SPI.MINOR');
    } else if (isPiType(f.piType) && classOf(f.piType, profile) === 'sensitive') types.add(f.piType);
  }
  return types.size > 0 ? { piTypes: [...types].sort(), minor } : undefined;
}

/**
 * Record-level promotion (pi-taxonomy §2.3, DESIGN.md): beside a sensitive fact (a diagnosis, a card number, a
 * minor's ID number) a name or a phone number tells that fact about the person, so every finding of the record
 * becomes sensitive. Updates findings in place, with a note saying why; returns how many it promoted.
 */
export function promoteRecord(findings: readonly Finding[], cause: PromotionCause): number {
  let promoted = 0;
  const why = cause.minor
    ? 'record promoted to sensitive: it holds the personal information of a minor under 14 (PIPL Art. 28, 31)'
    : `record promoted to sensitive: it holds ${cause.piTypes.join(', ')} (pi-taxonomy §2.3)`;
  for (const f of findings) {
    if (f.class === 'sensitive') continue;
    f.class = 'sensitive';
    f.explanation.notes = [...(f.explanation.notes ?? []), why];
    promoted++;
  }
  return promoted;
}
