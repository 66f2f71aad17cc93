import Database from 'better-sqlite3';
import type { DatabaseTarget } from '../../sources/database/database-url.js';

/** The SQL dialects a database copy reads and writes. */
export type SqlDialect = DatabaseTarget['kind'];

/** One connection of a database copy: plain statements with positional parameters, rows as column → value. */
export interface SqlSession {
  readonly dialect: SqlDialect;
  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /** Inserts rows (values in `columns` order) into a quoted table name, in one transaction. */
  insert(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void>;
  close(): Promise<void>;
}

/** Options of a session. */
export interface SessionOptions {
  /** The source side: every statement runs read-only (SQLite opened read-only, the server session set to read only). */
  readOnly: boolean;
  statementTimeoutMs: number;
}

/** An identifier quoted for a dialect. */
export function quoteIdent(dialect: SqlDialect, name: string): string {
  return dialect === 'mysql' ? `\`${name.replaceAll('`', '``')}\`` : `"${name.replaceAll('"', '""')}"`;
}

/** The `i`-th (0-based) positional parameter of a dialect. */
export function placeholder(dialect: SqlDialect, i: number): string {
  return dialect === 'postgres' ? `$${i + 1}` : '?';
}

// PostgreSQL's own text for every type but the ones JavaScript holds exactly: dates, timestamps, numerics, arrays
// and JSON stay as the server prints them, so they are written back unchanged and compared as the server would.
const PG_PARSED = new Set([16, 17, 21, 23, 700, 701]);

/** Opens a session on a database target; the server URL's password never leaves the driver. */
export async function openSqlSession(target: DatabaseTarget, url: string, options: SessionOptions): Promise<SqlSession> {
  if (target.kind === 'sqlite') return openSqliteSession(target.path ?? '', options);
  if (target.kind === 'postgres') return openPostgresSession(url, options);
  return openMysqlSession(url.replace(/^mariadb:/i, 'mysql:'), options);
}

function openSqliteSession(path: string, options: SessionOptions): SqlSession {
  const db = new Database(path, options.readOnly ? { readonly: true, fileMustExist: true } : {});
  db.defaultSafeIntegers(true);
  if (options.readOnly) db.pragma('query_only = ON');
  const bind = (v: unknown): unknown => (typeof v === 'boolean' ? (v ? 1 : 0) : v === undefined ? null : v);
  return {
    dialect: 'sqlite',
    async query(sql, params = []) {
      const stmt = db.prepare(sql);
      if (stmt.reader) return stmt.all(...params.map(bind)) as Record<string, unknown>[];
      stmt.run(...params.map(bind));
      return [];
    },
    async insert(table, columns, rows) {
      const stmt = db.prepare(
        `INSERT INTO ${table} (${columns.map((c) => quoteIdent('sqlite', c)).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      db.transaction(() => {
        for (const r of rows) stmt.run(...r.map(bind));
      })();
    },
    async close() {
      db.close();
    },
  };
}

async function openPostgresSession(url: string, options: SessionOptions): Promise<SqlSession> {
  const { connectPostgres } = await import('../../sources/database/postgres-connection.js');
  const client = await connectPostgres(url, options.statementTimeoutMs, 'piguard redact', (oid) => PG_PARSED.has(oid));
  await client.query(`SET statement_timeout = ${Math.max(1, Math.floor(options.statementTimeoutMs))}`);
  if (options.readOnly) await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
  // PostgreSQL takes at most 65,535 parameters in one statement.
  const maxParams = 60_000;
  return {
    dialect: 'postgres',
    async query(sql, params = []) {
      return (await client.query(sql, params as unknown[])).rows as Record<string, unknown>[];
    },
    async insert(table, columns, rows) {
      const cols = columns.map((c) => quoteIdent('postgres', c)).join(', ');
      const per = Math.max(1, Math.floor(maxParams / Math.max(1, columns.length)));
      await client.query('BEGIN');
      try {
        for (let i = 0; i < rows.length; i += per) {
          const part = rows.slice(i, i + per);
          const values = part.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
          await client.query(`INSERT INTO ${table} (${cols}) VALUES ${values}`, part.flat());
        }
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    },
    async close() {
      await client.end().catch(() => undefined);
    },
  };
}

async function openMysqlSession(url: string, options: SessionOptions): Promise<SqlSession> {
  const { connectMysql } = await import('../../sources/database/mysql-connection.js');
  const conn = await connectMysql(url, options.statementTimeoutMs);
  if (options.readOnly) await conn.query('SET SESSION TRANSACTION READ ONLY');
  const maxParams = 60_000;
  return {
    dialect: 'mysql',
    async query(sql, params = []) {
      const [rows] = await conn.query(sql, params as unknown[]);
      return Array.isArray(rows) ? (rows as Record<string, unknown>[]) : [];
    },
    async insert(table, columns, rows) {
      const cols = columns.map((c) => quoteIdent('mysql', c)).join(', ');
      const row = `(${columns.map(() => '?').join(', ')})`;
      const per = Math.max(1, Math.floor(maxParams / Math.max(1, columns.length)));
      await conn.query('START TRANSACTION');
      try {
        for (let i = 0; i < rows.length; i += per) {
          const part = rows.slice(i, i + per);
          await conn.query(`INSERT INTO ${table} (${cols}) VALUES ${part.map(() => row).join(', ')}`, part.flat());
        }
        await conn.query('COMMIT');
      } catch (e) {
        await conn.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    },
    async close() {
      await conn.end().catch(() => undefined);
    },
  };
}
