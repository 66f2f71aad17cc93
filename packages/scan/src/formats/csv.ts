import type { Fragment } from '../fragment.js';
import { type CsvRow, CsvRowParser } from './csv/csv-row-parser.js';
import { looksLikeHeader, sniffDelimiter } from './csv/sniff-csv-dialect.js';
import { decodedText } from './decoded-text.js';
import type { FormatReader } from './format-reader.js';
import { isTrivialValue } from './trivial-value.js';

const SNIFF_CHARS = 64 * 1024;

/**
 * CSV and TSV: delimiter sniffed from the first lines, quoted fields with newlines, header detected. Each
 * non-empty cell is one fragment whose context is its column name; the cells of a row share one record.
 */
export const csv: FormatReader = {
  id: 'csv',
  matches: ({ name }) => /\.(csv|tsv|tab)$/i.test(name),
  async *read(input, ctx) {
    const fallback = /\.(tsv|tab)$/i.test(input.name) ? '\t' : ',';
    let parser: CsvRowParser | undefined;
    let pending = '';
    let header: string[] | undefined;
    let rowNumber = 0;
    const source = input.source;

    // Builds plain arrays and objects without spreads: at millions of cells per file this loop is the cost.
    const emit = (rows: CsvRow[]): Fragment[] => {
      const out: Fragment[] = [];
      for (const row of rows) {
        rowNumber++;
        if (rowNumber === 1 && looksLikeHeader(row.cells)) {
          header = row.cells.map((c) => c.trim());
          continue;
        }
        const record = `${source}#row${rowNumber}`;
        const { cells, starts } = row;
        for (let i = 0; i < cells.length; i++) {
          const text = cells[i] as string;
          if (isTrivialValue(text)) continue;
          const name = header === undefined ? undefined : header[i];
          const f: Fragment = {
            source,
            text,
            line: row.line,
            offset: starts[i] ?? 0,
            cell: { column: name || `column${i + 1}`, row: rowNumber },
            record,
          };
          if (name) f.context = name;
          out.push(f);
        }
      }
      return out;
    };

    for await (const piece of decodedText(input, ctx)) {
      if (!parser) {
        pending += piece;
        if (pending.length < SNIFF_CHARS) continue;
        parser = new CsvRowParser(sniffDelimiter(pending, fallback));
        for (const f of emit(parser.push(pending))) yield f;
        pending = '';
        continue;
      }
      for (const f of emit(parser.push(piece))) yield f;
    }
    if (!parser) {
      parser = new CsvRowParser(sniffDelimiter(pending, fallback));
      for (const f of emit(parser.push(pending))) yield f;
    }
    for (const f of emit(parser.end())) yield f;
    if (parser.runaway) {
      ctx.issue({
        source,
        code: 'E_CORRUPT',
        message: 'a field or line too long for a table (an unclosed quote?); cut into parts and read on',
        severity: 'note',
      });
    }
  },
};
