import type { FragmentOutcome } from './analyze-pool.js';
import type { FragmentBatchMessage } from './fragment-batch-message.js';
import type { PackedMessage } from './packed-message.js';

/** A batch of fragments sent to a worker, as its analysis reads them. */
export interface WorkerTask {
  id: number;
  batch: FragmentBatchMessage;
}

/** A worker's answer: one outcome per fragment of the batch, in order; packed, or as is when it cannot be. */
export interface WorkerReply {
  id: number;
  outcomes: FragmentOutcome[] | PackedMessage;
}
