import type { SqlDialect } from './sql-session.js';

/** What a column holds, as far as SQLite, PostgreSQL and MySQL/MariaDB can all say it. */
export type PortableKind =
  | 'integer'
  | 'decimal'
  | 'float'
  | 'boolean'
  | 'date'
  | 'timestamp'
  | 'timestamptz'
  | 'time'
  | 'blob'
  | 'json'
  | 'uuid'
  | 'text'
  /** SQLite's column without a declared type: any value. */
  | 'any';

/** A column type carried between databases. */
export interface PortableType {
  kind: PortableKind;
  precision?: number;
  scale?: number;
}

/** The portable form of a declared type (`varchar(32)`, `bigint unsigned`, `numeric(10,2)`, `tinyint(1)`). */
export function portableType(declared: string, dialect: SqlDialect): PortableType {
  const t = declared.trim().toLowerCase();
  if (t === '') return { kind: dialect === 'sqlite' ? 'any' : 'text' };
  if (/^bool(ean)?$/.test(t) || /^tinyint\(1\)/.test(t)) return { kind: 'boolean' };
  // Names that merely contain "int" (interval, point, PostGIS types) are kept as text.
  if (/^interval|point|geometry|geography/.test(t)) return { kind: 'text' };
  // An unsigned 64-bit value does not fit a signed bigint.
  if (/^bigint\b.*unsigned/.test(t)) return { kind: 'decimal', precision: 20, scale: 0 };
  if (/int|serial|^year/.test(t)) return { kind: 'integer' };
  const dec = /^(numeric|decimal)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?/.exec(t);
  if (dec) {
    return dec[2] === undefined
      ? { kind: 'decimal' }
      : { kind: 'decimal', precision: Number(dec[2]), scale: dec[3] === undefined ? 0 : Number(dec[3]) };
  }
  if (/float|double|real/.test(t)) return { kind: 'float' };
  if (t === 'date') return { kind: 'date' };
  if (/^timestamp.*with time zone|^timestamptz/.test(t)) return { kind: 'timestamptz' };
  if (/^(timestamp|datetime)/.test(t)) return { kind: 'timestamp' };
  if (/^time\b/.test(t)) return { kind: 'time' };
  if (/bytea|blob|binary/.test(t)) return { kind: 'blob' };
  if (/^jsonb?$/.test(t)) return { kind: 'json' };
  if (t === 'uuid') return { kind: 'uuid' };
  return { kind: 'text' };
}

/** The kind a target dialect stores a portable type as: MySQL has no time-zoned timestamp, so it keeps the text. */
export function storedKind(type: PortableType, dialect: SqlDialect): PortableKind {
  if (type.kind === 'timestamptz' && dialect !== 'postgres') return 'text';
  return type.kind;
}

/** The column type to declare in a target dialect; `key` marks a primary-key column (MySQL cannot index LONGTEXT). */
export function declaredType(type: PortableType, dialect: SqlDialect, key: boolean): string {
  const kind = storedKind(type, dialect);
  const decimal = type.precision !== undefined ? `(${type.precision},${type.scale ?? 0})` : '';
  const table: Record<PortableKind, Record<SqlDialect, string>> = {
    integer: { sqlite: 'INTEGER', postgres: 'bigint', mysql: 'BIGINT' },
    decimal: { sqlite: 'NUMERIC', postgres: `numeric${decimal}`, mysql: `DECIMAL${decimal || '(65,30)'}` },
    float: { sqlite: 'REAL', postgres: 'double precision', mysql: 'DOUBLE' },
    boolean: { sqlite: 'BOOLEAN', postgres: 'boolean', mysql: 'BOOLEAN' },
    date: { sqlite: 'DATE', postgres: 'date', mysql: 'DATE' },
    timestamp: { sqlite: 'DATETIME', postgres: 'timestamp', mysql: 'DATETIME(6)' },
    timestamptz: { sqlite: 'TEXT', postgres: 'timestamptz', mysql: 'TEXT' },
    time: { sqlite: 'TEXT', postgres: 'time', mysql: 'TIME(6)' },
    blob: { sqlite: 'BLOB', postgres: 'bytea', mysql: key ? 'VARBINARY(255)' : 'LONGBLOB' },
    json: { sqlite: 'TEXT', postgres: 'json', mysql: 'JSON' },
    uuid: { sqlite: 'TEXT', postgres: 'uuid', mysql: 'CHAR(36)' },
    text: { sqlite: 'TEXT', postgres: 'text', mysql: key ? 'VARCHAR(255)' : 'LONGTEXT' },
    any: { sqlite: '', postgres: 'text', mysql: key ? 'VARCHAR(255)' : 'LONGTEXT' },
  };
  return table[kind][dialect];
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INT64_MAX = 9223372036854775807n;

function isInteger(v: unknown): boolean {
  if (typeof v === 'number') return Number.isSafeInteger(v);
  if (typeof v === 'bigint') return v <= INT64_MAX && v >= -INT64_MAX - 1n;
  if (typeof v !== 'string' || !/^-?\d{1,19}$/.test(v)) return false;
  const n = BigInt(v);
  return n <= INT64_MAX && n >= -INT64_MAX - 1n;
}

function isDecimal(v: unknown, type: PortableType): boolean {
  if (typeof v === 'bigint') return true;
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : typeof v === 'string' ? v : '';
  const m = /^-?(\d*)(?:\.(\d+))?$/.exec(s);
  if (!m || s === '' || s === '-') return false;
  if (type.precision === undefined) return true;
  return (m[1] ?? '').replace(/^0+/, '').length <= type.precision - (type.scale ?? 0);
}

function isJson(v: unknown): boolean {
  if (typeof v === 'object') return true;
  if (typeof v !== 'string') return false;
  try {
    JSON.parse(v);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a value can be stored in a column of this kind: a redacted birth date `1990年` no longer fits a `date`
 * column, a masked mobile `138****5678` no longer fits a `bigint`. Null fits every kind.
 */
export function fitsKind(kind: PortableKind, type: PortableType, v: unknown): boolean {
  if (v === null || v === undefined) return true;
  switch (kind) {
    case 'integer':
      return isInteger(v);
    case 'decimal':
      return isDecimal(v, type);
    case 'float':
      return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v));
    case 'boolean':
      return (
        typeof v === 'boolean' || v === 0 || v === 1 || v === 0n || v === 1n || (typeof v === 'string' && /^(t|f|true|false|0|1)$/i.test(v))
      );
    case 'date':
      return typeof v === 'string' && DATE.test(v);
    case 'timestamp':
      return (
        typeof v === 'string' &&
        DATE.test(v.slice(0, 10)) &&
        (v.length === 10 || ((v[10] === ' ' || v[10] === 'T') && CLOCK.test(v.slice(11))))
      );
    case 'timestamptz': {
      if (typeof v !== 'string') return false;
      const m = /^(.*?)(Z|[+-]\d{2}(:?\d{2})?)?$/.exec(v);
      return fitsKind('timestamp', type, m?.[1] ?? '');
    }
    case 'time':
      return typeof v === 'string' && CLOCK.test(v);
    case 'blob':
      return v instanceof Uint8Array;
    case 'json':
      return isJson(v);
    case 'uuid':
      return typeof v === 'string' && UUID.test(v);
    default:
      return true;
  }
}

/** A value as the target dialect's client takes it for a column of this kind. */
export function toTarget(kind: PortableKind, v: unknown, dialect: SqlDialect): unknown {
  if (v === null || v === undefined) return null;
  if (kind === 'boolean') {
    const truth = v === true || v === 1 || v === 1n || (typeof v === 'string' && /^(t|true|1)$/i.test(v));
    return dialect === 'postgres' ? truth : truth ? 1 : 0;
  }
  if (kind === 'blob') return v;
  if (v instanceof Uint8Array) return `\\x${Buffer.from(v).toString('hex')}`;
  if (typeof v === 'bigint') return dialect === 'sqlite' ? v : v.toString();
  if (typeof v === 'object') return JSON.stringify(v);
  if (typeof v === 'boolean') return dialect === 'postgres' && kind !== 'integer' ? String(v) : v ? 1 : 0;
  return v;
}
