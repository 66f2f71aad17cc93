import type { Analyzer } from '@piguard/core';
import type { VariantResult } from '../scoring/score-documents.js';

/** What a suite gets: where the data lies and the analyzer under test (all built-in recognisers). */
export interface SuiteContext {
  dataDir: string;
  analyzer: Analyzer;
}

/**
 * One evaluation set. `run` reads its folder under the data directory and returns per-type counts for
 * each variant it measures; it throws `MissingDataError` when its folder is absent.
 */
export interface Suite {
  id: string;
  description: string;
  /** The folder it reads, relative to the data directory. */
  folder: string;
  run(ctx: SuiteContext): VariantResult[] | Promise<VariantResult[]>;
}

/** A suite's data folder or file is not there; the runner reports it and goes on with the other suites. */
export class MissingDataError extends Error {
  override name = 'MissingDataError';
}
