/** One memory reading: seconds since the scan started, bytes read so far, resident set size (MB). */
export type RssSample = [seconds: number, bytes: number, rssMb: number];

/** What bench/scale/scan-child.mjs prints as its last line. */
export interface ChildResult {
  findings: number;
  issues: number;
  bytes: number;
  records: number;
  files: number;
  people: number;
  /** CPU seconds (all threads) and wall seconds of the scan alone, without start-up. */
  scanCpu: number;
  scanWall: number;
  rss: RssSample[];
}
