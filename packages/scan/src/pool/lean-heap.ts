import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets a heap grow past its live size before the next full collection, in percent. V8 picks a
 * factor of up to 4 by itself when memory is plentiful, and a scan allocates at a high rate (fragments,
 * findings, messages): with three isolates (the main thread and two workers) the garbage between
 * collections, not the live data, made most of the peak RSS. Measured on an 8 MB generated CSV with two
 * workers: peak RSS 674 MB by default, 435 MB at 10 %, CPU time within the noise of a shared machine
 * (docs/performance.md, scale section).
 */
const HEAP_GROWING_PERCENT = 10;
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
