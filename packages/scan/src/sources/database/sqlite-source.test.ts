import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePeople } from '../../../test/generated-people.js';
import type { Fragment } from '../../fragment.js';
import type { ScanIssue } from '../../scan-issue.js';
import { databaseSource } from './database-source.js';

const people = generatePeople(30);
let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'piguard-sqlite-'));
  file = join(dir, 'shop.db');
  const db = new Database(file);
  db.exec(`CREATE TABLE customers (id INTEGER PRIMARY KEY, "姓名" TEXT, "身份证号" TEXT, mobile TEXT, order_no TEXT, photo BLOB);
           CREATE TABLE notes (body TEXT)`);
  const ins = db.prepare('INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?)');
  for (const p of people) ins.run(p.id, p.name, p.idCard, p.mobile, p.orderNo, Buffer.from([1, 2, 3]));
  db.prepare('INSERT INTO notes VALUES (?)').run(`请联系 ${people[0]?.mobile}`);
  db.exec('CREATE TABLE visits (id INTEGER PRIMARY KEY, id_card TEXT, mobile TEXT)');
  const visit = db.prepare('INSERT INTO visits (id_card, mobile) VALUES (?, ?)');
  for (const p of [people[0], people[1], people[0]]) visit.run(p?.idCard, p?.mobile);
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(url: string, options = {}): Promise<{ fragments: Fragment[]; issues: ScanIssue[] }> {
  const issues: ScanIssue[] = [];
  const fragments: Fragment[] = [];
  for await (const f of databaseSource(url, options).fragments({ issue: (i) => issues.push(i) })) fragments.push(f);
  return { fragments, issues };
}

describe('sqlite database source', () => {
  it('reads a sample of rows as cells located by table, column and primary key, one record per row', async () => {
    const before = statSync(file).mtimeMs;
    const { fragments, issues } = await collect(`sqlite://${file}`, { sampleSize: 5 });
    expect(issues).toEqual([]);
    const customers = fragments.filter((f) => f.cell?.table === 'customers');
    expect(new Set(customers.map((f) => f.cell?.row))).toEqual(new Set(['1', '2', '3', '4', '5']));
    const id = customers.find((f) => f.text === people[2]?.idCard);
    expect(id).toMatchObject({ source: `sqlite://${file}#customers`, context: '身份证号', cell: { column: '身份证号', row: '3' } });
    // The short integer key and the blob are no fragments.
    expect(customers.filter((f) => f.record === id?.record).map((f) => f.cell?.column)).toEqual(['姓名', '身份证号', 'mobile', 'order_no']);
    expect(fragments.find((f) => f.cell?.table === 'notes')).toMatchObject({ cell: { row: 1 } });
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('reads every row with fullScan', async () => {
    const { fragments } = await collect(`sqlite:${file}`, { fullScan: true });
    expect(new Set(fragments.filter((f) => f.cell?.table === 'customers').map((f) => f.record)).size).toBe(30);
  });

  it('profiles columns: counts rows and classifies by name and values', async () => {
    const profile = await databaseSource(`sqlite://${file}`, { sampleSize: 20 }).profile({ issue: () => {} });
    const customers = profile.find((t) => t.table === 'customers');
    expect(customers).toMatchObject({ rows: 30, sampledRows: 20, primaryKey: ['id'], people: { distinct: 20, minors: 0 } });
    const col = (n: string) => customers?.columns.find((c) => c.column === n);
    expect(col('身份证号')).toMatchObject({ piType: 'PI.ID.RIC', confidence: 'certain', matchShare: 1 });
    expect(col('mobile')).toMatchObject({ piType: 'PI.BASIC.PHONE', confidence: 'certain' });
    expect(col('order_no')?.confidence).not.toBe('certain');
    expect(col('photo')).toMatchObject({ confidence: 'none', nonEmpty: 0 });
    // Three visit rows, two people: the same ID number and phone link the first and third.
    expect(profile.find((t) => t.table === 'visits')).toMatchObject({ rows: 3, people: { distinct: 2 } });
    for (const c of customers?.columns ?? []) for (const m of c.maskedSamples) expect(people.map((p) => p.idCard)).not.toContain(m);
  });

  it('reports a missing file instead of creating it', async () => {
    const missing = join(dir, 'nope.db');
    const { fragments, issues } = await collect(`sqlite://${missing}`);
    expect(fragments).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ code: 'E_NOT_FOUND', severity: 'error' })]);
    expect(() => statSync(missing)).toThrow();
  });
});
