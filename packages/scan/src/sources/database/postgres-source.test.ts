import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePeople } from '../../../test/generated-people.js';
import { requireServer, uniqueName } from '../../../test/real-server.js';
import type { Fragment } from '../../fragment.js';
import type { ScanIssue } from '../../scan-issue.js';
import { databaseSource } from './database-source.js';
import { maskDatabaseUrl } from './database-url.js';

const url = process.env.PIGUARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = uniqueName('piguard_t');
const people = generatePeople(50);

const up = await requireServer('postgres database source', async () => {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await c.connect();
  await c.end();
});

describe.runIf(up)('postgres database source', () => {
  const admin = new pg.Client({ connectionString: url });
  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.query(
      `CREATE TABLE ${schema}.customers (id bigint PRIMARY KEY, "姓名" text, id_card varchar(18), mobile text, order_no text, created date)`,
    );
    await admin.query(`CREATE TABLE ${schema}.audit (tenant int, seq int, note text, PRIMARY KEY (tenant, seq))`);
    for (const p of people) {
      await admin.query(`INSERT INTO ${schema}.customers VALUES ($1, $2, $3, $4, $5, '2024-01-02')`, [
        p.id,
        p.name,
        p.idCard,
        p.mobile,
        p.orderNo,
      ]);
    }
    await admin.query(`INSERT INTO ${schema}.audit VALUES (7, 1, $1)`, [`联系 ${people[0]?.email}`]);
  });
  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });
  const mine = (q: string): boolean => q.startsWith(`${schema}.`);

  it('reads rows in key order as cells located by table, column and primary key', async () => {
    const issues: ScanIssue[] = [];
    const fragments: Fragment[] = [];
    const source = databaseSource(url, { tables: mine, sampleSize: 10, batchRows: 3 });
    for await (const f of source.fragments({ issue: (i) => issues.push(i) })) fragments.push(f);
    expect(issues).toEqual([]);
    const customers = fragments.filter((f) => f.cell?.table === `${schema}.customers`);
    expect(new Set(customers.map((f) => f.cell?.row)).size).toBe(10);
    const id = customers.find((f) => f.text === people[4]?.idCard);
    expect(id).toMatchObject({ context: 'id_card', cell: { column: 'id_card', row: '5' } });
    expect(customers.find((f) => f.record === id?.record && f.cell?.column === 'created')?.text).toBe('2024-01-02');
    expect(fragments.find((f) => f.cell?.table === `${schema}.audit`)).toMatchObject({
      cell: { row: '7,1' },
      text: `联系 ${people[0]?.email}`,
    });
  });

  it('profiles the columns and counts all rows', async () => {
    const profile = await databaseSource(url, { tables: mine, sampleSize: 40 }).profile({ issue: () => {} });
    const t = profile.find((p) => p.table === `${schema}.customers`);
    expect(t).toMatchObject({ rows: 50, sampledRows: 40, primaryKey: ['id'], people: { distinct: 40 } });
    expect(t?.columns.find((c) => c.column === 'id_card')).toMatchObject({ piType: 'PI.ID.RIC', confidence: 'certain', matched: 40 });
    expect(t?.columns.find((c) => c.column === 'mobile')).toMatchObject({ piType: 'PI.BASIC.PHONE', confidence: 'certain' });
    expect(profile.find((p) => p.table === `${schema}.audit`)?.primaryKey).toEqual(['tenant', 'seq']);
  });

  it('gives up on a locked table after the statement timeout and goes on with the next', async () => {
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query(`LOCK TABLE ${schema}.audit IN ACCESS EXCLUSIVE MODE`);
    try {
      const issues: ScanIssue[] = [];
      const fragments: Fragment[] = [];
      const t0 = Date.now();
      const source = databaseSource(url, { tables: mine, sampleSize: 3, statementTimeoutMs: 500 });
      for await (const f of source.fragments({ issue: (i) => issues.push(i) })) fragments.push(f);
      expect(Date.now() - t0).toBeLessThan(10_000);
      expect(issues).toEqual([expect.objectContaining({ code: 'E_TIMEOUT', source: `${maskDatabaseUrl(url)}#${schema}.audit` })]);
      expect(fragments.some((f) => f.cell?.table === `${schema}.customers`)).toBe(true);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
  });

  it('reads in a read-only transaction: the session cannot write', async () => {
    // The driver's transaction mode, checked on the server: a write in it is refused.
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await expect(c.query(`INSERT INTO ${schema}.audit VALUES (1, 1, 'x')`)).rejects.toThrow(/read-only/);
    await c.query('ROLLBACK');
    await c.end();
  });
});

describe('postgres database source without a server', () => {
  it('reports a refused connection with the password masked, and yields nothing', async () => {
    const issues: ScanIssue[] = [];
    const fragments: Fragment[] = [];
    const source = databaseSource('postgres://app:s3cretPw@127.0.0.1:1/test', { statementTimeoutMs: 2000 });
    expect(source.id).toBe('postgres://app:***@127.0.0.1:1/test');
    for await (const f of source.fragments({ issue: (i) => issues.push(i) })) fragments.push(f);
    expect(fragments).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ code: 'E_CONNECTION', source: 'postgres://app:***@127.0.0.1:1/test' })]);
    expect(JSON.stringify(issues)).not.toContain('s3cretPw');
  });
});
