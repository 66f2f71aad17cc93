import { type DatabaseTarget, parseDatabaseUrl } from '../../sources/database/database-url.js';

/** A database URL with piguard's own query parameters taken out: which tables, which schema. */
export interface DatabaseRef {
  target: DatabaseTarget;
  /** The URL for the driver, without `table` and `schema`. */
  url: string;
  /** `?table=people` or `?table=crm.people,crm.orders` (repeatable): only these tables. */
  tables: string[];
  /** `?schema=name`: the schema (PostgreSQL) or database (MySQL) to read from or write into. */
  schema?: string;
}

const OWN = new Set(['table', 'tables', 'schema']);

/**
 * Parses `sqlite:in.db?table=people`, `postgres://…/test?schema=crm&table=people`, `mysql://…/test?table=people`.
 * The driver never sees `table` or `schema` (PostgreSQL would take unknown parameters as server settings).
 */
export function parseDatabaseRef(raw: string): DatabaseRef {
  const q = raw.indexOf('?');
  const base = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const tables = [...params.getAll('table'), ...params.getAll('tables')]
    .flatMap((t) => t.split(','))
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  const schema = params.get('schema')?.trim() || undefined;
  for (const k of OWN) params.delete(k);
  const rest = params.toString();
  // MySQL's schema is a database: the connection goes to it, so that DATABASE() and the catalogue name it.
  const path =
    schema && /^(mysql|mariadb):\/\//i.test(base)
      ? base.replace(/^([a-z]+:\/\/[^/?#]*)(\/[^?#]*)?/i, `$1/${encodeURIComponent(schema)}`)
      : base;
  const url = rest.length > 0 ? `${path}?${rest}` : path;
  const parsed = parseDatabaseUrl(url);
  return { target: parsed, url, tables, ...(schema ? { schema } : {}) };
}

/** The database a server URL names (MySQL: the schema tables go into), or undefined when it names none. */
export function databaseName(ref: DatabaseRef): string | undefined {
  if (ref.target.kind === 'sqlite') return undefined;
  try {
    const name = decodeURIComponent(new URL(ref.url.replace(/^[a-z]+:/i, 'http:')).pathname.slice(1));
    return name.length > 0 ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The server and database a URL names (`postgres|127.0.0.1:5432|test`), to tell a copy into its own source. */
export function serverIdentity(ref: DatabaseRef): string {
  if (ref.target.kind === 'sqlite') return `sqlite|${ref.target.path ?? ''}`;
  try {
    const u = new URL(ref.url.replace(/^(postgresql|mariadb):/i, (s) => (s.toLowerCase() === 'mariadb:' ? 'mysql:' : 'postgres:')));
    const host = ['localhost', '127.0.0.1', '[::1]', '::1', ''].includes(u.hostname) ? 'localhost' : u.hostname.toLowerCase();
    const port = u.port || (ref.target.kind === 'postgres' ? '5432' : '3306');
    return `${ref.target.kind}|${host}:${port}|${decodeURIComponent(u.pathname.slice(1))}`;
  } catch {
    return `${ref.target.kind}|${ref.url}`;
  }
}
