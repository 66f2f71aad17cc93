import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { timedRun } from '../measure/timed-run.js';
import type { BenchRow } from './bench-row.js';

/** How to run `piguard scan` here, or why it cannot run. */
export type ScanSetup = { ok: true; bin: string; workersFlag?: string; buildNote?: string } | { ok: false; reason: string };

/** Builds the packages (unless told not to) and checks that `piguard scan` exists and says how to set workers. */
export function prepareScan(root: string, build: boolean): ScanSetup {
  const bin = join(root, 'packages', 'cli', 'bin', 'piguard.js');
  if (!existsSync(bin)) return { ok: false, reason: 'packages/cli/bin/piguard.js is missing' };
  let buildNote: string | undefined;
  if (build) {
    try {
      execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
    } catch (e) {
      // Another part of the tree may not compile at this moment; the last good build still measures the pipeline.
      buildNote = `npm run build failed, the existing build was measured: ${String((e as { stdout?: Buffer }).stdout ?? e)
        .replace(/\s+/g, ' ')
        .slice(-200)}`;
    }
  }
  let help: string;
  try {
    help = execFileSync(process.execPath, [bin, 'scan', '--help'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    const out = String((e as { stdout?: string }).stdout ?? '');
    return { ok: false, reason: `\`piguard scan --help\` failed${out ? `: ${out.trim().slice(0, 200)}` : ''}` };
  }
  if (/not implemented/i.test(help)) return { ok: false, reason: '`piguard scan` is not implemented yet' };
  const flag = /(--(?:workers|jobs|threads))\b/.exec(help)?.[1];
  return { ok: true, bin, ...(flag ? { workersFlag: flag } : {}), ...(buildNote ? { buildNote } : {}) };
}

/** `piguard scan FILE --format jsonl` end to end (start-up, reading, decoding, analysis, output) with `workers` workers. */
export async function runScan(root: string, setup: Extract<ScanSetup, { ok: true }>, corpus: string, workers: number): Promise<BenchRow> {
  const args = [setup.bin, 'scan', corpus, '--format', 'jsonl', ...(setup.workersFlag ? [setup.workersFlag, String(workers)] : [])];
  const run = await timedRun(process.execPath, args, { cwd: root, keepStdout: 4096 });
  if (run.exitCode !== 0 && run.exitCode !== 1) throw new Error(`piguard scan exited ${run.exitCode}: ${run.stderrTail.slice(-500)}`);
  return {
    tool: 'piguard scan',
    setup: setup.workersFlag
      ? `${workers} worker${workers > 1 ? 's' : ''} (${setup.workersFlag} ${workers})`
      : 'default workers (no workers flag found)',
    bytes: statSync(corpus).size,
    wallSeconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    peakRssMb: run.peakRssMb,
    findings: run.stdoutLines,
    note: `end to end (start-up included), JSONL to a pipe; CPU and peak RSS from /usr/bin/time (RSS: the largest single process)${setup.buildNote ? `; ${setup.buildNote}` : ''}`,
  };
}
