import { scanError } from '../../errors.js';
import { isDatabaseUrl } from '../../sources/database/database-url.js';
import { openDriver } from '../../sources/database/open-driver.js';
import { parseDatabaseRef } from './database-ref.js';
import { openSqlSession } from './sql-session.js';
import { tablePages } from './table-pages.js';

const TIMEOUT_MS = 60_000;
const PAGE_ROWS = 1000;

function text(v: unknown): string {
  if (v === null || v === undefined || v instanceof Uint8Array) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * The rows of one database table (`postgres://…/test?table=people`, `sqlite:crm.db?table=people`; a database with a
 * single table needs no `?table=`) as column → text, read-only, in keyset pages: memory stays flat for any size.
 */
export async function* databaseTableRecords(url: string): AsyncIterable<Record<string, string>> {
  const ref = parseDatabaseRef(url);
  if (ref.tables.length > 1) throw scanError('E_CONFIG_INVALID', 'risk measures one table: name it with ?table=');
  const driver = await openDriver(ref.target, { statementTimeoutMs: TIMEOUT_MS, batchRows: 1 });
  const all = await driver.tables().finally(() => driver.close());
  const wanted = ref.tables[0];
  const matches = all.filter((t) =>
    wanted === undefined
      ? ref.schema === undefined || ref.target.kind !== 'postgres' || t.schema === ref.schema
      : t.name === wanted || `${t.schema}.${t.name}` === wanted,
  );
  if (matches.length !== 1) {
    throw scanError(
      'E_CONFIG_INVALID',
      wanted === undefined
        ? `${ref.target.display} has ${matches.length} tables: name one with ?table=`
        : `${matches.length === 0 ? 'no such table' : 'more than one table named'} ${wanted} in ${ref.target.display}`,
    );
  }
  const table = matches[0] as (typeof matches)[number];
  const session = await openSqlSession(ref.target, ref.url, { readOnly: true, statementTimeoutMs: TIMEOUT_MS });
  try {
    for await (const page of tablePages(session, table, PAGE_ROWS)) {
      for (const row of page) yield Object.fromEntries(table.columns.map((c) => [c.name, text(row[c.name])]));
    }
  } finally {
    await session.close();
  }
}

/** How a table is named in a report: the database URL with its password masked, `#` the table as given. */
export function tableLabel(target: string): string {
  if (!isDatabaseUrl(target)) return target;
  const ref = parseDatabaseRef(target);
  return ref.tables[0] === undefined ? ref.target.display : `${ref.target.display}#${ref.tables[0]}`;
}
