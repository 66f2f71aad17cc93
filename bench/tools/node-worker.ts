import { fileURLToPath } from 'node:url';
import { timedRun } from '../measure/timed-run.js';
import type { WorkerResult } from '../workers/worker-result.js';
import type { BenchRow } from './bench-row.js';

/**
 * Runs one of bench/workers/*.ts on the corpus (or its first `limitMb` MB) in a child process: rates come
 * from the worker's own timing of its processing loop (no start-up), peak memory from /usr/bin/time.
 */
export async function runNodeWorker(worker: string, corpus: string, limitMb?: number, extra: readonly string[] = []): Promise<BenchRow> {
  const script = fileURLToPath(new URL(`../workers/${worker}.ts`, import.meta.url));
  const args = ['--import', 'tsx', script, corpus, ...(limitMb ? ['--limit', String(limitMb)] : []), ...extra];
  const run = await timedRun(process.execPath, args);
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.exitCode !== 0 || !last.startsWith('{'))
    throw new Error(`${worker} failed (exit ${run.exitCode}): ${run.stderrTail.slice(-500)}`);
  const w = JSON.parse(last) as WorkerResult;
  return {
    tool: w.tool,
    setup: limitMb ? `1 thread, first ${limitMb} MB, rate extrapolated` : '1 thread',
    bytes: w.bytes,
    wallSeconds: w.wallSeconds,
    cpuSeconds: w.cpuSeconds,
    peakRssMb: run.peakRssMb,
    findings: w.findings,
    rssSeries: w.rssMb,
  };
}
