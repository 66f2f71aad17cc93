// Worker thread entry: builds one analyzer from the options in workerData and analyses fragments.
import { parentPort, workerData } from 'node:worker_threads';
import { builtinRecognizers, createAnalyzer } from '@piguard/core';
import { compileCustomRecognizer } from '../config/custom-recognizer.js';
import { analyzeBatch } from './analyze-batch.js';
import { CellAnalysisCache } from './cell-analysis-cache.js';
import { unpackFragmentBatch } from './fragment-batch-message.js';
import { packForPort } from './packed-message.js';
import type { WorkerAnalyzerOptions } from './worker-pool.js';
import type { WorkerReply, WorkerTask } from './worker-messages.js';

const { customRecognizers = [], ...options } = (workerData as { analyzer: WorkerAnalyzerOptions }).analyzer;
const analyzer = createAnalyzer({
  ...options,
  ...(customRecognizers.length > 0 ? { recognizers: [...builtinRecognizers, ...customRecognizers.map(compileCustomRecognizer)] } : {}),
});
const cells = new CellAnalysisCache(analyzer);
const port = parentPort;
if (!port) throw new Error('analyze-worker must run in a worker thread');

port.on('message', (task: WorkerTask) => {
  const [outcomes, transfer] = packForPort(analyzeBatch(analyzer, unpackFragmentBatch(task.batch), cells));
  const reply: WorkerReply = { id: task.id, outcomes };
  port.postMessage(reply, transfer);
});
