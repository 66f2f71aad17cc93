// Measured child of bench/scale.ts: scans one target with the compiled scan library (packages/scan/dist, as
// the CLI runs it; `npm run build` first) and prints, as its last line, what it saw and its resident memory
// over time (see ChildResult in scan-child-result.ts). Plain JavaScript, so that the measured process loads
// no TypeScript loader (tsx's loader thread alone would add tens of MB to its RSS). Workers are threads of
// this process, so its RSS is the whole scan's.
import { readFileSync } from 'node:fs';
import { createScan } from '../../packages/scan/dist/index.js';

/** Keep equal to PEOPLE_TABLE in pg-people-table.ts. */
const PEOPLE_TABLE = 'bench_scale_people';

const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;

const [target, workersArg] = process.argv.slice(2);
if (!target || workersArg === undefined) throw new Error('usage: scan-child.mjs TARGET WORKERS');
const scan = createScan({
  secret: new Uint8Array(32).fill(11),
  workers: Number(workersArg),
  inlineChars: 0,
  ...(target.includes('://') ? { database: { fullScan: true, tables: (t) => t.endsWith(PEOPLE_TABLE) } } : {}),
});
let findings = 0;
let issues = 0;
let bytes = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
/** [seconds since the scan started, bytes read so far, RSS in MB] */
const rss = [];
const sample = () => void rss.push([Math.round((performance.now() - t0) / 100) / 10, bytes, Math.round(rssMb())]);
// Every 2 s; the timer fires between batches, which is often enough for a series.
const timer = setInterval(sample, 2000);
const summary = await scan.run([target], {
  finding: () => void findings++,
  issue: () => void issues++,
  progress: (p) => {
    bytes = p.bytes;
  },
});
clearInterval(timer);
bytes = summary.bytes;
sample();
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    findings,
    issues,
    bytes: summary.bytes,
    records: summary.records,
    files: summary.files,
    people: summary.people.distinct,
    scanCpu: (cpu.user + cpu.system) / 1e6,
    scanWall: (performance.now() - t0) / 1000,
    rss,
  }),
);
