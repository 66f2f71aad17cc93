import type { Finding, OperatorKind } from '@piguard/core';

/** Cells up to this length are remembered: names, codes, cities, statuses, short notes; long text rarely repeats. */
const MAX_CELL_CHARS = 64;

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
 * repeats (a name, a status, a note) is analysed and transformed once per run: each analysis has a fixed cost of
 * tens of microseconds whatever the cell. The redacted form depends only on the text, its context, the policy and
 * the keys, all fixed for one redactor (a date shift also on the record's person: such cells keep only their
 * findings). Nothing held here is written to later, so hits share it. A text seen once maps to null and is kept
 * only when it comes again, so columns of unique values (ID numbers, phones) cost a map entry each, not their
 * findings and output. Least recently used entries go first; `capacity` bounds memory.
 */
export class RedactedCellCache {
  private readonly entries = new Map<string, CachedCell | null>();
  private readonly capacity: number;

  constructor(capacity = 8192) {
    this.capacity = capacity;
  }

  /** The key of a cell, or undefined when the cell is too long to be worth remembering. */
  keyOf(text: string, context: string | undefined): string | undefined {
    return text.length > MAX_CELL_CHARS || this.capacity <= 0 ? undefined : `${context ?? ''}\u0000${text}`;
  }

  /** The cell under `key` when it is kept; marks it most recently used. */
  get(key: string): CachedCell | undefined {
    const known = this.entries.get(key);
    if (!known) return undefined;
    this.entries.delete(key);
    this.entries.set(key, known);
    return known;
  }

  /** Records that `key` was seen; returns true when it had been seen before and `cell` should be kept. */
  seen(key: string): boolean {
    const before = this.entries.has(key);
    if (before) this.entries.delete(key);
    this.entries.set(key, null);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return before;
  }

  /** Keeps `cell` under `key` (after `seen` said the key came again). */
  keep(key: string, cell: CachedCell): void {
    this.entries.set(key, cell);
  }
}
