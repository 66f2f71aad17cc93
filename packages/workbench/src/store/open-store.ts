import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PiguardError } from '@piguard/core';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { WorkbenchDatabase } from './database-schema.js';
import { migrationProvider } from './migrations.js';

/** Where the store lives: a PostgreSQL URL, or else an SQLite file in the data directory (or `:memory:`). */
export interface StoreOptions {
  /** `postgres://…`; when set, SQLite is not used. */
  databaseUrl?: string;
  /** PostgreSQL schema to use (created if missing); tests use a unique one per run. */
  schema?: string;
  /** Folder for `workbench.db`; ignored with a database URL. */
  dataDir?: string;
  /** Open an in-memory SQLite database (tests). */
  memory?: boolean;
}

/** An open, migrated store. */
export interface Store {
  readonly db: Kysely<WorkbenchDatabase>;
  readonly dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens the store and brings its schema up to date; throws a PiguardError E_STORE_OPEN on failure. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { db, dialect } = createKysely(options);
  if (dialect === 'postgres' && options.schema) {
    try {
      await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(options.schema)}`.execute(db);
    } catch (error) {
      await db.destroy();
      throw new PiguardError('E_STORE_OPEN', `cannot reach the database: ${messageOf(error)}`, { cause: error });
    }
  }
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new PiguardError('E_STORE_OPEN', `store migration ${failed} failed: ${messageOf(error)}`, { cause: error });
  }
  return { db, dialect, close: () => db.destroy() };
}

function createKysely(options: StoreOptions): { db: Kysely<WorkbenchDatabase>; dialect: Store['dialect'] } {
  if (options.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(options.databaseUrl)) {
      throw new PiguardError('E_CONFIG_INVALID', 'PIGUARD_DATABASE_URL must be a postgres:// URL');
    }
    const schema = options.schema;
    if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
      throw new PiguardError('E_CONFIG_INVALID', `bad schema name ${JSON.stringify(schema)}`);
    }
    // Every pooled connection works inside the schema (created before the first query, in openStore).
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    return { db: new Kysely<WorkbenchDatabase>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
  }
  let file = ':memory:';
  if (!options.memory) {
    if (!options.dataDir) throw new PiguardError('E_CONFIG_INVALID', 'the store needs a data directory or a database URL');
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    file = join(options.dataDir, 'workbench.db');
  }
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { db: new Kysely<WorkbenchDatabase>({ dialect: new SqliteDialect({ database: sqlite }) }), dialect: 'sqlite' };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
