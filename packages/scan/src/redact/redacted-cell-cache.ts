import type { Finding, OperatorKind } from '@piguard/core';
import { RepeatedCellMemo } from '../repeated-cell-memo.js';

/** One value the policy changed, as `RedactionTally.add` counts it. */
export type TallyAdd = readonly [entity: string, piType: string, operator: OperatorKind];

/** What redacting one cell wrote and counted: replayed on the run's totals each time the cell comes again. */
export interface CellOutcome {
  out: string;
  adds: readonly TallyAdd[];
  fallbacks: number;
  alreadyProtected: number;
  /** The analyzer's findings in `out`, kept once the re-scan has needed them (the verdict depends on the run's totals so far). */
  rescan?: readonly Finding[];
}

/** A remembered cell: its findings (for the record's person) and, unless it holds a date shifted per person, its outcome. */
export interface CachedCell {
  findings: readonly Finding[];
  /** It holds a value whose operator reads the record's person (a date shift): its outcome is not kept. */
  personal: boolean;
  outcome?: CellOutcome;
}

/**
 * Remembers how short cells under a context (a column name or JSON key) were redacted, so that a value a table
 * repeats is analysed and transformed once per run. The redacted form depends only on the text, its context, the
 * policy and the keys, all fixed for one redactor (a date shift also on the record's person: such cells keep only
 * their findings). Nothing held here is written to later, so hits share it.
 */
export class RedactedCellCache extends RepeatedCellMemo<CachedCell> {}
