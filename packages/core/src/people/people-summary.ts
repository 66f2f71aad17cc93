import type { Finding, PiClass } from '../finding.js';

/**
 * The findings of one record (a table row, a JSON object, a paragraph block): the unit in which PI is
 * linked to one person, and in which a sensitive fact makes the whole record sensitive.
 */
export interface RecordInput {
  /** Path or URI the record came from. */
  source: string;
  findings: Finding[];
  /**
   * Fingerprints computed where the findings were made, same index as `findings` (`findingFingerprint` under
   * the counter's key): the counter takes one as given where the record leaves the finding's own value as its
   * link value, and computes the others. Absent or undefined entries are computed.
   */
  fingerprints?: readonly (string | undefined)[];
}

/** Scale bands of pi-taxonomy.md §7.2 by distinct people (S0 < 50 … S6 ≥ 10M). */
export type ScaleBand = 'S0' | 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6';

/** Records of one kind of information against the criminal-law quantity tiers (法释〔2017〕10号 Art. 5). */
export interface CriminalTierCount {
  /** 50, 500 or 5000 records make 情节严重; ten times that 情节特别严重. */
  crimTier: 50 | 500 | 5000;
  /** Taxonomy ids counted in this tier. */
  piTypes: string[];
  records: number;
  level: 'below' | 'serious' | 'especially_serious';
}

/** Counts per PI type, by mask state. */
export interface TypeCount {
  piType: string;
  class: PiClass;
  findings: number;
  exposed: number;
  partiallyMasked: number;
  masked: number;
  tokenized: number;
}

/** What a scan found, counted the way the law counts: people, not matches. */
export interface PeopleSummary {
  records: number;
  /** Records holding at least one finding. */
  recordsWithPi: number;
  findings: number;
  byType: TypeCount[];
  people: {
    /** Distinct natural persons, linked by their strongest identifiers (keyed fingerprints). */
    distinct: number;
    /** People with sensitive PI in any of their records (promotion rules included). */
    sensitive: number;
    /** People under 14 at the document date. */
    minors: number;
  };
  scale: {
    band: ScaleBand;
    /** The band before escalation for sensitive PI and minors. */
    baseBand: ScaleBand;
    /** Legal thresholds the counts reach (pi-taxonomy.md §7.1), in words. */
    thresholds: string[];
  };
  /** Records against the criminal-law tiers, proven duplicates (the same findings, value for value) left out. */
  criminalTiers: CriminalTierCount[];
  /** Records that repeat an earlier record value for value: counted once in `criminalTiers` (§7.3 rule 3). */
  duplicateRecords?: number;
  /**
   * The period export thresholds are counted over (pi-taxonomy.md §7.3 rule 4: cumulative since 1 January):
   * from 1 January of the document date's year to the document date, ISO dates. A scan sees only its own part.
   */
  window?: { from: string; to: string };
  /** Masked copies of one identifier that combine into the full value (pi-taxonomy.md §5.4). */
  reconstructed: number;
  /** Masked ID copies a full in-memory store did not keep (absent when none): joins with them were lost. */
  maskedCopiesDropped?: number;
}

/** Links records to people and counts them, in one pass and bounded memory (fingerprints only, no values). */
export interface PeopleCounter {
  /** Adds one record; its findings may be updated in place (class promotion, fingerprints, reconstruction). */
  addRecord(record: RecordInput): void;
  summary(): PeopleSummary;
}

/** Keyed one-way function of a normalised value (HMAC-SHA-256 with the installation secret). */
export type Fingerprinter = (entity: string, normalizedValue: string) => string;
