import type { Fragment } from '../fragment.js';
import type { FragmentResult } from './analyze-fragment.js';

/** Analyses fragments somewhere (worker threads or this thread) and answers in any order. */
export interface AnalyzePool {
  readonly size: number;
  analyze(fragment: Fragment): Promise<FragmentResult>;
  close(): Promise<void>;
}
