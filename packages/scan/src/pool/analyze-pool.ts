import type { Fragment } from '../fragment.js';
import type { FragmentResult } from './analyze-fragment.js';

/** The outcome of one fragment of a batch: its result, or why its analysis failed (never the text). */
export type FragmentOutcome = FragmentResult | { error: string };

/**
 * Analyses batches of fragments somewhere (worker threads or this thread) and answers each batch with one
 * outcome per fragment, in the batch's order. Batches, not fragments, travel: a table cell is one fragment,
 * and one message per cell cost more than analysing it.
 */
export interface AnalyzePool {
  readonly size: number;
  analyze(batch: readonly Fragment[]): Promise<FragmentOutcome[]>;
  close(): Promise<void>;
}
