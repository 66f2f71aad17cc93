import type { LabeledSpan } from './match-spans.js';

/** One text to analyse with its gold spans; `context` is passed to `analyze` as a column name would be. */
export interface EvalDocument {
  id: string;
  text: string;
  gold: LabeledSpan[];
  context?: string;
}
