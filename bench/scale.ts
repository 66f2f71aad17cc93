// Scale benchmark of the scan pipeline (issue 4): a generated multi-GB CSV, a folder of generated office
// documents and archives, and a PostgreSQL table of generated rows, each with 1 and 2 workers; MB/s, MB per
// CPU-second (per core) and peak RSS. `node --import tsx bench/scale.ts --help`. Every value is generated.
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createScan } from '@piguard/scan';
import pg from 'pg';
import { email, mobile, residentId } from './corpus/identifiers.js';
import { Prng } from './corpus/prng.js';
import { timedRun } from './measure/timed-run.js';
import { buildZip } from '../packages/scan/src/evidence/zip-writer.js';

const USAGE = `usage: node --import tsx bench/scale.ts [--size MB] [--files N] [--rows N] [--only csv,office,pg] [--pg URL] [--no-write]
  --size MB    size of the generated CSV (default 2048)
  --files N    office documents and archives in the generated folder (default 400)
  --rows N     rows of the generated PostgreSQL table (default 1000000)
  --pg URL     PostgreSQL (default PIGUARD_TEST_PG_URL or postgres://postgres@127.0.0.1:5432/test)
  --no-write   leave docs/performance.md alone`;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, '.bench', 'scale');
const TABLE = 'bench_scale_people';
const SECRET = new Uint8Array(32).fill(11);

const NAMES = ['王伟', '李娜', '张敏', '刘洋', '陈静', '杨磊', '赵丽', '黄强', '周杰', '吴芳'];
function row(r: Prng, i: number): string[] {
  return [String(i), NAMES[i % NAMES.length] as string, residentId(r), mobile(r), email(r), `订单备注 ${i % 97} 已发货`];
}

/** The child: scans one target in this process with `workers` workers and prints what it saw as JSON. */
async function child(target: string, workers: number): Promise<void> {
  const isDb = target.includes('://');
  const scan = createScan({
    secret: SECRET,
    workers,
    inlineChars: 0,
    ...(isDb ? { database: { fullScan: true, tables: (t: string) => t.endsWith(TABLE) } } : {}),
  });
  let findings = 0;
  let issues = 0;
  const s = await scan.run([target], { finding: () => void findings++, issue: () => void issues++ });
  process.stdout.write(
    `${JSON.stringify({ findings, issues, bytes: s.bytes, records: s.records, files: s.files, people: s.people.distinct })}\n`,
  );
}

async function writeCsv(path: string, mb: number): Promise<void> {
  if (existsSync(path) && statSync(path).size >= mb * 1024 * 1024) return;
  const r = new Prng(20260101);
  const out = createWriteStream(path);
  out.write('id,姓名,身份证号,手机,email,备注\n');
  let bytes = 0;
  for (let i = 0; bytes < mb * 1024 * 1024; i++) {
    const line = `${row(r, i).join(',')}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((ok) => out.once('drain', () => ok()));
  }
  await new Promise<void>((ok) => out.end(ok));
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function docx(paragraphs: string[]): Buffer {
  const enc = (s: string) => Buffer.from(s, 'utf8');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${xml(p)}</w:t></w:r></w:p>`).join('');
  return buildZip([
    {
      path: '[Content_Types].xml',
      bytes: enc(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      path: '_rels/.rels',
      bytes: enc(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    {
      path: 'word/document.xml',
      bytes: enc(
        `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      ),
    },
  ]);
}

/** A folder of generated .docx files, .zip archives (csv + txt members) and .txt.gz files, in turn. */
function writeOffice(dir: string, files: number): void {
  if (existsSync(join(dir, 'done'))) return;
  mkdirSync(dir, { recursive: true });
  const r = new Prng(7);
  for (let f = 0; f < files; f++) {
    const rows = Array.from({ length: 200 }, (_, i) => row(r, f * 200 + i));
    const text = rows.map((x) => `客户 ${x[1]} 身份证号 ${x[2]} 手机 ${x[3]} 邮箱 ${x[4]}`);
    const name = `doc${String(f).padStart(5, '0')}`;
    if (f % 3 === 0) writeFileSync(join(dir, `${name}.docx`), docx(text));
    else if (f % 3 === 1) {
      const csv = `id,姓名,身份证号,手机,email,备注\n${rows.map((x) => x.join(',')).join('\n')}\n`;
      writeFileSync(
        join(dir, `${name}.zip`),
        buildZip([
          { path: 'export/customers.csv', bytes: Buffer.from(csv) },
          { path: 'notes.txt', bytes: Buffer.from(text.slice(0, 50).join('\n')) },
        ]),
      );
    } else writeFileSync(join(dir, `${name}.txt.gz`), gzipSync(Buffer.from(text.join('\n\n'))));
  }
  writeFileSync(join(dir, 'done'), '');
}

async function writeTable(url: string, rows: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const have = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = $1`, [TABLE]);
    const existing = have.rows[0].n > 0 ? (await client.query(`SELECT count(*)::int AS n FROM ${TABLE}`)).rows[0].n : -1;
    if (existing !== rows) {
      await client.query(`DROP TABLE IF EXISTS ${TABLE}`);
      await client.query(`CREATE TABLE ${TABLE} (id int PRIMARY KEY, name text, id_card text, phone text, email text, note text)`);
      const r = new Prng(99);
      for (let start = 0; start < rows; start += 5000) {
        const batch = Array.from({ length: Math.min(5000, rows - start) }, (_, i) => row(r, start + i));
        const values = batch.map((_, i) => `(${Array.from({ length: 6 }, (_, k) => `$${i * 6 + k + 1}`).join(',')})`).join(',');
        await client.query(
          `INSERT INTO ${TABLE} VALUES ${values}`,
          batch.flatMap((x) => [Number(x[0]), ...x.slice(1)]),
        );
      }
    }
    return Number((await client.query(`SELECT pg_total_relation_size('${TABLE}')::bigint AS b`)).rows[0].b);
  } finally {
    await client.end();
  }
}

/** Removes the generated table: database tests that scan the whole test database must not meet it. */
async function dropTable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS ${TABLE}`);
  } finally {
    await client.end();
  }
}

interface ScaleRow {
  input: string;
  workers: number;
  mb: number;
  wall: number;
  cpu: number;
  rssMb: number;
  findings: number;
  note: string;
}

async function measure(input: string, target: string, mb: number, workers: number, note = ''): Promise<ScaleRow> {
  const run = await timedRun(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', target, String(workers)], {
    cwd: ROOT,
  });
  if (run.exitCode !== 0) throw new Error(`${input}: child exited ${run.exitCode}: ${run.stderrTail.slice(-400)}`);
  const seen = JSON.parse(run.stdout.trim().split('\n').pop() as string) as { findings: number; bytes: number; issues: number };
  const row = {
    input,
    workers,
    mb,
    wall: run.wallSeconds,
    cpu: run.cpuSeconds,
    rssMb: run.peakRssMb,
    findings: seen.findings,
    note: `${note}${seen.issues ? ` ${seen.issues} issues` : ''}`,
  };
  console.error(JSON.stringify(row));
  return row;
}

function render(rows: ScaleRow[], opts: { size: number; files: number; rows: number }): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = rows.map(
    (r) =>
      `| ${r.input} | ${r.workers} | ${r.mb < 10 ? r.mb.toFixed(2) : r.mb.toFixed(0)} | ${r.wall.toFixed(1)} | ${(r.mb / r.wall).toFixed(2)} | ${(r.mb / r.cpu).toFixed(2)} | ${r.rssMb.toFixed(0)} | ${r.findings.toLocaleString('en-US')} | ${r.note} |`,
  );
  return `<!-- scale:begin (written by \`node --import tsx bench/scale.ts --size ${opts.size} --files ${opts.files} --rows ${opts.rows}\`) -->
## Scale: big CSV, office documents and archives, PostgreSQL

Measured ${new Date().toISOString().slice(0, 10)} on ${availableParallelism()} cores (${cpu}), Node ${process.versions.node}, with the
scan library in a child process (\`createScan\`, start-up included, findings counted, not printed). MB/s is
wall-clock; MB/CPU-s is megabytes per CPU-second (the rate per core); peak RSS of the process (workers are
threads in it). Inputs are generated (valid resident IDs, mobiles, emails): a CSV of ${opts.size} MB, a folder of
${opts.files} files (docx, zip with a CSV and a text member, txt.gz; 200 people each), and a PostgreSQL table of
${opts.rows.toLocaleString('en-US')} rows read in full (MB: its total relation size).

| input | workers | MB | wall s | MB/s | MB/CPU-s | peak RSS MB | findings | |
|---|---|---|---|---|---|---|---|---|
${lines.join('\n')}
<!-- scale:end -->`;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') return child(argv[1] as string, Number(argv[2]));
  const o = {
    size: 2048,
    files: 400,
    rows: 1_000_000,
    only: ['csv', 'office', 'pg'],
    write: true,
    pg: process.env.PIGUARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--size') o.size = Number(argv[++i]);
    else if (a === '--files') o.files = Number(argv[++i]);
    else if (a === '--rows') o.rows = Number(argv[++i]);
    else if (a === '--only') o.only = (argv[++i] ?? '').split(',');
    else if (a === '--pg') o.pg = argv[++i] as string;
    else if (a === '--no-write') o.write = false;
    else throw new Error(`${a === '--help' ? '' : `unknown argument: ${a}\n`}${USAGE}`);
  }
  if (![o.size, o.files, o.rows].every((n) => Number.isInteger(n) && n > 0)) throw new Error(USAGE);
  mkdirSync(WORK, { recursive: true });
  const rows: ScaleRow[] = [];
  if (o.only.includes('csv')) {
    const path = join(WORK, `people-${o.size}mb.csv`);
    await writeCsv(path, o.size);
    const mb = statSync(path).size / 1024 / 1024;
    for (const w of [1, 2]) rows.push(await measure(`CSV (${o.size} MB)`, path, mb, w));
  }
  if (o.only.includes('office')) {
    const dir = join(WORK, `office-${o.files}`);
    writeOffice(dir, o.files);
    const { readdirSync } = await import('node:fs');
    const mb = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0) / 1024 / 1024;
    for (const w of [1, 2]) rows.push(await measure(`office + archives (${o.files} files)`, dir, mb, w, 'MB on disk (compressed)'));
  }
  if (o.only.includes('pg')) {
    try {
      const mb = (await writeTable(o.pg, o.rows)) / 1024 / 1024;
      for (const w of [1, 2]) rows.push(await measure(`PostgreSQL (${o.rows.toLocaleString('en-US')} rows)`, o.pg, mb, w));
    } catch (error) {
      console.error(`PostgreSQL skipped: ${(error as Error).message}`);
    } finally {
      await dropTable(o.pg).catch(() => {});
    }
  }
  const section = render(rows, o);
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
