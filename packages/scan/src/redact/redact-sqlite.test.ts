import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, createOperatorKeys, defaultPolicy } from '@piguard/core';
import { generateRic18 } from '@piguard/core/testing';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactSqlite } from './redact-sqlite.js';

const keys = createOperatorKeys(Uint8Array.from({ length: 32 }, (_, i) => i));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-redact-db-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('redactSqlite', () => {
  it('copies schema, indexes and rows with PI redacted and other values untouched', () => {
    const src = join(dir, 'in.db');
    const db = new Database(src);
    db.exec(
      'CREATE TABLE people (id INTEGER PRIMARY KEY, 姓名 TEXT, id_card TEXT, mobile INTEGER, score REAL); CREATE INDEX people_mobile ON people(mobile);',
    );
    const ins = db.prepare('INSERT INTO people (姓名, id_card, mobile, score) VALUES (?, ?, ?, ?)');
    for (let i = 0; i < 50; i++)
      ins.run(`王小${'明华军'[i % 3]}`, generateRic18('110105', '19850317', String(100 + i)), 13812340000 + i, i / 2);
    db.close();
    const report = redactSqlite(`sqlite:${src}`, `sqlite:${join(dir, 'out.db')}`, { policy: defaultPolicy, keys });
    const out = new Database(join(dir, 'out.db'), { readonly: true });
    const rows = out.prepare('SELECT * FROM people ORDER BY id').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(50);
    expect(rows[3]).toMatchObject({ id: 4, score: 1.5 });
    expect(String(rows[3]?.id_card)).toMatch(/^110105\*{8}/);
    expect(String(rows[3]?.mobile)).toBe('138****0003');
    expect(
      analyze(rows.map((r) => Object.values(r).join(' ')).join('\n')).filter((f) => f.state === 'exposed' && f.entity !== 'PERSON'),
    ).toEqual([]);
    expect(out.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'people_mobile'").get()).toBeDefined();
    out.close();
    expect(report.verification.exposed).toBe(0);
    expect(report.changes.find((c) => c.entity === 'CN_RIC18')?.count).toBe(50);
  });
  it('refuses to overwrite a database and other engines', () => {
    expect(() => redactSqlite('postgres://localhost/x', `sqlite:${join(dir, 'x.db')}`, { policy: defaultPolicy })).toThrow(
      /SQLite to SQLite/,
    );
    expect(() => redactSqlite(`sqlite:${join(dir, 'in.db')}`, `sqlite:${join(dir, 'out.db')}`, { policy: defaultPolicy })).toThrow(
      /exists/,
    );
  });
});
