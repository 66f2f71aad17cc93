import { type CsvRow, CsvRowParser } from '../formats/csv/csv-row-parser.js';
import { looksLikeHeader, sniffDelimiter } from '../formats/csv/sniff-csv-dialect.js';
import type { Redactor } from './redactor.js';

/** How a CSV is written back: its delimiter and line end, as read. */
export interface CsvDialect {
  delimiter: string;
  newline: '\n' | '\r\n';
}

// Without a header no cell has a column name to go by.
const NO_HEADER: readonly string[] = [];

/** A cell written back, quoted only when it must be (RFC 4180). */
export function csvCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r') || /^\s|\s$/.test(value)
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

/**
 * Redacts a CSV or TSV row by row: the header is kept and names each column for the analyzer, every cell of a
 * data row is analysed with its column name as context, and the row's strongest identifier keys the date shift.
 */
export async function* redactCsvStream(
  chunks: AsyncIterable<string>,
  redactor: Redactor,
  fallbackDelimiter: string,
): AsyncIterable<string> {
  let parser: CsvRowParser | undefined;
  let dialect: CsvDialect | undefined;
  let header: string[] | undefined;
  let first = true;
  const row = (r: CsvRow): string => {
    const d = dialect as CsvDialect;
    if (first) {
      first = false;
      if (looksLikeHeader(r.cells)) {
        header = r.cells;
        return r.cells.map((c) => csvCell(c, d.delimiter)).join(d.delimiter) + d.newline;
      }
    }
    const cells = redactor.redactRecord(r.cells, header ?? NO_HEADER);
    return cells.map((c) => csvCell(c, d.delimiter)).join(d.delimiter) + d.newline;
  };
  for await (const chunk of chunks) {
    if (!parser) {
      const delimiter = sniffDelimiter(chunk.slice(0, 64 * 1024), fallbackDelimiter);
      const lf = chunk.indexOf('\n');
      dialect = { delimiter, newline: lf > 0 && chunk[lf - 1] === '\r' ? '\r\n' : '\n' };
      parser = new CsvRowParser(delimiter);
    }
    let out = '';
    for (const r of parser.push(chunk)) out += row(r);
    if (out) yield out;
  }
  if (parser) {
    let out = '';
    for (const r of parser.end()) out += row(r);
    if (out) yield out;
  }
}
