/** A database target of `piguard scan`. */
export interface DatabaseTarget {
  kind: 'sqlite' | 'postgres' | 'mysql';
  /** The URL as given, for the driver only: it may hold a password. */
  url: string;
  /** The URL with its password masked: the only form that reaches locators, messages and logs. */
  display: string;
  /** SQLite: the file path. */
  path?: string;
}

const SCHEMES: Record<string, DatabaseTarget['kind']> = {
  'sqlite:': 'sqlite',
  'postgres:': 'postgres',
  'postgresql:': 'postgres',
  'mysql:': 'mysql',
  'mariadb:': 'mysql',
};

/** Whether a target string names a database (`sqlite:`, `postgres://`, `postgresql://`, `mysql://`, `mariadb://`). */
export function isDatabaseUrl(target: string): boolean {
  return /^(sqlite|postgres|postgresql|mysql|mariadb):/i.test(target);
}

/**
 * Parses a database URL. `sqlite:///abs/path.db`, `sqlite:relative.db` and `sqlite://./x.db` name files;
 * server URLs keep their form for the driver and get a masked `display`.
 */
export function parseDatabaseUrl(target: string): DatabaseTarget {
  const scheme = /^[a-z]+:/i.exec(target)?.[0].toLowerCase() ?? '';
  const kind = SCHEMES[scheme];
  if (!kind) throw new Error(`not a database URL: ${maskDatabaseUrl(target)}`);
  if (kind === 'sqlite') {
    let path = decodeURIComponent(target.slice(scheme.length).replace(/[?#].*$/, ''));
    if (path.startsWith('//')) path = path.slice(2);
    return { kind, url: target, display: `sqlite:${path.startsWith('/') ? '//' : ''}${path}`, path };
  }
  return { kind, url: target, display: maskDatabaseUrl(target) };
}

/** Masks the password of a URL (`postgres://app:***@db/x`) and password-like query parameters. */
export function maskDatabaseUrl(url: string): string {
  return url
    .replace(/^([a-z][a-z0-9+.-]*:\/\/[^/:@?#]*):[^@/?#]*@/i, '$1:***@')
    .replace(/([?&](?:password|passwd|pwd|secret|token|sslkey|sslpassword)=)[^&#]*/gi, '$1***');
}

/**
 * A masked URL made usable again without its password (`postgres://app:***@db/x` → `postgres://app@db/x`), so that
 * the driver's own password sources (PGPASSWORD, ~/.pgpass) apply; undefined when a masked query parameter
 * would be needed. For re-reading a database whose evidence or record keeps only the masked URL.
 */
export function withoutMaskedPassword(masked: string): string | undefined {
  if (/[?&][a-z]+=\*\*\*/i.test(masked)) return undefined;
  return masked.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/:@?#]*):\*\*\*@/i, '$1@');
}
