// Scale benchmark of the scan pipeline (issue 4): (b) a generated multi-GB CSV, (c) a folder of generated office
// documents and archives, (d) a PostgreSQL table of generated rows, (e) a folder of many small files; each with
// 1 and 2 workers: MB/s, MB per CPU-second (per core), peak RSS and RSS over time, beside an npm peer where one
// reads the format. `node --import tsx bench/scale.ts --help`; `npm run build` first (the scan runs compiled,
// as the CLI does). Every value is generated. The text corpus (a) is `npm run bench`.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timedRun } from './measure/timed-run.js';
import { writeOfficeFolder } from './scale/office-folder.js';
import { writePeopleCsv } from './scale/people-csv.js';
import { createPeopleTable, dropPeopleTable } from './scale/pg-people-table.js';
import type { ChildResult } from './scale/scan-child-result.js';
import { writeSmallFiles } from './scale/small-files.js';
import { runNodeWorker } from './tools/node-worker.js';

const USAGE = `usage: node --import tsx bench/scale.ts [--size MB] [--people N] [--files N] [--small N] [--rows N]
       [--only csv,office,pg,small,peer] [--workers 1,2] [--peer-mb MB] [--pg URL] [--no-write]
  --size MB     size of the generated CSV (default 2048)
  --people N    distinct people in the CSV, repeated row after row (default 100000)
  --files N     office documents and archives in the generated folder (default 400)
  --small N     small text files in the generated folder (default 100000)
  --rows N      rows of the generated PostgreSQL table (default 1000000)
  --workers L   worker counts to measure (default 1,2)
  --peer-mb MB  the first MB of the CSV given to openredaction (default 2)
  --pg URL      PostgreSQL (default PIGUARD_TEST_PG_URL or postgres://postgres@127.0.0.1:5432/test)
  --no-write    leave docs/performance.md alone`;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, '.bench', 'scale');
const CHILD = fileURLToPath(new URL('./scale/scan-child.mjs', import.meta.url));
const MB = 1024 * 1024;

interface ScaleRow {
  input: string;
  tool: string;
  workers: number | string;
  mb: number;
  wall: number;
  cpu: number;
  rssMb: number;
  findings: number;
  people?: number;
  note: string;
  series?: ChildResult['rss'];
}

async function measure(input: string, target: string, mb: number, workers: number, note = ''): Promise<ScaleRow> {
  const run = await timedRun(process.execPath, [CHILD, target, String(workers)], { cwd: ROOT });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.exitCode !== 0 || !last.startsWith('{')) throw new Error(`${input}: child exited ${run.exitCode}: ${run.stderrTail.slice(-400)}`);
  const seen = JSON.parse(last) as ChildResult;
  const row: ScaleRow = {
    input,
    tool: 'piguard scan',
    workers,
    mb,
    wall: run.wallSeconds,
    cpu: run.cpuSeconds,
    rssMb: run.peakRssMb,
    findings: seen.findings,
    people: seen.people,
    note: `${note}${seen.issues ? ` ${seen.issues} issues` : ''}`,
    series: seen.rss,
  };
  console.error(JSON.stringify({ ...row, series: undefined, scanCpu: seen.scanCpu, scanWall: seen.scanWall, records: seen.records }));
  return row;
}

function folderBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? folderBytes(p) : statSync(p).size;
  }
  return n;
}

const fmt = (n: number): string => (n < 10 ? n.toFixed(2) : n.toFixed(0));

/**
 * RSS at each tenth of the input read, from a run's samples: flat memory shows as a flat line. A source that
 * reports no bytes as it goes (a database) is cut by tenths of its time instead.
 */
function rssByTenth(series: NonNullable<ScaleRow['series']>): string {
  const byBytes = series.slice(0, -1).some(([, bytes]) => bytes > 0);
  const at = (s: (typeof series)[number]): number => (byBytes ? s[1] : s[0]);
  const last = series.at(-1);
  const total = last ? at(last) : 0;
  const out: string[] = [];
  for (let t = 1; t <= 10; t++) {
    const s = series.find((x) => at(x) >= (total * t) / 10) ?? last;
    out.push(s ? String(s[2]) : '?');
  }
  return out.join(' ');
}

function render(rows: ScaleRow[], command: string): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const table = rows.map(
    (r) =>
      `| ${r.input} | ${r.tool} | ${r.workers} | ${fmt(r.mb)} | ${r.wall.toFixed(1)} | ${(r.mb / r.wall).toFixed(2)} | ${(r.mb / r.cpu).toFixed(2)} | ${r.rssMb.toFixed(0)} | ${r.findings.toLocaleString('en-US')} | ${r.people?.toLocaleString('en-US') ?? ''} | ${r.note} |`,
  );
  const series = rows
    .filter((r) => r.series && r.series.length > 2)
    .map((r) => `| ${r.input} | ${r.workers} | ${rssByTenth(r.series ?? [])} |`);
  return `<!-- scale:begin (written by \`${command}\`) -->
## Scale: big CSV, office documents and archives, PostgreSQL, many small files

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${availableParallelism()} cores (${cpu}), Node ${process.versions.node},
load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at the end, with \`${command}\` (after \`npm run build\`).
Each row is one child process scanning with the compiled library (\`createScan\`, findings counted, not printed),
start-up included. MB/s is wall-clock; MB/CPU-s is megabytes per CPU-second of the whole process, all threads
(the rate per core); peak RSS is the process's (\`/usr/bin/time -v\`; workers are threads in it). MB for a
folder is bytes on disk (compressed for archives); for PostgreSQL the table's total relation size.

| input | tool | workers | MB | wall s | MB/s | MB/CPU-s | peak RSS MB | findings | people | |
|---|---|---|---|---|---|---|---|---|---|---|
${table.join('\n')}

RSS (MB) after each tenth of the input read (of the time, for PostgreSQL, whose progress counts no bytes), sampled
every 2 s; the last sample is taken after the workers have stopped:

| input | workers | 10% … 100% |
|---|---|---|
${series.join('\n')}
<!-- scale:end -->`;
}

async function main(argv: string[]): Promise<void> {
  const o = {
    size: 2048,
    people: 100_000,
    files: 400,
    small: 100_000,
    rows: 1_000_000,
    workers: [1, 2],
    peerMb: 2,
    only: ['csv', 'peer', 'office', 'pg', 'small'],
    write: true,
    pg: process.env.PIGUARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => argv[++i] ?? '';
    if (a === '--size') o.size = Number(next());
    else if (a === '--people') o.people = Number(next());
    else if (a === '--files') o.files = Number(next());
    else if (a === '--small') o.small = Number(next());
    else if (a === '--rows') o.rows = Number(next());
    else if (a === '--workers') o.workers = next().split(',').map(Number);
    else if (a === '--peer-mb') o.peerMb = Number(next());
    else if (a === '--only') o.only = next().split(',');
    else if (a === '--pg') o.pg = next();
    else if (a === '--no-write') o.write = false;
    else throw new Error(`${a === '--help' ? '' : `unknown argument: ${a}\n`}${USAGE}`);
  }
  if (![o.size, o.people, o.files, o.small, o.rows, o.peerMb, ...o.workers].every((n) => Number.isInteger(n) && n >= 0))
    throw new Error(USAGE);
  const command = `node --import tsx bench/scale.ts ${argv.filter((a) => a !== '--no-write').join(' ')}`.trim();
  mkdirSync(WORK, { recursive: true });
  const rows: ScaleRow[] = [];
  const csvPath = join(WORK, `people-${o.size}mb-${o.people}p.csv`);
  if (o.only.includes('csv') || o.only.includes('peer')) await writePeopleCsv(csvPath, o.size, o.people);
  const csvMb = o.only.includes('csv') || o.only.includes('peer') ? statSync(csvPath).size / MB : 0;
  if (o.only.includes('csv')) {
    for (const w of o.workers)
      rows.push(await measure(`CSV (${o.size} MB, ${o.people.toLocaleString('en-US')} people)`, csvPath, csvMb, w));
  }
  if (o.only.includes('peer')) {
    try {
      const peer = await runNodeWorker('openredaction', csvPath, o.peerMb);
      rows.push({
        input: `CSV, first ${o.peerMb} MB as text`,
        tool: 'openredaction',
        workers: '1 thread',
        mb: peer.bytes / MB,
        wall: peer.wallSeconds,
        cpu: peer.cpuSeconds,
        rssMb: peer.peakRssMb,
        findings: peer.findings,
        note: 'processing loop only, no start-up; detections, no people',
      });
    } catch (error) {
      console.error(`openredaction not measured: ${(error as Error).message}`);
    }
  }
  if (o.only.includes('office')) {
    const dir = join(WORK, `office-${o.files}`);
    writeOfficeFolder(dir, o.files);
    const mb = folderBytes(dir) / MB;
    for (const w of o.workers) rows.push(await measure(`office + archives (${o.files} files)`, dir, mb, w, 'MB on disk (compressed)'));
  }
  if (o.only.includes('small')) {
    const dir = join(WORK, `small-${o.small}`);
    writeSmallFiles(dir, o.small);
    const mb = folderBytes(dir) / MB;
    for (const w of o.workers) rows.push(await measure(`small files (${o.small.toLocaleString('en-US')})`, dir, mb, w));
  }
  if (o.only.includes('pg')) {
    try {
      const mb = (await createPeopleTable(o.pg, o.rows)) / MB;
      for (const w of o.workers) rows.push(await measure(`PostgreSQL (${o.rows.toLocaleString('en-US')} rows)`, o.pg, mb, w));
    } catch (error) {
      console.error(`PostgreSQL not measured: ${(error as Error).message}`);
    } finally {
      await dropPeopleTable(o.pg).catch(() => {});
    }
  }
  const section = render(rows, command);
  console.log(section);
  if (o.write && rows.length > 0) {
    const doc = join(ROOT, 'docs', 'performance.md');
    const text = readFileSync(doc, 'utf8');
    const begin = text.indexOf('<!-- scale:begin');
    const end = text.indexOf('<!-- scale:end -->');
    writeFileSync(
      doc,
      begin !== -1 && end > begin
        ? text.slice(0, begin) + section + text.slice(end + '<!-- scale:end -->'.length)
        : `${text.trimEnd()}\n\n${section}\n`,
    );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
