import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalyzerOptions } from '@piguard/core';
import { PiguardError } from '@piguard/core';
import type { CustomRecognizerSpec } from '../config/config-schema.js';
import type { Fragment } from '../fragment.js';
import type { AnalyzePool, FragmentOutcome } from './analyze-pool.js';
import { WORKER_YOUNG_GENERATION_MB } from './lean-heap.js';
import { packFragmentBatch } from './fragment-batch-message.js';
import { unpackFromPort } from './packed-message.js';
import type { WorkerReply, WorkerTask } from './worker-messages.js';

interface Pending {
  resolve(outcomes: FragmentOutcome[]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

// From compiled dist/ the worker is a .js file. Under vitest or tsx this module is TypeScript, and so is the
// worker: Node 20 ignores `--import tsx` in a worker's execArgv, so a small evaluated bootstrap loads the
// worker through tsx's tsImport (which resolves @piguard/* through the tsconfig paths to the sources).
const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(fromSource ? './analyze-worker.ts' : './analyze-worker.js', import.meta.url);
const BOOTSTRAP = `const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then((m) => m.tsImport(workerData.entry, workerData.entry));`;

function startWorker(options: WorkerAnalyzerOptions, secret: Uint8Array | undefined): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  const data = { analyzer: options, ...(secret ? { secret } : {}) };
  if (!fromSource) return new Worker(WORKER_URL, { workerData: data, resourceLimits });
  // The ESM build of tsx's API (its CommonJS build cannot be imported from an evaluated worker).
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  return new Worker(BOOTSTRAP, { eval: true, workerData: { ...data, tsxApi, entry: WORKER_URL.href }, resourceLimits });
}

/**
 * Options a worker can rebuild its analyzer from: recognisers are code and cannot be sent, so a config
 * file's recognisers travel as their data and each worker compiles them.
 */
export type WorkerAnalyzerOptions = Omit<AnalyzerOptions, 'recognizers'> & { customRecognizers?: readonly CustomRecognizerSpec[] };

/**
 * A pool of `size` worker threads, each with its own analyzer; batches go to the least busy worker. Given the
 * scan's fingerprint key (`secret`, copied to each worker and never sent back), results carry their
 * findings' fingerprints.
 */
export function createWorkerPool(size: number, options: WorkerAnalyzerOptions, secret?: Uint8Array): AnalyzePool {
  if (!Number.isInteger(size) || size < 1) throw new PiguardError('E_CONFIG_INVALID', `workers must be a positive integer, got ${size}`);
  let nextId = 0;
  let closed = false;

  const spawn = (): Slot => {
    const worker = startWorker(options, secret);
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (reply: WorkerReply) => {
      const p = slot.pending.get(reply.id);
      if (!p) return;
      slot.pending.delete(reply.id);
      try {
        p.resolve(unpackFromPort<FragmentOutcome[]>(reply.outcomes));
      } catch (error) {
        p.reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    const fail = (error: Error): void => {
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
      if (closed) return;
      // A crashed worker is replaced so that the rest of the scan goes on.
      const i = slots.indexOf(slot);
      if (i !== -1) slots[i] = spawn();
    };
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (!closed) fail(new PiguardError('E_ANALYSIS_FAILED', `analysis worker exited with code ${code}`));
    });
    return slot;
  };

  const slots: Slot[] = Array.from({ length: size }, spawn);

  return {
    size,
    analyze(batch: readonly Fragment[]): Promise<FragmentOutcome[]> {
      if (closed) return Promise.reject(new PiguardError('E_ANALYSIS_FAILED', 'the worker pool is closed'));
      let slot = slots[0] as Slot;
      for (const s of slots) if (s.pending.size < slot.pending.size) slot = s;
      const id = nextId++;
      return new Promise<FragmentOutcome[]>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        const packed = packFragmentBatch(batch);
        const task: WorkerTask = { id, batch: packed };
        slot.worker.postMessage(task, [packed.numbers.buffer as ArrayBuffer]);
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
