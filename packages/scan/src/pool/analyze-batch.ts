import { type Analyzer, type Fingerprinter, findingFingerprint } from '@piguard/core';
import type { Fragment } from '../fragment.js';
import { analyzeFragment, type FragmentFinding } from './analyze-fragment.js';
import type { FragmentOutcome } from './analyze-pool.js';
import type { CellAnalysisCache } from './cell-analysis-cache.js';

/**
 * Analyses each fragment of a batch; one that throws fails alone (bad input never stops the work). With
 * `fingerprint`, each result carries its findings' fingerprints (the people counter's HMACs, done here).
 */
export function analyzeBatch(
  analyzer: Analyzer,
  batch: readonly Fragment[],
  cells?: CellAnalysisCache,
  fingerprint?: Fingerprinter,
): FragmentOutcome[] {
  const out: FragmentOutcome[] = new Array(batch.length);
  for (let i = 0; i < batch.length; i++) {
    try {
      const result = analyzeFragment(analyzer, batch[i] as Fragment, cells);
      if (fingerprint && result.findings.length > 0) {
        const { findings } = result;
        const fingerprints = new Array<string>(findings.length);
        for (let k = 0; k < findings.length; k++) fingerprints[k] = findingFingerprint(findings[k] as FragmentFinding, fingerprint);
        result.fingerprints = fingerprints;
      }
      out[i] = result;
    } catch (error) {
      out[i] = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  return out;
}
