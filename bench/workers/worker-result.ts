/** What a measured worker prints as its last stdout line (JSON). */
export interface WorkerResult {
  tool: string;
  bytes: number;
  /** Findings (or redactions) counted, to show the tools did real work. */
  findings: number;
  /** CPU seconds (user + system) of the processing loop alone, without start-up. */
  cpuSeconds: number;
  wallSeconds: number;
  /** Resident set size (MB) after each tenth of the input, to show whether memory stays flat. */
  rssMb: number[];
}

/** Runs `process` over every chunk, timing the loop and sampling memory; prints the result as JSON. */
export async function measureChunks(
  tool: string,
  chunks: Iterable<{ text: string; bytes: number }>,
  totalBytes: number,
  process_: (text: string) => number | Promise<number>,
): Promise<void> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let bytes = 0;
  let findings = 0;
  const rssMb: number[] = [];
  let nextSample = totalBytes / 10;
  for (const c of chunks) {
    findings += await process_(c.text);
    bytes += c.bytes;
    if (bytes >= nextSample) {
      rssMb.push(Math.round(process.memoryUsage().rss / 1e6));
      nextSample += totalBytes / 10;
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const result: WorkerResult = {
    tool,
    bytes,
    findings,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    wallSeconds: (performance.now() - t0) / 1000,
    rssMb,
  };
  console.log(JSON.stringify(result));
}
