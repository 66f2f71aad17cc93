import type { TableInfo } from '../../sources/database/database-driver.js';
import { placeholder, quoteIdent, type SqlDialect, type SqlSession } from './sql-session.js';

/** The column a page query adds when a table has no primary key and its rows are paged by their physical key. */
export const ROW_KEY = '__piguard_row_key';

/** A table's name as a dialect writes it: `"crm"."people"`, `` `test`.`people` ``, SQLite `"people"`. */
export function qualifiedName(dialect: SqlDialect, schema: string, name: string): string {
  return dialect === 'sqlite' ? quoteIdent(dialect, name) : `${quoteIdent(dialect, schema)}.${quoteIdent(dialect, name)}`;
}

/**
 * A table's rows in pages of `size`, each page its own short statement, so memory and locks stay bounded for any
 * table size. Keyset paging on the primary key (`WHERE (a > ?) OR (a = ? AND b > ?) … ORDER BY a, b LIMIT n`);
 * without one, SQLite pages on `rowid`, PostgreSQL on `ctid`, and MySQL by `LIMIT n OFFSET m` (InnoDB returns a
 * table without a key in its hidden row order; a table written to during the copy may then repeat or skip rows).
 */
export async function* tablePages(session: SqlSession, table: TableInfo, size: number): AsyncIterable<Record<string, unknown>[]> {
  const d = session.dialect;
  const from = qualifiedName(d, table.schema, table.name);
  const columns = table.columns.map((c) => quoteIdent(d, c.name)).join(', ');
  const keyed = table.primaryKey.length > 0;
  const physical = d === 'sqlite' ? 'rowid' : d === 'postgres' ? 'ctid' : undefined;
  const keys = keyed ? table.primaryKey : physical ? [ROW_KEY] : [];
  const select = keyed || !physical ? columns : `${columns}, ${d === 'postgres' ? 'ctid::text' : 'rowid'} AS ${quoteIdent(d, ROW_KEY)}`;
  const keyExpr = (k: string): string => (keyed ? quoteIdent(d, k) : (physical as string));
  const cast = !keyed && d === 'postgres' ? '::tid' : '';
  let last: unknown[] | undefined;
  let offset = 0;
  for (;;) {
    let where = '';
    const params: unknown[] = [];
    if (last && keys.length > 0) {
      const ors = keys.map((_, i) => {
        const parts = keys.slice(0, i).map((k, j) => {
          params.push(last?.[j]);
          return `${keyExpr(k)} = ${placeholder(d, params.length - 1)}${cast}`;
        });
        params.push(last?.[i]);
        parts.push(`${keyExpr(keys[i] as string)} > ${placeholder(d, params.length - 1)}${cast}`);
        return `(${parts.join(' AND ')})`;
      });
      where = ` WHERE ${ors.join(' OR ')}`;
    }
    const order = keys.length > 0 ? ` ORDER BY ${keys.map(keyExpr).join(', ')}` : '';
    const tail = keys.length > 0 ? ` LIMIT ${size}` : ` LIMIT ${size} OFFSET ${offset}`;
    const rows = await session.query(`SELECT ${select} FROM ${from}${where}${order}${tail}`, params);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < size) return;
    const end = rows[rows.length - 1] as Record<string, unknown>;
    last = keys.map((k) => end[k]);
    offset += rows.length;
  }
}
