/** One line of the performance table. */
export interface BenchRow {
  tool: string;
  /** How it ran: threads or workers, and whether on a subset. */
  setup: string;
  bytes: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  findings: number;
  /** Resident memory (MB) after each tenth of the input, where the tool reports it. */
  rssSeries?: number[];
  note?: string;
}

/** A tool that could not be measured, and why (missing, failed to build, crashed). */
export interface SkippedTool {
  tool: string;
  reason: string;
}

/** MB (10^6 bytes) per CPU-second: the per-core rate, fair to tools that use several threads. */
export const perCore = (r: BenchRow): number => r.bytes / 1e6 / r.cpuSeconds;

/** MB per wall-clock second. */
export const perWall = (r: BenchRow): number => r.bytes / 1e6 / r.wallSeconds;
