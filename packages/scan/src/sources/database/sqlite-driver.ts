import Database from 'better-sqlite3';
import type { DatabaseDriver, DriverOptions, TableInfo } from './database-driver.js';

const quote = (id: string): string => `"${id.replace(/"/g, '""')}"`;

/** Opens a SQLite file read-only (the file must exist; nothing is created or written, no journal is taken). */
export function openSqlite(path: string, options: DriverOptions): DatabaseDriver {
  const db = new Database(path, { readonly: true, fileMustExist: true, timeout: options.statementTimeoutMs });
  db.pragma('query_only = ON');
  return {
    async tables() {
      const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
        name: string;
      }[];
      return names.map(({ name }) => {
        const cols = db.prepare(`PRAGMA table_info(${quote(name)})`).all() as { name: string; type: string; pk: number }[];
        return {
          schema: 'main',
          name,
          columns: cols.map((c) => ({ name: c.name, type: c.type.toLowerCase() })),
          primaryKey: cols
            .filter((c) => c.pk > 0)
            .sort((a, b) => a.pk - b.pk)
            .map((c) => c.name),
        };
      });
    },
    async countRows(t: TableInfo) {
      return (db.prepare(`SELECT count(*) AS n FROM ${quote(t.name)}`).get() as { n: number }).n;
    },
    async *rows(t: TableInfo, query) {
      const order = t.primaryKey.length > 0 ? ` ORDER BY ${t.primaryKey.map(quote).join(', ')}` : '';
      const limit = query.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(query.limit))}` : '';
      const stmt = db.prepare(`SELECT * FROM ${quote(t.name)}${order}${limit}`).safeIntegers(true);
      // better-sqlite3 is synchronous: yield to the event loop between batches so the scan stays responsive.
      let n = 0;
      for (const row of stmt.iterate() as IterableIterator<Record<string, unknown>>) {
        if (query.signal?.aborted) return;
        yield row;
        if (++n % options.batchRows === 0) await new Promise((r) => setImmediate(r));
      }
    },
    async close() {
      db.close();
    },
  };
}
