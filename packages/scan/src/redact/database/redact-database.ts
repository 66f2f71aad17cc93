import { realpathSync } from 'node:fs';
import { createAnalyzer, exposedAfterRedaction, type Finding, personKeyOf } from '@piguard/core';
import { scanError } from '../../errors.js';
import { isTrivialValue } from '../../formats/trivial-value.js';
import type { TableInfo } from '../../sources/database/database-driver.js';
import { databaseSource } from '../../sources/database/database-source.js';
import { openDriver } from '../../sources/database/open-driver.js';
import type { RedactReport } from '../redact-file.js';
import { createRedactor, type RedactionVerification, type Redactor, type RedactorOptions } from '../redactor.js';
import { type DatabaseRef, databaseName, parseDatabaseRef, serverIdentity } from './database-ref.js';
import { declaredType, fitsKind, type PortableKind, type PortableType, portableType, storedKind, toTarget } from './portable-type.js';
import { openSqlSession, quoteIdent, type SqlSession } from './sql-session.js';
import { qualifiedName, tablePages } from './table-pages.js';

/** Options of a database copy. */
export interface DatabaseCopyOptions extends RedactorOptions {
  /** Replace target tables that already hold rows (default false: refuse). */
  overwrite?: boolean;
  /** Rows per page read and per transaction written (default 1000). */
  batchRows?: number;
  /** Statement time limit on both sides, ms (default 60 s). */
  statementTimeoutMs?: number;
}

/** What the copy did to one column. */
export interface ColumnCopyReport {
  name: string;
  sourceType: string;
  targetType: string;
  /** Cells whose value the policy changed. */
  changed: number;
  /** Changed cells per entity found in them. */
  entities: Record<string, number>;
  /** Values that no longer fit the column's type after the first page fixed it, written as NULL. */
  nulled: number;
}

/** What the copy did to one table. */
export interface TableCopyReport {
  source: string;
  target: string;
  rows: number;
  /** Rows the target refused (a duplicate key after redaction); their values are never reported. */
  rejected: number;
  columns: ColumnCopyReport[];
}

interface PlannedTable {
  source: TableInfo;
  schema: string;
  name: string;
  exists: boolean;
}

const DEFAULTS = { batchRows: 1000, statementTimeoutMs: 60_000 };

/**
 * Copies the tables of a database (SQLite, PostgreSQL, MySQL/MariaDB) into another with PI transformed by the
 * policy: cells are analysed with their column name as context (and a column named for a PI type takes a bare
 * value as that type); a row is one record, so its strongest identifier keys date shifts. The source is only read
 * (read-only sessions), in keyset pages of `batchRows`; each page is written in one transaction, so memory stays
 * flat. Column types are carried as far as they are portable (integers, decimals, dates, timestamps, booleans,
 * binary, JSON, UUID, text; varchar lengths are dropped because a token is longer than its value) with the primary
 * key; a column whose redacted values no longer fit its type (`138****5678` in a bigint) becomes text, decided on
 * the first page. Refuses a target that is the source, and target tables that hold rows unless `overwrite`.
 * The target is re-scanned afterwards (unless `verify: false`).
 */
export async function redactDatabase(from: string, to: string, options: DatabaseCopyOptions): Promise<RedactReport> {
  const opts = { ...DEFAULTS, ...options };
  const src = parseDatabaseRef(from);
  const dst = parseDatabaseRef(to);
  if (dst.tables.length > 0) throw scanError('E_CONFIG_INVALID', 'name the tables to copy on the source URL (?table=), not on --to');
  if (src.target.kind === 'sqlite' && dst.target.kind === 'sqlite' && sameFile(src.target.path, dst.target.path))
    throw scanError('E_CONFIG_INVALID', `${dst.target.display} is the source database: copy into another one`);
  const tables = await sourceTables(src, opts.statementTimeoutMs);
  const targetSchema =
    dst.target.kind === 'sqlite' ? 'main' : dst.target.kind === 'postgres' ? (dst.schema ?? 'public') : databaseName(dst);
  if (targetSchema === undefined) throw scanError('E_CONFIG_INVALID', `${dst.target.display} names no database to copy into`);
  const seen = new Set<string>();
  for (const t of tables) {
    if (seen.has(t.name))
      throw scanError('E_CONFIG_INVALID', `two source tables are named ${t.name}: copy them one schema at a time (?schema=)`);
    seen.add(t.name);
  }
  if (serverIdentity(src) === serverIdentity(dst)) {
    const same = tables.find((t) => t.schema === targetSchema);
    if (same)
      throw scanError('E_CONFIG_INVALID', `${same.schema}.${same.name} would be copied onto itself: name another schema or database`);
  }

  const redactor = createRedactor({ ...opts, verify: false });
  const source = await connect(src, true, opts.statementTimeoutMs);
  let target: SqlSession | undefined;
  const reports: TableCopyReport[] = [];
  const warnings: string[] = [];
  try {
    target = await connect(dst, false, opts.statementTimeoutMs);
    const plan: PlannedTable[] = [];
    for (const t of tables) {
      const exists = await tableExists(target, targetSchema, t.name);
      if (
        exists &&
        !opts.overwrite &&
        (await target.query(`SELECT 1 AS x FROM ${qualifiedName(target.dialect, targetSchema, t.name)} LIMIT 1`)).length > 0
      )
        throw scanError(
          'E_CONFIG_INVALID',
          `${targetSchema}.${t.name} in ${dst.target.display} holds rows: pass --overwrite to replace it`,
        );
      plan.push({ source: t, schema: targetSchema, name: t.name, exists });
    }
    if (target.dialect === 'postgres' && targetSchema !== 'public')
      await target.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent('postgres', targetSchema)}`);
    for (const p of plan) reports.push(await copyTable(source, target, p, redactor, opts.batchRows, warnings));
    if (source.dialect === 'sqlite' && target.dialect === 'sqlite') await copySqliteExtras(source, target, tables, warnings);
  } finally {
    await source.close();
    await target?.close();
  }
  const verification =
    opts.verify === false
      ? { rescanned: false, exposed: 0, byEntity: {} }
      : await rescan(
          dst,
          reports.map((r) => r.target),
          redactor,
          opts,
          warnings,
        );
  return {
    input: src.target.display,
    output: dst.target.display,
    format: 'database',
    encoding: 'utf-8',
    changes: redactor.tally.changes(),
    total: redactor.tally.total(),
    fallbacks: redactor.tally.fallbacks,
    alreadyProtected: redactor.tally.alreadyProtected,
    verification,
    warnings,
    tables: reports,
  };
}

async function connect(ref: DatabaseRef, readOnly: boolean, statementTimeoutMs: number): Promise<SqlSession> {
  try {
    return await openSqlSession(ref.target, ref.url, { readOnly, statementTimeoutMs });
  } catch (e) {
    // Driver messages may echo the URL; only the masked form is shown.
    const message = (e instanceof Error ? e.message : String(e)).split(ref.url).join(ref.target.display);
    throw scanError('E_CONFIG_INVALID', `cannot open ${ref.target.display}: ${message}`, e);
  }
}

function sameFile(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

async function sourceTables(src: DatabaseRef, statementTimeoutMs: number): Promise<TableInfo[]> {
  let driver: Awaited<ReturnType<typeof openDriver>>;
  try {
    driver = await openDriver(src.target, { statementTimeoutMs, batchRows: 1 });
  } catch (e) {
    throw scanError(
      'E_CONFIG_INVALID',
      `cannot open ${src.target.display}: ${(e instanceof Error ? e.message : String(e)).split(src.url).join(src.target.display)}`,
      e,
    );
  }
  let all: TableInfo[];
  try {
    all = await driver.tables();
  } finally {
    await driver.close();
  }
  const chosen = all.filter(
    (t) =>
      (src.schema === undefined || src.target.kind !== 'postgres' || t.schema === src.schema) &&
      (src.tables.length === 0 || src.tables.includes(t.name) || src.tables.includes(`${t.schema}.${t.name}`)),
  );
  const missing = src.tables.filter((n) => !all.some((t) => t.name === n || `${t.schema}.${t.name}` === n));
  if (missing.length > 0) throw scanError('E_CONFIG_INVALID', `no such table in ${src.target.display}: ${missing.join(', ')}`);
  if (chosen.length === 0) throw scanError('E_CONFIG_INVALID', `${src.target.display} has no tables to copy`);
  if (src.target.kind !== 'postgres') return chosen;
  // The catalogue's data_type drops lengths and precisions; format_type gives `numeric(10,2)`.
  const session = await openSqlSession(src.target, src.url, { readOnly: true, statementTimeoutMs });
  try {
    for (const t of chosen) {
      const rows = await session.query(
        'SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped',
        [qualifiedName('postgres', t.schema, t.name)],
      );
      const types = new Map(rows.map((r) => [String(r.name), String(r.type)]));
      t.columns = t.columns.map((c) => ({ ...c, type: types.get(c.name) ?? c.type }));
    }
  } finally {
    await session.close();
  }
  return chosen;
}

async function tableExists(session: SqlSession, schema: string, name: string): Promise<boolean> {
  const rows =
    session.dialect === 'sqlite'
      ? await session.query("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ?", [name])
      : session.dialect === 'postgres'
        ? await session.query('SELECT to_regclass($1) IS NOT NULL AS x', [qualifiedName('postgres', schema, name)])
        : await session.query('SELECT 1 AS x FROM information_schema.tables WHERE table_schema = ? AND table_name = ?', [schema, name]);
  return rows.length > 0 && rows[0]?.x !== false;
}

function cellText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return undefined;
}

async function copyTable(
  source: SqlSession,
  target: SqlSession,
  plan: PlannedTable,
  redactor: Redactor,
  batchRows: number,
  warnings: string[],
): Promise<TableCopyReport> {
  const t = plan.source;
  const types: PortableType[] = t.columns.map((c) => portableType(c.type, source.dialect));
  const kinds: PortableKind[] = types.map((ty) => storedKind(ty, target.dialect));
  const columns: ColumnCopyReport[] = t.columns.map((c) => ({
    name: c.name,
    sourceType: c.type,
    targetType: '',
    changed: 0,
    entities: {},
    nulled: 0,
  }));
  const into = qualifiedName(target.dialect, plan.schema, plan.name);
  const report: TableCopyReport = {
    source: source.dialect === 'sqlite' ? t.name : `${t.schema}.${t.name}`,
    target: target.dialect === 'sqlite' ? plan.name : `${plan.schema}.${plan.name}`,
    rows: 0,
    rejected: 0,
    columns,
  };
  const codes = new Set<string>();
  let created = false;
  const create = async (): Promise<void> => {
    if (plan.exists) await target.query(`DROP TABLE ${into}`);
    const defs = t.columns.map((c, i) => {
      const type = declaredType(
        { ...(types[i] as PortableType), kind: kinds[i] as PortableKind },
        target.dialect,
        t.primaryKey.includes(c.name),
      );
      (columns[i] as ColumnCopyReport).targetType = type || '(none)';
      return `${quoteIdent(target.dialect, c.name)}${type ? ` ${type}` : ''}`;
    });
    const pk = t.primaryKey.length > 0 ? `, PRIMARY KEY (${t.primaryKey.map((k) => quoteIdent(target.dialect, k)).join(', ')})` : '';
    await target.query(`CREATE TABLE ${into} (${defs.join(', ')}${pk})`);
    created = true;
  };
  for await (const page of tablePages(source, t, batchRows)) {
    const out = page.map((row) => redactRow(row, t, redactor, columns));
    if (!created) {
      // The first page fixes the target's types: a column whose values (redacted or, in SQLite, as stored) no
      // longer fit its type is declared text instead.
      kinds.forEach((k, i) => {
        if (k !== 'text' && k !== 'any' && out.some((r) => !fitsKind(k, types[i] as PortableType, r[i]))) kinds[i] = 'text';
      });
      await create();
    }
    const values = out.map((r) =>
      r.map((v, i) => {
        const k = kinds[i] as PortableKind;
        // SQLite stores any value in any column; the servers do not, and a value that cannot go in is not written.
        if (target.dialect !== 'sqlite' && !fitsKind(k, types[i] as PortableType, v)) {
          (columns[i] as ColumnCopyReport).nulled++;
          return null;
        }
        return toTarget(k, v, target.dialect);
      }),
    );
    report.rows += await insertPage(target, into, t, values, codes, report);
  }
  if (!created) await create();
  if (report.rejected > 0)
    warnings.push(
      `${report.target}: ${report.rejected} rows refused by the target (${[...codes].join(', ') || 'error'}); values not shown`,
    );
  for (const c of columns)
    if (c.nulled > 0)
      warnings.push(`${report.target}.${c.name}: ${c.nulled} redacted values did not fit ${c.targetType} and were written as NULL`);
  return report;
}

function redactRow(row: Record<string, unknown>, t: TableInfo, redactor: Redactor, columns: ColumnCopyReport[]): unknown[] {
  const texts = t.columns.map((c) => cellText(row[c.name]));
  const findings: Finding[][] = texts.map((s, i) =>
    s === undefined || isTrivialValue(s.trim()) ? [] : redactor.find(s, t.columns[i]?.name),
  );
  const person = personKeyOf(findings.flat());
  return t.columns.map((c, i) => {
    const f = findings[i] as Finding[];
    const text = texts[i];
    if (f.length === 0 || text === undefined) return row[c.name];
    const out = redactor.apply(text, f, person);
    if (out === text) return row[c.name];
    const col = columns[i] as ColumnCopyReport;
    col.changed++;
    for (const x of f) if (x.state === 'exposed') col.entities[x.entity] = (col.entities[x.entity] ?? 0) + 1;
    return out;
  });
}

async function insertPage(
  target: SqlSession,
  into: string,
  t: TableInfo,
  rows: unknown[][],
  codes: Set<string>,
  report: TableCopyReport,
): Promise<number> {
  const names = t.columns.map((c) => c.name);
  try {
    await target.insert(into, names, rows);
    return rows.length;
  } catch {
    // One bad row (a key made equal by the policy) must not cost the page: insert row by row and count refusals.
    let n = 0;
    for (const r of rows) {
      try {
        await target.insert(into, names, [r]);
        n++;
      } catch (e) {
        report.rejected++;
        codes.add(String((e as { code?: unknown }).code ?? 'error'));
      }
    }
    return n;
  }
}

async function copySqliteExtras(source: SqlSession, target: SqlSession, tables: TableInfo[], warnings: string[]): Promise<void> {
  const names = new Set(tables.map((t) => t.name));
  const extras = await source.query(
    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'view', 'trigger') AND sql IS NOT NULL",
  );
  for (const e of extras) {
    if (e.type !== 'view' && !names.has(String(e.tbl_name))) continue;
    try {
      await target.query(String(e.sql));
    } catch {
      warnings.push(`${String(e.type)} ${String(e.name)} was not copied (it exists in the target or refers to what was not copied)`);
    }
  }
}

async function rescan(
  dst: DatabaseRef,
  tables: string[],
  redactor: Redactor,
  options: DatabaseCopyOptions,
  warnings: string[],
): Promise<RedactionVerification> {
  const analyzer = createAnalyzer(options.analyzer);
  const wanted = new Set(tables);
  const verification: RedactionVerification = { rescanned: true, exposed: 0, byEntity: {} };
  const changes = redactor.tally.changes();
  const problems: string[] = [];
  const scan = databaseSource(dst.url, {
    fullScan: true,
    tables: (q) => wanted.has(q),
  });
  for await (const f of scan.fragments({ issue: (i) => problems.push(i.message) })) {
    for (const x of exposedAfterRedaction(analyzer.analyze(f.text, f.context ? { context: f.context } : undefined), changes, f.text)) {
      verification.exposed++;
      verification.byEntity[x.entity] = (verification.byEntity[x.entity] ?? 0) + 1;
    }
  }
  if (problems.length > 0) warnings.push(`the re-scan of the target was incomplete: ${problems[0]}`);
  return verification;
}
