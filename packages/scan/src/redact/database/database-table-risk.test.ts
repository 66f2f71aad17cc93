import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePolicy } from '@piguard/core';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireServer, uniqueName } from '../../../test/real-server.js';
import { measureTableRisk } from '../table-risk.js';

// 40 people over two decades of birth dates, two sexes and three diagnoses; the same rows go into a CSV file and
// into database tables, so the database figures must equal the file's.
const rows = Array.from({ length: 40 }, (_, i) => ({
  id: i + 1,
  birth: `${1980 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  sex: i % 2 ? '男' : '女',
  diagnosis: ['flu', 'asthma', 'diabetes'][i % 3] as string,
}));
const generalize = parsePolicy({
  version: 1,
  rules: [{ types: ['PI.BASIC.BIRTH'], operator: { kind: 'generalize', date: 'year' } }],
  default: { kind: 'keep' },
});
const options = { quasi: ['出生日期', '性别'], sensitive: '诊断', after: { policy: generalize } };

let dir: string;
let fromCsv: Awaited<ReturnType<typeof measureTableRisk>>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-risk-db-'));
  const csv = join(dir, 't.csv');
  await writeFile(csv, `出生日期,性别,诊断\n${rows.map((r) => `${r.birth},${r.sex},${r.diagnosis}`).join('\n')}\n`);
  fromCsv = await measureTableRisk(csv, options);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('measureTableRisk on a database table', () => {
  it('reads a SQLite table by ?table= and gives the figures of the same rows as a CSV', async () => {
    const path = join(dir, 'p.db');
    const db = new Database(path);
    db.exec('CREATE TABLE people (id INTEGER PRIMARY KEY, 出生日期 DATE, 性别 TEXT, 诊断 TEXT); CREATE TABLE other (x TEXT)');
    for (const r of rows) db.prepare('INSERT INTO people VALUES (?, ?, ?, ?)').run(r.id, r.birth, r.sex, r.diagnosis);
    db.close();
    const r = await measureTableRisk(`sqlite:${path}?table=people`, options);
    expect(r.before).toEqual(fromCsv.before);
    expect(r.after).toEqual(fromCsv.after);
    expect(r.before.records).toBe(40);
    expect(r.after?.k).toBeGreaterThan(r.before.k);
    await expect(measureTableRisk(`sqlite:${path}`, options)).rejects.toThrow(/has 2 tables: name one with \?table=/);
    await expect(measureTableRisk(`sqlite:${path}?table=nope`, options)).rejects.toThrow(/no such table nope/);
  });
});

const url = process.env.PIGUARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const up = await requireServer('postgres table risk', async () => {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await c.connect();
  await c.end();
});

describe.runIf(up)('measureTableRisk on a PostgreSQL table', () => {
  const schema = uniqueName('piguard_risk');
  const admin = new pg.Client({ connectionString: url });
  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.query(`CREATE TABLE ${schema}.people (id int PRIMARY KEY, "出生日期" date, "性别" text, "诊断" text)`);
    for (const r of rows) await admin.query(`INSERT INTO ${schema}.people VALUES ($1, $2, $3, $4)`, [r.id, r.birth, r.sex, r.diagnosis]);
  });
  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it('reads schema.table and gives the figures of the same rows as a CSV; suggests quasi-identifiers too', async () => {
    const r = await measureTableRisk(`${url}?table=${schema}.people`, options);
    expect(r.before).toEqual(fromCsv.before);
    expect(r.after).toEqual(fromCsv.after);
    expect(r.table).toBe(`${url}#${schema}.people`);
    const suggested = await measureTableRisk(`${url}?schema=${schema}&table=people`, {});
    expect(suggested.suggested).toBe(true);
    expect(suggested.quasi).toEqual(expect.arrayContaining(['出生日期', '性别']));
  });
});
