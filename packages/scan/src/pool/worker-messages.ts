import type { Fragment } from '../fragment.js';
import type { FragmentOutcome } from './analyze-pool.js';

/** A batch of fragments sent to a worker. */
export interface WorkerTask {
  id: number;
  batch: readonly Fragment[];
}

/** A worker's answer: one outcome per fragment of the batch, in order. */
export interface WorkerReply {
  id: number;
  outcomes: FragmentOutcome[];
}
