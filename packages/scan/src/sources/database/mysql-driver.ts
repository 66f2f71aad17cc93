import type { DatabaseDriver, DriverOptions, TableInfo } from './database-driver.js';
import { groupTables } from './group-tables.js';
import { connectMysql } from './mysql-connection.js';

const quote = (id: string): string => `\`${id.replace(/`/g, '``')}\``;
const SYSTEM_SCHEMAS = "('mysql', 'information_schema', 'performance_schema', 'sys')";

interface StreamingConnection {
  query(sql: string): { stream(options?: { highWaterMark?: number }): AsyncIterable<Record<string, unknown>> };
}

/**
 * Connects to MySQL or MariaDB. Reads run in `START TRANSACTION READ ONLY` with the statement time limit
 * of either server (`max_execution_time` in ms on MySQL, `max_statement_time` in s on MariaDB) and a short
 * lock wait; rows stream from the server, values as exact strings (big numbers, dates).
 */
export async function openMysql(url: string, options: DriverOptions): Promise<DatabaseDriver> {
  const conn = await connectMysql(url, options.statementTimeoutMs);
  const readOnly = async <T>(work: () => Promise<T>): Promise<T> => {
    await conn.query('START TRANSACTION READ ONLY');
    try {
      return await work();
    } finally {
      await conn.query('ROLLBACK').catch(() => undefined);
    }
  };
  const [[dbRow]] = (await conn.query('SELECT DATABASE() AS db')) as unknown as [{ db: string | null }[]];
  const where = dbRow?.db ? 'c.table_schema = DATABASE()' : `c.table_schema NOT IN ${SYSTEM_SCHEMAS}`;
  return {
    tables: () =>
      readOnly(async () => {
        const [cols] = (await conn.query(
          `SELECT c.table_schema AS \`schema\`, c.table_name AS name, c.column_name AS \`column\`, c.column_type AS type, c.column_key AS k
             FROM information_schema.columns c
             JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE t.table_type = 'BASE TABLE' AND ${where}
            ORDER BY c.table_schema, c.table_name, c.ordinal_position`,
        )) as unknown as [{ schema: string; name: string; column: string; type: string; k: string }[]];
        return groupTables(
          cols,
          cols.filter((c) => c.k === 'PRI'),
        );
      }),
    countRows: (t: TableInfo) =>
      readOnly(async () => {
        const [rows] = (await conn.query(`SELECT COUNT(*) AS n FROM ${quote(t.schema)}.${quote(t.name)}`)) as unknown as [
          { n: string | number }[],
        ];
        return Number(rows[0]?.n ?? 0);
      }),
    async *rows(t: TableInfo, query) {
      const order = t.primaryKey.length > 0 ? ` ORDER BY ${t.primaryKey.map(quote).join(', ')}` : '';
      const limit = query.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(query.limit))}` : '';
      await conn.query('START TRANSACTION READ ONLY');
      try {
        const core = (conn as unknown as { connection: StreamingConnection }).connection;
        const stream = core
          .query(`SELECT * FROM ${quote(t.schema)}.${quote(t.name)}${order}${limit}`)
          .stream({ highWaterMark: options.batchRows });
        for await (const row of stream) {
          if (query.signal?.aborted) break;
          yield row;
        }
      } finally {
        await conn.query('ROLLBACK').catch(() => undefined);
      }
    },
    async close() {
      await conn.end().catch(() => undefined);
    },
  };
}
