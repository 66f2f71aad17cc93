/** A column as the catalogue describes it. */
export interface ColumnInfo {
  name: string;
  /** The declared type, lower-cased (`varchar(32)`, `bigint`, `text`). */
  type: string;
}

/** A table found in the database's catalogue. */
export interface TableInfo {
  /** Schema (PostgreSQL), database (MySQL) or `main` (SQLite). */
  schema: string;
  name: string;
  columns: ColumnInfo[];
  /** Primary-key columns in key order; empty when the table has none. */
  primaryKey: string[];
}

/** How rows are read: a sample of the first `limit` rows, or all of them. */
export interface RowQuery {
  limit?: number;
  signal?: AbortSignal;
}

/**
 * What piguard needs from a database, read-only: its tables, their row counts and their rows in key
 * order, in batches. Each driver runs its statements in read-only transactions with a statement timeout.
 */
export interface DatabaseDriver {
  tables(): Promise<TableInfo[]>;
  countRows(table: TableInfo): Promise<number>;
  rows(table: TableInfo, query: RowQuery): AsyncIterable<Record<string, unknown>>;
  close(): Promise<void>;
}

/** Options every driver honours. */
export interface DriverOptions {
  /** Longest a single statement may run (ms); lock waits are bounded the same way. */
  statementTimeoutMs: number;
  /** Rows fetched per round trip. */
  batchRows: number;
}
