import { existsSync } from 'node:fs';
import { personKeyOf } from '@piguard/core';
import Database from 'better-sqlite3';
import { scanError } from '../errors.js';
import { parseDatabaseUrl } from '../sources/database/database-url.js';
import { createRedactor, type RedactorOptions } from './redactor.js';
import type { RedactReport } from './redact-file.js';

const BATCH = 1000;

const quoteId = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Copies a SQLite database into a new one with every text (and integer: a mobile stored as a number is still a
 * mobile) cell redacted by the policy, table by table, row by row in transactions of 1,000. The schema is copied
 * as written (types, keys); a cell whose redacted form no longer fits a typed column is stored as text, which
 * SQLite's dynamic typing accepts. Rows are records: the row's strongest identifier keys the date shift.
 */
export function redactSqlite(from: string, to: string, options: RedactorOptions): RedactReport {
  const source = parseDatabaseUrl(from);
  const target = parseDatabaseUrl(to);
  if (source.kind !== 'sqlite' || target.kind !== 'sqlite' || !source.path || !target.path) {
    throw scanError('E_CONFIG_INVALID', 'database redaction copies SQLite to SQLite so far (sqlite:in.db --to sqlite:out.db)');
  }
  if (existsSync(target.path)) throw scanError('E_CONFIG_INVALID', `${target.display} exists: redact into a new database`);
  const redactor = createRedactor(options);
  const input = new Database(source.path, { readonly: true, fileMustExist: true });
  const output = new Database(target.path);
  try {
    const tables = input
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string; sql: string }[];
    for (const t of tables) {
      output.exec(t.sql);
      const columns = (input.prepare(`PRAGMA table_info(${quoteId(t.name)})`).all() as { name: string }[]).map((c) => c.name);
      const insert = output.prepare(
        `INSERT INTO ${quoteId(t.name)} (${columns.map(quoteId).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      let batch: unknown[][] = [];
      const flush = output.transaction((rows: unknown[][]) => {
        for (const r of rows) insert.run(r);
      });
      for (const row of input
        .prepare(`SELECT * FROM ${quoteId(t.name)}`)
        .raw()
        .iterate() as Iterable<unknown[]>) {
        const findings = row.map((v, i) =>
          typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' ? redactor.find(String(v), columns[i]) : [],
        );
        const person = personKeyOf(findings.flat());
        batch.push(
          row.map((v, i) => {
            const f = findings[i] ?? [];
            if (f.length === 0) return v;
            const out = redactor.apply(String(v), f, person);
            return out === String(v) ? v : out;
          }),
        );
        if (batch.length >= BATCH) {
          flush(batch);
          batch = [];
        }
      }
      if (batch.length > 0) flush(batch);
    }
    for (const { sql } of input
      .prepare("SELECT sql FROM sqlite_master WHERE type IN ('index', 'view', 'trigger') AND sql IS NOT NULL")
      .all() as { sql: string }[]) {
      output.exec(sql);
    }
  } finally {
    input.close();
    output.close();
  }
  return {
    input: source.display,
    output: target.display,
    format: 'database',
    encoding: 'utf-8',
    changes: redactor.tally.changes(),
    total: redactor.tally.total(),
    fallbacks: redactor.tally.fallbacks,
    alreadyProtected: redactor.tally.alreadyProtected,
    verification: redactor.verification,
    warnings: [],
  };
}
