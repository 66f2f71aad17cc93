import type { DatabaseDriver, DriverOptions, TableInfo } from './database-driver.js';
import { groupTables } from './group-tables.js';
import { connectPostgres } from './postgres-connection.js';

const quote = (id: string): string => `"${id.replace(/"/g, '""')}"`;

/**
 * Connects to PostgreSQL. Every read runs in a `READ ONLY` transaction with `statement_timeout` and
 * `lock_timeout` set locally, and rows come through a server-side cursor in batches, so a big table is
 * neither held in memory nor locked for long (only ACCESS SHARE, never blocking writers).
 */
export async function openPostgres(url: string, options: DriverOptions): Promise<DatabaseDriver> {
  // bigint and numeric come back as exact strings, never rounded through a double; dates as the server wrote them.
  const client = await connectPostgres(url, options.statementTimeoutMs, 'piguard', (oid) => oid !== 1082 && oid !== 1114 && oid !== 1184);
  const readOnly = async <T>(work: () => Promise<T>): Promise<T> => {
    await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const ms = Math.max(1, Math.floor(options.statementTimeoutMs));
      await client.query(`SET LOCAL statement_timeout = ${ms}`);
      await client.query(`SET LOCAL lock_timeout = ${ms}`);
      return await work();
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
    }
  };
  return {
    tables: () =>
      readOnly(async () => {
        const cols = await client.query<{ schema: string; name: string; column: string; type: string }>(
          `SELECT c.table_schema AS schema, c.table_name AS name, c.column_name AS column, c.data_type AS type
             FROM information_schema.columns c
             JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
              AND c.table_schema NOT LIKE 'pg_toast%'
            ORDER BY c.table_schema, c.table_name, c.ordinal_position`,
        );
        const pks = await client.query<{ schema: string; name: string; column: string }>(
          `SELECT k.table_schema AS schema, k.table_name AS name, k.column_name AS column
             FROM information_schema.table_constraints tc
             JOIN information_schema.key_column_usage k
               ON k.constraint_name = tc.constraint_name AND k.table_schema = tc.table_schema AND k.table_name = tc.table_name
            WHERE tc.constraint_type = 'PRIMARY KEY'
            ORDER BY k.table_schema, k.table_name, k.ordinal_position`,
        );
        return groupTables(cols.rows, pks.rows);
      }),
    countRows: (t: TableInfo) =>
      readOnly(async () => {
        const r = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quote(t.schema)}.${quote(t.name)}`);
        return Number(r.rows[0]?.n ?? 0);
      }),
    async *rows(t: TableInfo, query) {
      await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const ms = Math.max(1, Math.floor(options.statementTimeoutMs));
        await client.query(`SET LOCAL statement_timeout = ${ms}`);
        await client.query(`SET LOCAL lock_timeout = ${ms}`);
        const order = t.primaryKey.length > 0 ? ` ORDER BY ${t.primaryKey.map(quote).join(', ')}` : '';
        const limit = query.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(query.limit))}` : '';
        await client.query(`DECLARE piguard_rows NO SCROLL CURSOR FOR SELECT * FROM ${quote(t.schema)}.${quote(t.name)}${order}${limit}`);
        for (;;) {
          if (query.signal?.aborted) return;
          const batch = await client.query(`FETCH ${Math.max(1, options.batchRows)} FROM piguard_rows`);
          if (batch.rows.length === 0) return;
          yield* batch.rows as Record<string, unknown>[];
        }
      } finally {
        await client.query('ROLLBACK').catch(() => undefined);
      }
    },
    async close() {
      await client.end().catch(() => undefined);
    },
  };
}
