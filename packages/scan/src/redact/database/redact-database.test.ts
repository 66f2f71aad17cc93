import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, createOperatorKeys, defaultPolicy } from '@piguard/core';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GeneratedPerson, generatePeople } from '../../../test/generated-people.js';
import { requireServer, uniqueName } from '../../../test/real-server.js';
import { redactDatabase } from './redact-database.js';

const keys = createOperatorKeys(Uint8Array.from({ length: 32 }, (_, i) => 255 - i));
const people = generatePeople(23);
const pgUrl = process.env.PIGUARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const myBase = process.env.PIGUARD_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
const myUrl = (db: string): string => myBase.replace(/\/[^/?]*(\?|$)/, `/${db}$1`);

const exposedIds = (rows: Record<string, unknown>[]) =>
  analyze(rows.map((r) => Object.values(r).map(String).join(' ')).join('\n')).filter(
    (f) => f.state === 'exposed' && (f.entity === 'CN_RIC18' || f.entity === 'CN_MOBILE'),
  );

function expectPeopleCopied(rows: Record<string, unknown>[], source: readonly GeneratedPerson[]): void {
  expect(rows).toHaveLength(source.length);
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  for (const p of source) {
    const r = byId.get(p.id);
    expect(String(r?.id_card)).toBe(`${p.idCard.slice(0, 6)}********${p.idCard.slice(14)}`);
    expect(String(r?.mobile)).toBe(`${p.mobile.slice(0, 3)}****${p.mobile.slice(7)}`);
    expect(String(r?.['姓名'])).not.toBe(p.name);
    expect(Number(r?.score)).toBe(p.id / 4);
  }
  expect(exposedIds(rows)).toEqual([]);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-redact-db-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('redactDatabase: SQLite', () => {
  it('copies tables page by page with PI redacted, types carried, indexes kept; re-scans the target', async () => {
    const src = join(dir, 'in.db');
    const db = new Database(src);
    db.exec(
      'CREATE TABLE people (id INTEGER PRIMARY KEY, 姓名 TEXT, id_card VARCHAR(18), mobile INTEGER, score NUMERIC(6,2)); CREATE INDEX people_mobile ON people(mobile);' +
        'CREATE TABLE notes (body TEXT);',
    );
    const ins = db.prepare('INSERT INTO people VALUES (?, ?, ?, ?, ?)');
    for (const p of people) ins.run(p.id, p.name, p.idCard, Number(p.mobile), p.id / 4);
    for (const p of people.slice(0, 9)) db.prepare('INSERT INTO notes VALUES (?)').run(`回访 ${p.mobile}`);
    db.close();
    const out = join(dir, 'out.db');
    const report = await redactDatabase(`sqlite:${src}`, `sqlite:${out}`, { policy: defaultPolicy, keys, batchRows: 5 });
    const copy = new Database(out, { readonly: true });
    expectPeopleCopied(copy.prepare('SELECT * FROM people').all() as Record<string, unknown>[], people);
    const notes = copy.prepare('SELECT body FROM notes').all() as { body: string }[];
    expect(notes).toHaveLength(9);
    expect(notes[0]?.body).toMatch(/^回访 1\d\d\*{4}\d{4}$/);
    expect(copy.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'people_mobile'").get()).toBeDefined();
    copy.close();
    expect(report.verification).toMatchObject({ rescanned: true, exposed: 0 });
    const people_ = report.tables?.find((t) => t.source === 'people');
    expect(people_?.rows).toBe(people.length);
    expect(people_?.columns.find((c) => c.name === 'mobile')).toMatchObject({
      sourceType: 'integer',
      targetType: 'TEXT',
      changed: people.length,
    });
    expect(people_?.columns.find((c) => c.name === 'id_card')?.entities).toEqual({ CN_RIC18: people.length });
    expect(people_?.columns.find((c) => c.name === 'score')).toMatchObject({ targetType: 'NUMERIC', changed: 0 });
  });

  it('refuses the source itself and tables with rows unless --overwrite; the source is never written', async () => {
    const src = join(dir, 'in.db');
    const out = join(dir, 'out.db');
    await expect(redactDatabase(`sqlite:${src}`, `sqlite:${src}`, { policy: defaultPolicy, keys })).rejects.toThrow(/source database/);
    await expect(redactDatabase(`sqlite:${src}`, `sqlite:${out}`, { policy: defaultPolicy, keys })).rejects.toThrow(/holds rows/);
    await expect(redactDatabase(`sqlite:${src}?table=nope`, `sqlite:${out}`, { policy: defaultPolicy, keys })).rejects.toThrow(
      /no such table/,
    );
    const again = await redactDatabase(`sqlite:${src}?table=notes`, `sqlite:${out}`, { policy: defaultPolicy, keys, overwrite: true });
    expect(again.tables?.map((t) => t.source)).toEqual(['notes']);
    const source = new Database(src, { readonly: true });
    expect((source.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n).toBe(people.length);
    expect((source.prepare('SELECT id_card FROM people WHERE id = 1').get() as { id_card: string }).id_card).toBe(people[0]?.idCard);
    source.close();
  });
});

const pgUp = await requireServer('postgres database redaction', async () => {
  const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  await c.connect();
  await c.end();
});
const myUp = await requireServer('mysql/mariadb database redaction', async () => {
  const c = await mysql.createConnection({ uri: myBase, connectTimeout: 3000 });
  await c.end();
});

describe.runIf(pgUp && myUp)('redactDatabase: PostgreSQL and MariaDB', () => {
  const srcSchema = uniqueName('piguard_rsrc');
  const dstSchema = uniqueName('piguard_rdst');
  const myDb = uniqueName('piguard_rdb');
  const admin = new pg.Client({ connectionString: pgUrl });
  let my: mysql.Connection;
  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${srcSchema}`);
    await admin.query(
      `CREATE TABLE ${srcSchema}.people (id bigint PRIMARY KEY, "姓名" varchar(10), id_card char(18), mobile bigint, score numeric(6,2), birth date, active boolean, seen timestamptz, doc jsonb)`,
    );
    await admin.query(`CREATE TABLE ${srcSchema}.visits (person bigint, at timestamp, note text)`);
    for (const p of people) {
      await admin.query(`INSERT INTO ${srcSchema}.people VALUES ($1, $2, $3, $4, $5, '1990-05-01', $6, '2024-01-02 03:04:05+00', $7)`, [
        p.id,
        p.name,
        p.idCard,
        p.mobile,
        p.id / 4,
        p.id % 2 === 0,
        JSON.stringify({ k: p.id }),
      ]);
      await admin.query(`INSERT INTO ${srcSchema}.visits VALUES ($1, '2024-03-04 05:06:07', $2)`, [p.id, `电话 ${p.mobile}`]);
    }
    my = await mysql.createConnection({ uri: myBase, charset: 'UTF8MB4_GENERAL_CI' });
    await my.query(`CREATE DATABASE \`${myDb}\` CHARACTER SET utf8mb4`);
  });
  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${srcSchema} CASCADE`);
    await admin.query(`DROP SCHEMA IF EXISTS ${dstSchema} CASCADE`);
    await admin.end();
    await my.query(`DROP DATABASE IF EXISTS \`${myDb}\``);
    await my.end();
  });

  it('copies PostgreSQL to PostgreSQL: keyset pages on the key, ctid pages without one, types kept where values fit', async () => {
    const report = await redactDatabase(`${pgUrl}?schema=${srcSchema}`, `${pgUrl}?schema=${dstSchema}`, {
      policy: defaultPolicy,
      keys,
      batchRows: 4,
    });
    const rows = (await admin.query(`SELECT * FROM ${dstSchema}.people`)).rows as Record<string, unknown>[];
    expectPeopleCopied(rows, people);
    expect(rows.find((r) => Number(r.id) === 2)).toMatchObject({ active: true, doc: { k: 2 } });
    const visits = (await admin.query(`SELECT * FROM ${dstSchema}.visits`)).rows as Record<string, unknown>[];
    expect(visits).toHaveLength(people.length);
    expect(exposedIds(visits)).toEqual([]);
    const types = (
      await admin.query(
        `SELECT column_name AS c, data_type AS t FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'people'`,
        [dstSchema],
      )
    ).rows as { c: string; t: string }[];
    const typeOf = (c: string) => types.find((t) => t.c === c)?.t;
    expect([typeOf('id'), typeOf('mobile'), typeOf('score'), typeOf('active'), typeOf('seen')]).toEqual([
      'bigint',
      'text',
      'numeric',
      'boolean',
      'timestamp with time zone',
    ]);
    const pk = await admin.query(
      `SELECT 1 FROM information_schema.table_constraints WHERE table_schema = $1 AND table_name = 'people' AND constraint_type = 'PRIMARY KEY'`,
      [dstSchema],
    );
    expect(pk.rowCount).toBe(1);
    expect(report.verification).toMatchObject({ rescanned: true, exposed: 0 });
    expect(report.tables?.find((t) => t.source === `${srcSchema}.visits`)?.rows).toBe(people.length);
    await expect(
      redactDatabase(`${pgUrl}?schema=${srcSchema}`, `${pgUrl}?schema=${srcSchema}`, { policy: defaultPolicy, keys }),
    ).rejects.toThrow(/onto itself/);
    await expect(
      redactDatabase(`${pgUrl}?schema=${srcSchema}`, `${pgUrl}?schema=${dstSchema}`, { policy: defaultPolicy, keys }),
    ).rejects.toThrow(/holds rows/);
  });

  it('copies PostgreSQL to MariaDB, and MariaDB back to SQLite', async () => {
    const report = await redactDatabase(`${pgUrl}?schema=${srcSchema}&table=people`, myUrl(myDb), {
      policy: defaultPolicy,
      keys,
      batchRows: 10,
    });
    expect(report.verification).toMatchObject({ rescanned: true, exposed: 0 });
    const [rows] = (await my.query(`SELECT * FROM \`${myDb}\`.people`)) as unknown as [Record<string, unknown>[]];
    expectPeopleCopied(rows, people);
    expect(rows.find((r) => Number(r.id) === 3)).toMatchObject({ active: 0 });
    const [cols] = (await my.query(
      'SELECT column_name AS c, column_type AS t FROM information_schema.columns WHERE table_schema = ? AND table_name = ?',
      [myDb, 'people'],
    )) as unknown as [{ c: string; t: string }[]];
    expect(cols.find((c) => c.c === 'score')?.t).toBe('decimal(6,2)');
    expect(cols.find((c) => c.c === 'mobile')?.t).toBe('longtext');

    const out = join(dir, 'from-mysql.db');
    const back = await redactDatabase(myUrl(myDb), `sqlite:${out}`, { policy: defaultPolicy, keys, batchRows: 6 });
    expect(back.tables?.[0]?.rows).toBe(people.length);
    const copy = new Database(out, { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n).toBe(people.length);
    copy.close();
  });
});
