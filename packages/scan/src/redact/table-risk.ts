import { type ColumnTypes, createRiskMeter, type RiskMeasure, suggestQuasiIdentifiers } from '@piguard/core';
import { CsvRowParser } from '../formats/csv/csv-row-parser.js';
import { sniffDelimiter } from '../formats/csv/sniff-csv-dialect.js';
import { scanError } from '../errors.js';
import { createRedactor, type RedactorOptions } from './redactor.js';
import { openTextInput } from './text-io.js';
import { databaseTableRecords, tableLabel } from './database/database-table-records.js';
import { isDatabaseUrl } from '../sources/database/database-url.js';

/** Options of `measureTableRisk`. */
export interface TableRiskOptions {
  /** Quasi-identifier columns; suggested from the detected types when absent. */
  quasi?: readonly string[];
  sensitive?: string;
  threshold?: number;
  /** Also measure the table as a policy would release it. */
  after?: RedactorOptions;
  /** Rows analysed to suggest quasi-identifiers (default 1000). */
  sampleRows?: number;
}

/** The risk of a table before (and after) a policy, with the quasi-identifiers used and whether they were suggested. */
export interface TableRisk {
  table: string;
  quasi: string[];
  suggested: boolean;
  before: RiskMeasure;
  after?: RiskMeasure;
}

async function* csvRecords(path: string): AsyncIterable<Record<string, string>> {
  const input = await openTextInput(path);
  let parser: CsvRowParser | undefined;
  let header: string[] | undefined;
  const toRecord = (cells: string[]): Record<string, string> => Object.fromEntries((header as string[]).map((h, i) => [h, cells[i] ?? '']));
  for await (const chunk of input.chunks) {
    parser ??= new CsvRowParser(sniffDelimiter(chunk.slice(0, 64 * 1024), /\.tsv$/i.test(path) ? '\t' : ','));
    for (const row of parser.push(chunk)) {
      if (!header) header = row.cells.map((c) => c.trim());
      else yield toRecord(row.cells);
    }
  }
  for (const row of parser?.end() ?? []) {
    if (!header) header = row.cells.map((c) => c.trim());
    else yield toRecord(row.cells);
  }
}

async function* jsonlRecords(path: string): AsyncIterable<Record<string, string>> {
  const input = await openTextInput(path);
  let buffer = '';
  const parse = (line: string): Record<string, string> | undefined => {
    if (line.trim() === '') return undefined;
    const o = JSON.parse(line) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  };
  for await (const chunk of input.chunks) {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const l of lines) {
      const r = parse(l);
      if (r) yield r;
    }
  }
  const r = parse(buffer);
  if (r) yield r;
}

/** The records of a CSV/TSV (first row = header) or JSON Lines file, or of a database table, as column → text. */
export function tableRecords(path: string): AsyncIterable<Record<string, string>> {
  if (isDatabaseUrl(path)) return databaseTableRecords(path);
  if (/\.(jsonl|ndjson)$/i.test(path)) return jsonlRecords(path);
  if (/\.(csv|tsv|tab)$/i.test(path)) return csvRecords(path);
  throw scanError('E_CONFIG_INVALID', `risk reads tables: csv, tsv or jsonl files, or a database table (got ${path})`);
}

async function suggest(path: string, sampleRows: number, analyzer: RedactorOptions['analyzer']): Promise<string[]> {
  const redactor = createRedactor({
    policy: { version: 1, rules: [], default: { kind: 'keep' } },
    verify: false,
    ...(analyzer ? { analyzer } : {}),
  });
  const columns = new Map<string, Map<string, number>>();
  let n = 0;
  for await (const record of tableRecords(path)) {
    for (const [column, value] of Object.entries(record)) {
      const types = columns.get(column) ?? new Map<string, number>();
      columns.set(column, types);
      for (const f of redactor.find(value, column)) types.set(f.piType, (types.get(f.piType) ?? 0) + 1);
    }
    if (++n >= sampleRows) break;
  }
  const cols: ColumnTypes[] = [...columns].map(([column, types]) => ({ column, types }));
  return suggestQuasiIdentifiers(cols);
}

/** k-anonymity, l-diversity and uniqueness of a table file, before and (with `after`) after a policy. */
export async function measureTableRisk(path: string, options: TableRiskOptions): Promise<TableRisk> {
  const suggested = options.quasi === undefined || options.quasi.length === 0;
  const quasi = suggested ? await suggest(path, options.sampleRows ?? 1000, options.after?.analyzer) : [...(options.quasi ?? [])];
  if (quasi.length === 0) throw scanError('E_CONFIG_INVALID', 'no quasi-identifiers given and none detected: name them with --quasi');
  const meterOptions = {
    quasi,
    ...(options.sensitive !== undefined ? { sensitive: options.sensitive } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  };
  const before = createRiskMeter(meterOptions);
  const after = options.after ? createRiskMeter(meterOptions) : undefined;
  const redactor = options.after ? createRedactor({ ...options.after, verify: false }) : undefined;
  let checkedColumns = false;
  for await (const record of tableRecords(path)) {
    if (!checkedColumns) {
      const missing = [...quasi, ...(options.sensitive !== undefined ? [options.sensitive] : [])].filter((c) => !(c in record));
      if (missing.length > 0)
        throw scanError('E_CONFIG_INVALID', `no such column: ${missing.join(', ')} (columns: ${Object.keys(record).join(', ')})`);
      checkedColumns = true;
    }
    before.add(record);
    if (after && redactor) {
      const released: Record<string, string> = {};
      // Only the columns measured need redacting; the sensitive column stays as released by the same policy.
      for (const c of meterOptions.sensitive !== undefined ? [...quasi, meterOptions.sensitive] : quasi)
        released[c] = redactor.redact(record[c] ?? '', c);
      after.add(released);
    }
  }
  return { table: tableLabel(path), quasi, suggested, before: before.result(), ...(after ? { after: after.result() } : {}) };
}
