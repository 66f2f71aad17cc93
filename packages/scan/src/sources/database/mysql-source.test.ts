import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePeople } from '../../../test/generated-people.js';
import { requireServer, uniqueName } from '../../../test/real-server.js';
import type { Fragment } from '../../fragment.js';
import type { ScanIssue } from '../../scan-issue.js';
import { databaseSource } from './database-source.js';

const baseUrl = process.env.PIGUARD_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
const dbName = uniqueName('piguard_t');
const url = baseUrl.replace(/\/[^/?]*(\?|$)/, `/${dbName}$1`);
const people = generatePeople(40);

const up = await requireServer('mysql/mariadb database source', async () => {
  const c = await mysql.createConnection({ uri: baseUrl, connectTimeout: 3000 });
  await c.end();
});

describe.runIf(up)('mysql/mariadb database source', () => {
  let admin: mysql.Connection;
  beforeAll(async () => {
    admin = await mysql.createConnection({ uri: baseUrl, charset: 'UTF8MB4_GENERAL_CI' });
    await admin.query(`CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4`);
    await admin.query(
      `CREATE TABLE \`${dbName}\`.customers (id BIGINT PRIMARY KEY, \`姓名\` VARCHAR(20), id_card CHAR(18), mobile VARCHAR(20), order_no VARCHAR(32))`,
    );
    await admin.query(`CREATE TABLE \`${dbName}\`.legacy (name VARCHAR(20), phone VARCHAR(20)) CHARACTER SET gbk`);
    for (const p of people) {
      await admin.query(`INSERT INTO \`${dbName}\`.customers VALUES (?, ?, ?, ?, ?)`, [p.id, p.name, p.idCard, p.mobile, p.orderNo]);
    }
    await admin.query(`INSERT INTO \`${dbName}\`.legacy VALUES (?, ?)`, ['张三', people[1]?.mobile]);
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS \`${dbName}\``);
    await admin.end();
  });

  it('reads rows of the URL database as cells with table, column and primary key, GBK tables included', async () => {
    const issues: ScanIssue[] = [];
    const fragments: Fragment[] = [];
    for await (const f of databaseSource(url, { sampleSize: 15 }).fragments({ issue: (i) => issues.push(i) })) fragments.push(f);
    expect(issues).toEqual([]);
    const customers = fragments.filter((f) => f.cell?.table === `${dbName}.customers`);
    expect(new Set(customers.map((f) => f.record)).size).toBe(15);
    expect(customers.find((f) => f.text === people[9]?.idCard)).toMatchObject({ context: 'id_card', cell: { row: '10' } });
    expect(customers.find((f) => f.cell?.column === '姓名' && f.cell?.row === '1')?.text).toBe(people[0]?.name);
    const legacy = fragments.filter((f) => f.cell?.table === `${dbName}.legacy`);
    expect(legacy.map((f) => f.text)).toEqual(['张三', people[1]?.mobile]);
    expect(legacy[0]?.cell?.row).toBe(1);
  });

  it('gives up on a write-locked table after the lock wait limit and goes on with the next', async () => {
    const locker = await mysql.createConnection({ uri: url });
    await locker.query('LOCK TABLES legacy WRITE');
    try {
      const issues: ScanIssue[] = [];
      const fragments: Fragment[] = [];
      const t0 = Date.now();
      for await (const f of databaseSource(url, { sampleSize: 2, statementTimeoutMs: 1000 }).fragments({ issue: (i) => issues.push(i) }))
        fragments.push(f);
      expect(Date.now() - t0).toBeLessThan(15_000);
      expect(issues).toEqual([expect.objectContaining({ code: 'E_TIMEOUT' })]);
      expect(issues[0]?.source).toContain(`${dbName}.legacy`);
      expect(fragments.some((f) => f.cell?.table === `${dbName}.customers`)).toBe(true);
    } finally {
      await locker.query('UNLOCK TABLES');
      await locker.end();
    }
  });

  it('profiles the columns and counts all rows', async () => {
    const profile = await databaseSource(url, { fullScan: true }).profile({ issue: () => {} });
    const t = profile.find((p) => p.table === `${dbName}.customers`);
    expect(t).toMatchObject({ rows: 40, sampledRows: 40, primaryKey: ['id'], people: { distinct: 40 } });
    expect(t?.columns.find((c) => c.column === 'id_card')).toMatchObject({ piType: 'PI.ID.RIC', confidence: 'certain', matchShare: 1 });
  });
});

describe('mysql database source without a server', () => {
  it('reports a refused connection with the password masked', async () => {
    const issues: ScanIssue[] = [];
    for await (const _ of databaseSource('mysql://root:hunter2pw@127.0.0.1:1/test', { statementTimeoutMs: 2000 }).fragments({
      issue: (i) => issues.push(i),
    })) {
      throw new Error('no fragment expected');
    }
    expect(issues).toEqual([expect.objectContaining({ code: 'E_CONNECTION', source: 'mysql://root:***@127.0.0.1:1/test' })]);
    expect(JSON.stringify(issues)).not.toContain('hunter2pw');
  });
});
