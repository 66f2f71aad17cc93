import type { Analyzer, Finding } from '@piguard/core';
import { RepeatedCellMemo } from '../repeated-cell-memo.js';

/**
 * Remembers what the analyzer found in short texts under a context (a column name), so that a value a table
 * repeats is analysed once. The analyzer is deterministic for a text and context (its date and options are
 * fixed), so a hit returns the same findings. Each hit gets fresh copies, because the people counter later
 * writes into findings (fingerprint, promotion notes).
 */
export class CellAnalysisCache {
  private readonly memo: RepeatedCellMemo<readonly Finding[]>;
  private readonly analyzer: Analyzer;

  constructor(analyzer: Analyzer, capacity = 8192) {
    this.analyzer = analyzer;
    this.memo = new RepeatedCellMemo(capacity);
  }

  /** How many cells are remembered. */
  get size(): number {
    return this.memo.size;
  }

  /** The analyzer's findings in `text` with `context`, from memory when seen recently. */
  analyze(text: string, context: string | undefined): Finding[] {
    const options = context ? { context } : undefined;
    const key = this.memo.keyOf(text, context);
    if (key === undefined) return this.analyzer.analyze(text, options);
    const known = this.memo.get(key);
    if (known) return known.map(copyFinding);
    const found = this.analyzer.analyze(text, options);
    // Copies are kept only for a text seen a second time: a column of unique values costs no copies.
    if (this.memo.seen(key)) this.memo.keep(key, found.map(copyFinding));
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
