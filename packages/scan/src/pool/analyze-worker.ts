// Worker thread entry: builds one analyzer from the options in workerData and analyses fragments.
import { parentPort, workerData } from 'node:worker_threads';
import { builtinRecognizers, createAnalyzer, createHmacFingerprinter } from '@piguard/core';
import { compileCustomRecognizer } from '../config/custom-recognizer.js';
import { analyzeBatch } from './analyze-batch.js';
import { CellAnalysisCache } from './cell-analysis-cache.js';
import { unpackFragmentBatch } from './fragment-batch-message.js';
import { packForPort } from './packed-message.js';
import type { WorkerAnalyzerOptions } from './worker-pool.js';
import type { WorkerReply, WorkerTask } from './worker-messages.js';

const data = workerData as { analyzer: WorkerAnalyzerOptions; secret?: Uint8Array };
const { customRecognizers = [], ...options } = data.analyzer;
// The scan's fingerprint key: the people counter's HMACs are done here, beside the analysis, not in the
// scan's thread (which counts people for all workers and was the bottleneck of table scans).
const fingerprint = data.secret ? createHmacFingerprinter(data.secret) : undefined;
const analyzer = createAnalyzer({
  ...options,
  ...(customRecognizers.length > 0 ? { recognizers: [...builtinRecognizers, ...customRecognizers.map(compileCustomRecognizer)] } : {}),
});
const cells = new CellAnalysisCache(analyzer);
const port = parentPort;
if (!port) throw new Error('analyze-worker must run in a worker thread');

port.on('message', (task: WorkerTask) => {
  const [outcomes, transfer] = packForPort(analyzeBatch(analyzer, unpackFragmentBatch(task.batch), cells, fingerprint));
  const reply: WorkerReply = { id: task.id, outcomes };
  port.postMessage(reply, transfer);
});
