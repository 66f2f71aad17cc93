// Worker thread entry: builds one analyzer from the options in workerData and analyses fragments.
import { parentPort, workerData } from 'node:worker_threads';
import { type AnalyzerOptions, createAnalyzer } from '@piguard/core';
import { analyzeFragment } from './analyze-fragment.js';
import type { WorkerReply, WorkerTask } from './worker-messages.js';

const analyzer = createAnalyzer((workerData as { analyzer: AnalyzerOptions }).analyzer);
const port = parentPort;
if (!port) throw new Error('analyze-worker must run in a worker thread');

port.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { id: task.id, result: analyzeFragment(analyzer, task.fragment) };
  } catch (error) {
    reply = { id: task.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
