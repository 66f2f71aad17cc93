import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePeople } from '../../test/generated-people.js';
import { requireServer, uniqueName } from '../../test/real-server.js';
import { createScan } from '../scan/create-scan.js';
import type { CaptureEntry, FindingsEntry } from './evidence-entry.js';
import { sha256Hex } from './evidence-entry.js';
import { evidenceRecorder } from './evidence-recorder.js';
import { evidenceReport } from './evidence-report.js';
import { openEvidenceStore } from './evidence-store.js';
import { exportEvidence } from './export-evidence.js';
import { recheckEvidence } from './recheck-evidence.js';
import { verifyEvidence } from './verify-evidence.js';

const secret = new Uint8Array(32).fill(9);
const people = generatePeople(12);

/** One real database holding the test table: how to reach it and how to change it. */
interface Backend {
  name: string;
  /** The URL scanned (may carry a password the server ignores, to show it never reaches the evidence). */
  url: string;
  /** The table as the scan qualifies it. */
  table: string;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

const pgUrl = process.env.PIGUARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const myBase = process.env.PIGUARD_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
const pgUp = await requireServer('database evidence (PostgreSQL)', async () => {
  const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  await c.connect();
  await c.end();
});
const myUp = await requireServer('database evidence (MariaDB/MySQL)', async () => {
  const c = await mysql.createConnection({ uri: myBase, connectTimeout: 3000 });
  await c.end();
});

const tmp = await mkdtemp(join(tmpdir(), 'piguard-db-evidence-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

async function sqliteBackend(): Promise<Backend> {
  const file = join(tmp, 'shop.db');
  return {
    name: 'sqlite',
    url: `sqlite://${file}`,
    table: 'people',
    async exec(sql) {
      const db = new Database(file);
      db.exec(sql);
      db.close();
    },
    async close() {},
  };
}

async function postgresBackend(): Promise<Backend> {
  const schema = uniqueName('piguard_ev');
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  // Trust authentication ignores the password: it is there to show that only its mask is ever written.
  const withPassword = pgUrl.replace(/^postgres(ql)?:\/\/([^:@/]+)@/, 'postgres://$2:Secr3tPassw0rd@');
  return {
    name: 'postgres',
    url: withPassword,
    table: `${schema}.people`,
    exec: async (sql) => void (await admin.query(sql.replaceAll(' people', ` ${schema}.people`))),
    async close() {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  };
}

async function mysqlBackend(): Promise<Backend> {
  const db = uniqueName('piguard_ev');
  const admin = await mysql.createConnection({ uri: myBase, charset: 'UTF8MB4_GENERAL_CI' });
  await admin.query(`CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4`);
  await admin.query(`USE \`${db}\``);
  return {
    name: 'mariadb',
    url: myBase.replace(/\/[^/?]*(\?|$)/, `/${db}$1`),
    table: `${db}.people`,
    exec: async (sql) => void (await admin.query(sql)),
    async close() {
      await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
      await admin.end();
    },
  };
}

const backends: [string, boolean, () => Promise<Backend>][] = [
  ['sqlite', true, sqliteBackend],
  ['postgres', pgUp, postgresBackend],
  ['mariadb', myUp, mysqlBackend],
];

describe.each(backends)('database samples as evidence (%s)', (_name, up, open) => {
  it.runIf(up)('stores each table sample read, ties masked findings to it, rechecks it, and verify catches an altered sample', async () => {
    const b = await open();
    const dir = join(tmp, `ev-${b.name}`);
    try {
      await b.exec('CREATE TABLE people (id INTEGER PRIMARY KEY, name VARCHAR(20), id_card VARCHAR(18), mobile VARCHAR(20))');
      await b.exec(
        `INSERT INTO people (id, name, id_card, mobile) VALUES ${people.map((p) => `(${p.id}, '${p.name}', '${p.idCard}', '${p.mobile}')`).join(', ')}`,
      );
      const store = await openEvidenceStore(dir, { operator: '王警官' });
      const recorder = evidenceRecorder(store);
      await createScan({ workers: 0, secret, database: { tables: (q) => q === b.table, capture: store.captureTable } }).run([b.url], {
        finding: (f) => recorder.finding(f),
        issue: (i) => recorder.issue(i),
      });
      await recorder.flush();

      const capture = store.entries().find((e): e is CaptureEntry => e.type === 'capture');
      const findings = store.entries().find((e): e is FindingsEntry => e.type === 'findings');
      expect(capture).toMatchObject({ kind: 'database-sample', rows: people.length, operator: '王警官' });
      expect(capture?.source.endsWith(`#${b.table}`)).toBe(true);
      expect(capture?.method).toMatch(/read-only.*ORDER BY id LIMIT 1000/);
      expect(findings).toMatchObject({ source: capture?.source, capture: capture?.sha256, people: people.length });
      // The sample: a header naming the columns, then the rows as read, in key order.
      const bytes = await readFile(join(dir, 'captures', capture?.sha256 ?? ''));
      expect(sha256Hex(bytes)).toBe(capture?.sha256);
      const lines = bytes.toString('utf8').trimEnd().split('\n');
      expect(JSON.parse(lines[0] ?? '')).toEqual({ table: b.table, columns: ['id', 'name', 'id_card', 'mobile'] });
      expect(lines.slice(1).map((l) => (JSON.parse(l) as unknown[])[2])).toEqual(people.map((p) => p.idCard));
      // The log: no raw value, no password.
      const log = await readFile(join(dir, 'log.jsonl'), 'utf8');
      for (const p of people) expect(log).not.toContain(p.idCard);
      expect(log).not.toContain('Secr3tPassw0rd');

      // Nothing changed → still there; three IDs masked → reduced; the table dropped → gone.
      const again = await recheckEvidence(dir, { secret }, { operator: '王警官' }, { databaseUrls: [b.url] });
      expect(again).toEqual([expect.objectContaining({ source: capture?.source, status: 'still-there' })]);
      await b.exec(`UPDATE people SET id_card = '110105********123X' WHERE id <= 3`);
      const reduced = await recheckEvidence(dir, { secret });
      expect(reduced[0]).toMatchObject({ status: 'reduced', now: { exposed: expect.any(Number) } });
      expect(reduced[0]?.now.exposed).toBeLessThan(reduced[0]?.before.exposed ?? 0);
      await b.exec('DROP TABLE people');
      const gone = await recheckEvidence(dir, { secret });
      expect(gone[0]).toMatchObject({ status: 'gone', reason: 'the table is no longer in the database' });
      const samples = (await openEvidenceStore(dir)).entries().filter((e) => e.type === 'capture');
      expect(samples).toHaveLength(3); // the first look, "still there" (same bytes, logged again) and "reduced"
      expect(await verifyEvidence(dir)).toMatchObject({ ok: true });
      const pack = await exportEvidence(dir, join(tmp, `${b.name}.zip`));
      expect(pack.files.map((f) => f.path)).toContain(`captures/${capture?.sha256}`);
      // The report for people without piguard says how each sample was read and how many rows it holds.
      const report = evidenceReport((await openEvidenceStore(dir)).entries(), pack.verdict, pack.files, new Date());
      expect(report).toContain('ORDER BY id LIMIT 1000');
      expect(report).toContain(`${people.length} 行 rows`);
      for (const p of people) expect(report).not.toContain(p.idCard);

      // One byte of the first sample changed: verify names that capture.
      const altered = Buffer.from(bytes);
      altered[altered.length - 3] = (altered[altered.length - 3] ?? 0) ^ 1;
      await writeFile(join(dir, 'captures', capture?.sha256 ?? ''), altered);
      const verdict = await verifyEvidence(dir);
      expect(verdict.ok).toBe(false);
      expect(verdict.problems[0]).toMatchObject({ kind: 'capture-altered', seq: capture?.seq });
      expect(verdict.problems[0]?.message).toContain(`#${b.table}`);
    } finally {
      await b.close();
    }
  });
});

describe('standard input as evidence', () => {
  it('captures what was read from stdin, ties the findings to it, and a recheck says it cannot be read again', async () => {
    const dir = join(tmp, 'ev-stdin');
    const text = `名单\n${people
      .slice(0, 4)
      .map((p) => `${p.name} ${p.idCard}`)
      .join('\n')}\n`;
    const store = await openEvidenceStore(dir, { operator: 'o' });
    const recorder = evidenceRecorder(store);
    const stdin = recorder.stdin(Readable.from([Buffer.from(text.slice(0, 10)), Buffer.from(text.slice(10))]));
    await createScan({ workers: 0, secret, stdin }).run(['-'], { finding: (f) => recorder.finding(f), issue: () => {} });
    const [findings] = await recorder.flush();
    const capture = store.entries().find((e) => e.type === 'capture');
    expect(capture).toMatchObject({ kind: 'stdin', source: '-', method: 'read standard input', sha256: sha256Hex(Buffer.from(text)) });
    expect(findings).toMatchObject({ source: '-', capture: sha256Hex(Buffer.from(text)), people: 4 });
    expect(await recheckEvidence(dir, { secret })).toEqual([
      expect.objectContaining({ source: '-', status: 'unreachable', reason: expect.stringContaining('cannot be read again') }),
    ]);
    expect(await verifyEvidence(dir)).toMatchObject({ ok: true });
  });
});
