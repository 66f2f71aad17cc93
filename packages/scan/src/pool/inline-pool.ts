import type { Analyzer, Fingerprinter } from '@piguard/core';
import type { Fragment } from '../fragment.js';
import { analyzeBatch } from './analyze-batch.js';
import type { AnalyzePool } from './analyze-pool.js';
import { CellAnalysisCache } from './cell-analysis-cache.js';

/**
 * Analyses in the calling thread (`workers: 0`): for small inputs, custom recognisers, and debugging. With
 * `fingerprint`, results carry their findings' fingerprints, as a worker pool's do.
 */
export function createInlinePool(analyzer: Analyzer, fingerprint?: Fingerprinter): AnalyzePool {
  const cells = new CellAnalysisCache(analyzer);
  return {
    size: 0,
    analyze: async (batch: readonly Fragment[]) => analyzeBatch(analyzer, batch, cells, fingerprint),
    close: async () => {},
  };
}
