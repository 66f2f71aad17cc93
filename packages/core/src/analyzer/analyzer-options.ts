import type { Recognizer } from '../recognizer.js';
import type { StandardProfile } from '../taxonomy/taxonomy.js';

/** Values and patterns that are known not to be PI (a company's own hotline, test numbers). */
export interface AllowList {
  values?: readonly string[];
  patterns?: readonly RegExp[];
}

/** Options of `createAnalyzer`; validated once when the analyzer is built. */
export interface AnalyzerOptions {
  /**
   * Restrict to these types. Each item is an entity (CN_RIC18), a recogniser id (cn-resident-id), a
   * taxonomy id or prefix (PI.ID, SPI.), or a class (`sensitive`, `general`). Naming a recogniser that is
   * off by default turns it on.
   */
  types?: readonly string[];
  /** Findings below this score are dropped. Default 0.5. */
  minScore?: number;
  /** Which standard decides sensitivity. Default gb45574 (GB/T 45574-2025). */
  profile?: StandardProfile;
  /** The recognisers to use; default: the built-in registry. */
  recognizers?: readonly Recognizer[];
  /** The document date, for ages (a child under 14 is sensitive PI). Default: now. */
  now?: Date;
  allowList?: AllowList;
}

/** Per-call options of `analyze`. */
export interface AnalyzeCallOptions {
  /** Extra context for every candidate, such as the column name or JSON key path of a cell. */
  context?: string;
}
