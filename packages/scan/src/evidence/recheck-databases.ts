import { createScan } from '../scan/create-scan.js';
import type { ScanOptions } from '../scan/scan-options.js';
import type { ScanIssue } from '../scan-issue.js';
import { isDatabaseUrl, parseDatabaseUrl, withoutMaskedPassword } from '../sources/database/database-url.js';
import type { EvidenceRecorder } from './evidence-recorder.js';
import type { EvidenceStore } from './evidence-store.js';

/** Why a database table could not be re-read, per `<database>#<table>` source. */
export type TableIssues = Map<string, Pick<ScanIssue, 'code' | 'message'>>;

/** Whether an evidence source is a database table (`<masked database URL>#<schema.table>`). */
export const isTableSource = (source: string): boolean => isDatabaseUrl(source) && source.includes('#');

const splitSource = (source: string): [string, string] => {
  const at = source.lastIndexOf('#');
  return [source.slice(0, at), source.slice(at + 1)];
};

/**
 * The URL to connect with for a database whose masked form the evidence holds: one of `urls` (given with
 * their credentials) that masks to it, else the masked form without its `:***` (the driver's own password
 * sources then apply, such as PGPASSWORD), else none (a password-like query parameter was masked).
 */
function connectUrl(display: string, urls: readonly string[]): string | undefined {
  const given = urls.find((u) => isDatabaseUrl(u) && parseDatabaseUrl(u).display === display);
  return given ?? withoutMaskedPassword(display);
}

/** The sample a table was read with last time (`LIMIT n` or every row), so that the same sample is re-read. */
function sampleOf(store: EvidenceStore, source: string): { sampleSize?: number; fullScan?: boolean } {
  let method: string | undefined;
  for (const e of store.entries()) if (e.type === 'capture' && e.source === source) method = e.method;
  const limit = method ? /LIMIT (\d+)/.exec(method)?.[1] : undefined;
  if (limit) return { sampleSize: Number(limit) };
  return method?.includes('every row') ? { fullScan: true } : {};
}

/**
 * Re-reads the tables that had findings, database by database, with the same sample as before: the new
 * samples and findings go to the recorder under the sources the evidence already names. A table that is
 * no longer there is reported E_NOT_FOUND; a database that cannot be opened makes all its tables' issue.
 */
export async function recheckDatabases(
  sources: readonly string[],
  store: EvidenceStore,
  recorder: EvidenceRecorder,
  scanOptions: ScanOptions,
  urls: readonly string[],
): Promise<TableIssues> {
  const issues: TableIssues = new Map();
  const byDatabase = new Map<string, string[]>();
  for (const s of sources) {
    const [db, table] = splitSource(s);
    byDatabase.set(db, [...(byDatabase.get(db) ?? []), table]);
  }
  for (const [display, tables] of byDatabase) {
    const url = connectUrl(display, urls);
    if (!url) {
      for (const t of tables)
        issues.set(`${display}#${t}`, { code: 'E_PERMISSION', message: 'credentials needed: give the database URL again' });
      continue;
    }
    const used = parseDatabaseUrl(url).display;
    // Sources as the evidence names them, whatever form of the URL was used to connect.
    const named = (source: string): string => (source.startsWith(used) ? display + source.slice(used.length) : source);
    const read = new Set<string>();
    for (const table of tables) {
      const sample = sampleOf(store, `${display}#${table}`);
      const scan = createScan({
        workers: 0,
        ...scanOptions,
        database: {
          ...scanOptions.database,
          ...sample,
          tables: (q) => q === table,
          capture: async (t) => {
            read.add(t.table);
            await store.captureTable({ ...t, source: named(t.source) });
          },
        },
      });
      await scan.run([url], {
        finding: (f) => recorder.finding({ ...f, source: named(f.source) }),
        issue: (i) => {
          if (i.severity !== 'error') return;
          // A database that cannot be opened: every table of it is unreachable for that reason.
          const source = named(i.source) === display ? `${display}#${table}` : named(i.source);
          if (!issues.has(source)) issues.set(source, { code: i.code, message: i.message });
        },
      });
      if (!read.has(table) && !issues.has(`${display}#${table}`))
        issues.set(`${display}#${table}`, { code: 'E_NOT_FOUND', message: 'the table is no longer in the database' });
    }
  }
  return issues;
}
