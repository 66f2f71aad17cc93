import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const TIME = '/usr/bin/time';

/** What `/usr/bin/time -v` says about a finished child, plus its output. */
export interface TimedRun {
  exitCode: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  stdout: string;
  /** stdout lines, counted while streaming so that a big JSONL output need not be kept. */
  stdoutLines: number;
  stderrTail: string;
}

/** True when GNU time is there to measure children's peak memory. */
export const haveGnuTime = (): boolean => existsSync(TIME);

function field(report: string, label: string): number {
  const line = report.split('\n').find((l) => l.trim().startsWith(label));
  return line ? Number(line.slice(line.lastIndexOf(':') + 1).trim()) : Number.NaN;
}

function elapsed(report: string): number {
  const m = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\):\s*(?:(\d+):)?(\d+):([\d.]+)/.exec(report);
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) : Number.NaN;
}

// Without GNU time, the child's own /proc entries are polled: VmHWM is its peak RSS so far, utime + stime
// (clock ticks, 100 a second on Linux) its CPU time; the last reading before it exits stands for the whole run.
function pollProc(pid: number, last: { peakKb: number; ticks: number }): void {
  try {
    const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (hwm) last.peakKb = Math.max(last.peakKb, Number(hwm[1]));
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    last.ticks = Number(fields[11]) + Number(fields[12]);
  } catch {
    // The process has exited between two polls (or /proc is absent): keep the last reading.
    return;
  }
}

/**
 * Runs `cmd args` under `/usr/bin/time -v` (or, where GNU time is missing, polling /proc) and resolves with its times and peak RSS. stdout is kept only up to
 * `keepStdout` characters (its lines are all counted), so a tool that prints every finding does not fill memory.
 */
export function timedRun(
  cmd: string,
  args: readonly string[],
  opts: { cwd?: string; keepStdout?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<TimedRun> {
  const keep = opts.keepStdout ?? 1 << 20;
  return new Promise((resolve, reject) => {
    const gnuTime = haveGnuTime();
    const t0 = performance.now();
    const child = spawn(gnuTime ? TIME : cmd, gnuTime ? ['-v', cmd, ...args] : args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const proc = { peakKb: 0, ticks: 0 };
    const poller = gnuTime || child.pid === undefined ? undefined : setInterval(() => pollProc(child.pid!, proc), 50);
    let stdout = '';
    let lines = 0;
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      for (let i = d.indexOf('\n'); i !== -1; i = d.indexOf('\n', i + 1)) lines++;
      if (stdout.length < keep) stdout += d.slice(0, keep - stdout.length);
      // Keep the tail too: workers print their JSON result last.
      else stdout = stdout.slice(0, keep / 2) + (stdout.slice(keep / 2) + d).slice(-keep / 2);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      stderr = (stderr + d).slice(-20000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (poller) clearInterval(poller);
      if (!gnuTime) {
        resolve({
          exitCode: code ?? 1,
          wallSeconds: (performance.now() - t0) / 1000,
          cpuSeconds: proc.ticks / 100,
          peakRssMb: proc.peakKb / 1000,
          stdout,
          stdoutLines: lines,
          stderrTail: stderr.slice(-2000),
        });
        return;
      }
      const report = stderr.slice(stderr.lastIndexOf('Command being timed'));
      resolve({
        exitCode: field(report, 'Exit status') || (code ?? 1),
        wallSeconds: elapsed(report),
        cpuSeconds: field(report, 'User time (seconds)') + field(report, 'System time (seconds)'),
        peakRssMb: field(report, 'Maximum resident set size (kbytes)') / 1000,
        stdout,
        stdoutLines: lines,
        stderrTail: stderr.slice(0, stderr.lastIndexOf('Command being timed')).slice(-2000),
      });
    });
  });
}
