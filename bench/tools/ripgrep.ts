import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { timedRun } from '../measure/timed-run.js';
import type { BenchRow } from './bench-row.js';

// The raw-regex reference: the identifier shapes piguard looks for, without validation or context
// (ripgrep's default engine has no lookaround, so boundaries are ASCII \b, which keeps its fast DFA on CJK text).
export const RG_PATTERNS = [
  String.raw`(?-u:\b)[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?-u:\b)`, // resident ID
  String.raw`(?-u:\b)1[3-9][0-9]{9}(?-u:\b)`, // mobile
  String.raw`(?-u:\b)(?:62|4|5[1-5])[0-9]{14,17}(?-u:\b)`, // bank card
  String.raw`[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}`, // e-mail
  String.raw`(?-u:\b)(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?-u:\b)`, // IPv4
  String.raw`(?-u:\b)[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}(?-u:\b)`, // USCC
];

/** ripgrep's version line, or undefined when `rg` is not installed. */
export function ripgrepVersion(): string | undefined {
  try {
    return execFileSync('rg', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    return undefined;
  }
}

/** Counts matches of the patterns above with one thread; the second of two runs is kept (warm page cache for both tools). */
export async function runRipgrep(corpus: string): Promise<BenchRow> {
  const args = ['-j1', '--no-filename', '--count-matches', ...RG_PATTERNS.flatMap((p) => ['-e', p]), corpus];
  await timedRun('rg', args);
  const run = await timedRun('rg', args);
  if (run.exitCode > 1) throw new Error(`rg failed (exit ${run.exitCode}): ${run.stderrTail}`);
  return {
    tool: 'ripgrep (raw regex)',
    setup: `1 thread, ${RG_PATTERNS.length} patterns`,
    bytes: statSync(corpus).size,
    wallSeconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    peakRssMb: run.peakRssMb,
    findings: Number(run.stdout.trim() || 0),
    note: 'matches of the shapes only (--count-matches): no checksum, no context, no overlap resolution; its peak RSS counts the memory-mapped file',
  };
}
