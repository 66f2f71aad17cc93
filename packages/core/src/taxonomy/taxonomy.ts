import { taxonomyV1 } from '../data/taxonomy.v1.js';
import { PiguardError } from '../errors.js';
import type { PiClass } from '../finding.js';
import type { TaxonomyEntry } from './taxonomy-entry.js';

/** Which standard decides sensitivity: GB/T 45574-2025 (default) or the older GB/T 35273-2020. */
export type StandardProfile = 'gb45574' | 'gb35273';

export const STANDARD_PROFILES: readonly StandardProfile[] = ['gb45574', 'gb35273'];

const byId = new Map<string, TaxonomyEntry>(taxonomyV1.entries.map((e) => [e.id, e]));

/** All taxonomy entries, in specification order. */
export const taxonomyEntries: readonly TaxonomyEntry[] = taxonomyV1.entries;

/** Looks up a PI type; throws E_UNKNOWN_TYPE for an id the taxonomy does not have. */
export function taxonomyEntry(piType: string): TaxonomyEntry {
  const e = byId.get(piType);
  if (!e) throw new PiguardError('E_UNKNOWN_TYPE', `unknown PI type: ${piType}`);
  return e;
}

/** True when the taxonomy knows this id. */
export function isPiType(piType: string): boolean {
  return byId.has(piType);
}

/** The class a PI type has under a profile, before record-level promotion (minors, sensitive neighbours). */
export function classOf(piType: string, profile: StandardProfile = 'gb45574'): PiClass {
  const { legalClass } = taxonomyEntry(piType);
  if (legalClass === 'sensitive') return 'sensitive';
  if (legalClass === 'general*' && profile === 'gb35273') return 'sensitive';
  return 'general';
}
