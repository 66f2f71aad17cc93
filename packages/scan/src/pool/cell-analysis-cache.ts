import type { Analyzer, Finding } from '@piguard/core';

/** Cells up to this length are remembered: codes, names, cities, statuses; long text rarely repeats. */
const MAX_CELL_CHARS = 64;

/**
 * Remembers what the analyzer found in short texts under a context (a column name), so that a value a
 * table repeats (a status, a city, a name, a product) is analysed once: tables repeat such cells on most
 * rows, and each analysis call has a fixed cost of tens of microseconds. The analyzer is deterministic for
 * a text and context (its date and options are fixed), so a hit returns the same findings. Each hit gets
 * fresh copies, because the people counter later writes into findings (fingerprint, promotion notes).
 * Least recently used entries go first; `capacity` bounds memory.
 */
export class CellAnalysisCache {
  // A text seen once maps to null: its findings are kept (copied) only when it comes again, so that columns
  // of unique values (ID numbers, phones) cost a map entry, not a copy of every finding.
  private readonly entries = new Map<string, readonly Finding[] | null>();
  private readonly analyzer: Analyzer;
  private readonly capacity: number;

  constructor(analyzer: Analyzer, capacity = 8192) {
    this.analyzer = analyzer;
    this.capacity = capacity;
  }

  /** The analyzer's findings in `text` with `context`, from memory when seen recently. */
  analyze(text: string, context: string | undefined): Finding[] {
    const options = context ? { context } : undefined;
    if (text.length > MAX_CELL_CHARS) return this.analyzer.analyze(text, options);
    const key = `${context ?? ''}\u0000${text}`;
    const known = this.entries.get(key);
    if (known) {
      this.entries.delete(key);
      this.entries.set(key, known);
      return known.map(copyFinding);
    }
    const found = this.analyzer.analyze(text, options);
    if (known === null) this.entries.delete(key);
    this.entries.set(key, known === null ? found.map(copyFinding) : null);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return found;
  }
}

// A copy that shares nothing a later stage writes to (fields in the same order, for identical output).
function copyFinding(f: Finding): Finding {
  return {
    ...f,
    attributes: { ...f.attributes },
    explanation: {
      ...f.explanation,
      contextWords: [...f.explanation.contextWords],
      negativeWords: [...f.explanation.negativeWords],
      ...(f.explanation.notes ? { notes: [...f.explanation.notes] } : {}),
    },
  };
}
