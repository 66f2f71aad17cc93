import type { Fragment } from '../fragment.js';
import type { FragmentResult } from './analyze-fragment.js';

/** A fragment sent to a worker. */
export interface WorkerTask {
  id: number;
  fragment: Fragment;
}

/** A worker's answer: the result, or why analysis failed (never the text). */
export type WorkerReply = { id: number; result: FragmentResult } | { id: number; error: string };
