import { randomBytes } from 'node:crypto';
import {
  type Analyzer,
  createAnalyzer,
  createHmacFingerprinter,
  createPeopleCounter,
  type Finding,
  type Fingerprinter,
} from '@piguard/core';
import { type ColumnClassification, ColumnTally, valueText } from '../../columns/classify-column.js';
import { isTrivialValue } from '../../formats/trivial-value.js';
import type { Fragment } from '../../fragment.js';
import type { ScanIssueCode } from '../../scan-issue.js';
import type { Source, SourceSink } from '../source.js';
import type { DatabaseDriver, DriverOptions, TableInfo } from './database-driver.js';
import { type DatabaseTarget, maskDatabaseUrl, parseDatabaseUrl } from './database-url.js';
import { openDriver } from './open-driver.js';
import { type TableSampleSink, TableSampleWriter } from './table-sample.js';

/** Options of a database scan. */
export interface DatabaseSourceOptions {
  /** Rows read per table when not scanning in full (default 1000). */
  sampleSize?: number;
  /** Read every row of every table (default false: a sample). */
  fullScan?: boolean;
  /** Only tables whose `schema.table` or `table` passes this test. */
  tables?: (qualifiedName: string) => boolean;
  /** Statement and lock-wait time limit in ms (default 30 s). */
  statementTimeoutMs?: number;
  /** Rows fetched per round trip (default 500). */
  batchRows?: number;
  /** The analyzer used to classify columns in `profile` (default: the built-in one). */
  analyzer?: Analyzer;
  /** Keyed fingerprints for counting people in `profile` (default: a key made for this run). */
  fingerprint?: Fingerprinter;
  /** Evidence: each table's rows as read, serialised, handed over when the table is done (before the next). */
  capture?: TableSampleSink;
}

/** One table's profile: its size and the classification of each column, as discovery tools report it. */
export interface TableProfile {
  /** `schema.table` (SQLite: the table name). */
  table: string;
  rows: number | undefined;
  sampledRows: number;
  primaryKey: string[];
  columns: ColumnClassification[];
  /** Distinct people in the rows read (each row one record), with those holding sensitive PI and minors. */
  people: { distinct: number; sensitive: number; minors: number };
}

/** A database as a scan source: its tables' rows as fragments, and its columns' classification. */
export interface DatabaseSource extends Source {
  /** Classifies every column of every table from its name and a sample of values; values never leave. */
  profile(sink: SourceSink, signal?: AbortSignal): Promise<TableProfile[]>;
}

const DEFAULTS = { sampleSize: 1000, statementTimeoutMs: 30_000, batchRows: 500 };

/**
 * A database named by a URL (`sqlite:///data/app.db`, `postgres://…`, `mysql://…`). Rows are read in
 * key order in read-only transactions; each non-empty cell is a fragment located as `table`/`column`/
 * `row` (the primary key, else the row number) with the column name as context, and each row is one
 * record. The password never appears: sources and messages carry the masked URL.
 */
export function databaseSource(url: string, options: DatabaseSourceOptions = {}): DatabaseSource {
  const target = parseDatabaseUrl(url);
  const opts = { ...DEFAULTS, ...options };
  const driverOptions: DriverOptions = { statementTimeoutMs: opts.statementTimeoutMs, batchRows: opts.batchRows };
  const display = target.display;

  const connect = async (sink: SourceSink): Promise<DatabaseDriver | undefined> => {
    try {
      return await openDriver(target, driverOptions);
    } catch (e) {
      sink.issue({
        source: display,
        code: connectCode(e),
        message: `cannot open the database: ${safeMessage(e, target)}`,
        severity: 'error',
      });
      return undefined;
    }
  };
  const listTables = async (driver: DatabaseDriver, sink: SourceSink): Promise<TableInfo[]> => {
    try {
      const all = await driver.tables();
      return all.filter((t) => !opts.tables || opts.tables(qualified(target, t)) || opts.tables(t.name));
    } catch (e) {
      sink.issue({ source: display, code: queryCode(e), message: `cannot list tables: ${safeMessage(e, target)}`, severity: 'error' });
      return [];
    }
  };
  const limit = (): number | undefined => (opts.fullScan ? undefined : opts.sampleSize);

  return {
    id: display,
    async *fragments(sink, signal) {
      const driver = await connect(sink);
      if (!driver) return;
      try {
        const tables = await listTables(driver, sink);
        // Tables are the "files" of a database scan: progress counts them against this plan.
        sink.planned?.(tables.length, 0);
        for (const table of tables) {
          if (signal?.aborted) return;
          const name = qualified(target, table);
          const source = `${display}#${name}`;
          sink.opened?.(source);
          const sample = opts.capture
            ? new TableSampleWriter(
                name,
                table.columns.map((c) => c.name),
              )
            : undefined;
          let n = 0;
          try {
            for await (const row of driver.rows(table, {
              ...(limit() !== undefined ? { limit: limit() } : {}),
              ...(signal ? { signal } : {}),
            })) {
              n++;
              sample?.add(row);
              yield* rowFragments(row, table, name, source, n);
            }
          } catch (e) {
            sink.issue({
              source,
              code: queryCode(e),
              message: `reading stopped after ${n} rows: ${safeMessage(e, target)}`,
              severity: 'error',
            });
          }
          // Stored before the scan ends, so that the table's findings can be tied to the sample they came from.
          if (sample && opts.capture)
            await opts.capture({
              source,
              table: name,
              method: readMethod(table, limit()),
              bytes: sample.bytes(),
              rows: sample.rows,
              truncated: sample.truncated,
            });
        }
      } finally {
        await driver.close();
      }
    },
    async profile(sink, signal) {
      const driver = await connect(sink);
      if (!driver) return [];
      const analyzer = opts.analyzer ?? createAnalyzer();
      // Counting only needs fingerprints that agree within this run; a fresh key links nothing across runs.
      const fingerprint = opts.fingerprint ?? createHmacFingerprinter(randomBytes(32));
      const profiles: TableProfile[] = [];
      try {
        for (const table of await listTables(driver, sink)) {
          if (signal?.aborted) break;
          const name = qualified(target, table);
          let rows: number | undefined;
          try {
            rows = await driver.countRows(table);
          } catch (e) {
            sink.issue({
              source: `${display}#${name}`,
              code: queryCode(e),
              message: `cannot count rows: ${safeMessage(e, target)}`,
              severity: 'note',
            });
          }
          const tallies = table.columns.map((c) => new ColumnTally(c.name));
          const counter = createPeopleCounter({ fingerprint });
          let sampled = 0;
          try {
            for await (const row of driver.rows(table, {
              ...(limit() !== undefined ? { limit: limit() } : {}),
              ...(signal ? { signal } : {}),
            })) {
              sampled++;
              counter.addRecord({ source: `${display}#${name}`, findings: rowFindings(row, table, tallies, analyzer) });
            }
          } catch (e) {
            sink.issue({
              source: `${display}#${name}`,
              code: queryCode(e),
              message: `sampling stopped after ${sampled} rows: ${safeMessage(e, target)}`,
              severity: 'error',
            });
          }
          const columns = tallies.map((t) => t.result());
          const people = counter.summary().people;
          profiles.push({ table: name, rows, sampledRows: sampled, primaryKey: table.primaryKey, columns, people });
        }
      } finally {
        await driver.close();
      }
      return profiles;
    },
  };
}

/** Analyses a row's cells (tallying each column) and returns its findings as one record, offsets cell after cell. */
function rowFindings(row: Record<string, unknown>, table: TableInfo, tallies: ColumnTally[], analyzer: Analyzer): Finding[] {
  const findings: Finding[] = [];
  let offset = 0;
  table.columns.forEach((column, i) => {
    const text = valueText(row[column.name]);
    const found = text.length > 0 ? analyzer.analyze(text, { context: column.name }) : [];
    tallies[i]?.add(text, found);
    for (const f of found) findings.push({ ...f, start: f.start + offset, end: f.end + offset });
    offset += text.length + 1;
  });
  return findings;
}

function* rowFragments(row: Record<string, unknown>, table: TableInfo, name: string, source: string, n: number): Iterable<Fragment> {
  const key = table.primaryKey.length > 0 ? table.primaryKey.map((k) => valueText(row[k])).join(',') : n;
  const record = `${source}#${key}`;
  for (const column of table.columns) {
    const text = valueText(row[column.name]);
    if (isTrivialValue(text)) continue;
    yield { source, text, cell: { table: name, column: column.name, row: key }, context: column.name, record };
  }
}

/** How a table's rows were read, as the evidence log states it. */
function readMethod(table: TableInfo, limit: number | undefined): string {
  const order = table.primaryKey.length > 0 ? ` ORDER BY ${table.primaryKey.join(', ')}` : ' (no primary key: server order)';
  return `SELECT * (read-only transaction)${order}${limit !== undefined ? ` LIMIT ${limit}` : ', every row'}`;
}

function qualified(target: DatabaseTarget, t: TableInfo): string {
  return target.kind === 'sqlite' ? t.name : `${t.schema}.${t.name}`;
}

/** A driver error's message with the URL's password masked wherever the driver echoed it. */
function safeMessage(e: unknown, target: DatabaseTarget): string {
  let msg = e instanceof Error ? e.message : String(e);
  msg = msg.split(target.url).join(target.display);
  const password = /^[a-z]+:\/\/[^/:@]*:([^@/]*)@/i.exec(target.url)?.[1];
  if (password) {
    msg = msg.split(password).join('***');
    try {
      msg = msg.split(decodeURIComponent(password)).join('***');
    } catch {
      // A password with a stray % is masked in its raw form above.
    }
  }
  return maskDatabaseUrl(msg);
}

function connectCode(e: unknown): ScanIssueCode {
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_CANTOPEN' || /does not exist|no such file/i.test(String((e as Error).message))) return 'E_NOT_FOUND';
  if (/28P01|28000|ER_ACCESS_DENIED|auth/i.test(code)) return 'E_PERMISSION';
  return 'E_CONNECTION';
}

function queryCode(e: unknown): ScanIssueCode {
  const code = (e as { code?: string }).code ?? '';
  const msg = String((e as Error).message ?? '');
  if (code === '57014' || code === '55P03' || /timeout|max_statement_time|max_execution_time|interrupted/i.test(msg)) return 'E_TIMEOUT';
  if (code === '42501' || /denied/i.test(msg)) return 'E_PERMISSION';
  return 'E_SOURCE_UNREADABLE';
}
