import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets a heap grow past its live size before the next full collection, in percent. V8 picks a
 * factor of up to 4 by itself when memory is plentiful, and a scan allocates at a high rate (fragments,
 * findings, messages): with three isolates (the main thread and two workers) the garbage between
 * collections, not the live data, made much of the peak RSS. Measured with two workers (docs/performance.md,
 * scale section): an 8 MB generated CSV peaked at 680 MB by default, 551 MB at 100 % and 435 MB at 10 %, at
 * the same CPU time; but 10,000 small files took 7.5 times the CPU at 10 % and 1.8 times at 50 % (a full
 * collection of a large live heap every few MB allocated), and none more at 100 %.
 */
const HEAP_GROWING_PERCENT = 100;
let applied = false;

/**
 * Makes V8 collect garbage before a heap grows far past its live size. The flag is process-wide and read
 * at each collection, so it also holds for the worker threads started after it; set once per process.
 */
export function useLeanHeap(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/**
 * Young generation of each analysis worker, in MB (V8 splits it into two semi-spaces and a new large-object
 * space, about 4 MB each at 12). By default V8 lets it grow to 32 MB and more per isolate, which a worker
 * fills between scavenges with the short-lived strings and findings of each batch. Measured on an 8 MB
 * generated people CSV with 2 workers: peak RSS 455 MB by default, 390–405 MB at 12 and about the same at 6,
 * at the same CPU time (a scavenge costs in proportion to the survivors, which a batch keeps few of); the
 * same on 20,000 small files.
 */
export const WORKER_YOUNG_GENERATION_MB = 12;
