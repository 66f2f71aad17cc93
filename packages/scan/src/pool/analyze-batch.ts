import type { Analyzer } from '@piguard/core';
import type { Fragment } from '../fragment.js';
import { analyzeFragment } from './analyze-fragment.js';
import type { FragmentOutcome } from './analyze-pool.js';
import type { CellAnalysisCache } from './cell-analysis-cache.js';

/** Analyses each fragment of a batch; one that throws fails alone (bad input never stops the work). */
export function analyzeBatch(analyzer: Analyzer, batch: readonly Fragment[], cells?: CellAnalysisCache): FragmentOutcome[] {
  const out: FragmentOutcome[] = new Array(batch.length);
  for (let i = 0; i < batch.length; i++) {
    try {
      out[i] = analyzeFragment(analyzer, batch[i] as Fragment, cells);
    } catch (error) {
      out[i] = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  return out;
}
