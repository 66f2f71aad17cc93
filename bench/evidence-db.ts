// What storing database samples as evidence costs (issue 6): a generated SQLite database of T tables × R rows
// (generated resident IDs and mobile numbers), scanned with `createScan` in the main thread without and with an
// evidence store; median of N runs each, then `verifyEvidence` on the result. Prints one line per figure.
// `node --import tsx bench/evidence-db.ts [--tables 20] [--rows 1000] [--runs 3]`
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mod11_2CheckChar } from '@piguard/core';
import { createScan, evidenceRecorder, openEvidenceStore, verifyEvidence } from '@piguard/scan';
import Database from 'better-sqlite3';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const tables = arg('tables', 20);
const rows = arg('rows', 1000);
const runs = arg('runs', 3);
const work = mkdtempSync(join(tmpdir(), 'piguard-bench-evidence-'));
const file = join(work, 'people.db');
const db = new Database(file);
for (let t = 0; t < tables; t++) {
  db.exec(`CREATE TABLE people_${t} (id INTEGER PRIMARY KEY, name TEXT, id_card TEXT, mobile TEXT)`);
  const insert = db.prepare(`INSERT INTO people_${t} VALUES (?, ?, ?, ?)`);
  db.transaction(() => {
    for (let r = 0; r < rows; r++) {
      const body = `110105${1950 + (r % 50)}${String((r % 12) + 1).padStart(2, '0')}${String((r % 28) + 1).padStart(2, '0')}${String(r % 1000).padStart(3, '0')}`;
      insert.run(r + 1, '张伟', body + mod11_2CheckChar(body), `139${String(10_000_000 + r * 7919).slice(-8)}`);
    }
  })();
}
db.close();

const secret = new Uint8Array(32).fill(1);
const url = `sqlite://${file}`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function once(evidenceDir?: string): Promise<number> {
  const store = evidenceDir ? await openEvidenceStore(evidenceDir, { operator: 'bench' }) : undefined;
  const recorder = store ? evidenceRecorder(store) : undefined;
  const started = performance.now();
  await createScan({ workers: 0, secret, ...(store ? { database: { capture: store.captureTable } } : {}) }).run([url], {
    finding: (f) => recorder?.finding(f),
    issue: () => {},
  });
  await recorder?.flush();
  return performance.now() - started;
}

const plain: number[] = [];
const withEvidence: number[] = [];
let last = '';
for (let i = 0; i < runs; i++) {
  plain.push(await once());
  last = join(work, `ev-${i}`);
  withEvidence.push(await once(last));
}
const v0 = performance.now();
const verdict = await verifyEvidence(last);
const verifyMs = performance.now() - v0;
const store = await openEvidenceStore(last);
const bytes = store.entries().reduce((n, e) => n + (e.type === 'capture' ? e.size : 0), 0);
const p = median(plain);
const e = median(withEvidence);
console.log(`database: ${tables} tables x ${rows} rows (SQLite), median of ${runs}`);
console.log(`scan without evidence: ${p.toFixed(0)} ms (${((tables * rows) / (p / 1000)).toFixed(0)} rows/s)`);
console.log(
  `scan with evidence:    ${e.toFixed(0)} ms (${e >= p ? '+' : ''}${(((e - p) / p) * 100).toFixed(1)}%), ${tables} samples, ${(bytes / 1024 / 1024).toFixed(2)} MiB`,
);
console.log(`verify: ${verdict.ok ? 'OK' : 'BROKEN'}, ${verdict.entries} entries in ${verifyMs.toFixed(0)} ms`);
rmSync(work, { recursive: true, force: true });
