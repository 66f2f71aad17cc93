/** One parsed row: its cells, where each cell's text starts in the decoded source, and its first line. */
export interface CsvRow {
  cells: string[];
  starts: number[];
  line: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A row with more cells than this (a giant line) is handed out in parts. */
const MAX_ROW_CELLS = 100_000;

// Parser states (numbers, not an enum: erasable syntax only).
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;

/**
 * An incremental RFC 4180 parser: text goes in piece by piece, complete rows come out. Quoted fields may
 * hold delimiters, doubled quotes and newlines. A field longer than `maxFieldChars` (an unclosed quote,
 * a 2 GB line) is cut there and a row of more than 100k cells handed out in parts, so memory stays
 * bounded; `runaway` tells the reader.
 */
export class CsvRowParser {
  private readonly delim: number;
  private readonly maxFieldChars: number;
  private state = FIELD_START;
  private field = '';
  private fieldStart = 0;
  private cells: string[] = [];
  private starts: number[] = [];
  private offset = 0;
  private line = 1;
  private rowLine = 1;
  runaway = false;

  constructor(delimiter: string, maxFieldChars = 1 << 20) {
    this.delim = delimiter.charCodeAt(0);
    this.maxFieldChars = maxFieldChars;
  }

  /** Parses the next piece of text; returns the rows it completed. */
  push(text: string): CsvRow[] {
    const rows: CsvRow[] = [];
    const n = text.length;
    let run = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case QUOTED:
          if (c === QUOTE) {
            this.field += text.slice(run, i);
            this.state = QUOTE_IN_QUOTED;
          } else if (c === LF) {
            this.line++;
          }
          continue;
        case QUOTE_IN_QUOTED:
          if (c === QUOTE) {
            this.field += '"';
            this.state = QUOTED;
            run = i + 1;
            continue;
          }
          this.state = UNQUOTED;
          run = i;
          break;
        case FIELD_START:
          this.fieldStart = this.offset + i;
          if (c === QUOTE) {
            this.state = QUOTED;
            this.fieldStart++;
            run = i + 1;
            continue;
          }
          this.state = UNQUOTED;
          run = i;
          break;
        case UNQUOTED:
          break;
      }
      if (c === this.delim) {
        this.endField(this.field + text.slice(run, i));
      } else if (c === LF) {
        let value = this.field + text.slice(run, i);
        if (value.charCodeAt(value.length - 1) === CR) value = value.slice(0, -1);
        this.endField(value);
        this.line++;
        const row = this.endRow();
        if (row) rows.push(row);
      }
    }
    if (this.state === QUOTED || this.state === UNQUOTED) {
      this.field += text.slice(run, n);
      if (this.field.length > this.maxFieldChars) {
        // An unclosed quote or a giant line: cut the field here so memory stays bounded.
        this.runaway = true;
        this.cells.push(this.field);
        this.starts.push(this.fieldStart);
        this.field = '';
        this.fieldStart = this.offset + n;
        this.state = UNQUOTED;
      }
    }
    if (this.cells.length >= MAX_ROW_CELLS) {
      this.runaway = true;
      const row = this.endRow();
      if (row) rows.push(row);
    }
    this.offset += n;
    return rows;
  }

  /** Completes the last row at the end of the input. */
  end(): CsvRow[] {
    if (this.state === FIELD_START && this.cells.length === 0) return [];
    if (this.state === FIELD_START) this.fieldStart = this.offset;
    let value = this.field;
    if (value.charCodeAt(value.length - 1) === CR) value = value.slice(0, -1);
    this.endField(value);
    const row = this.endRow();
    return row ? [row] : [];
  }

  private endField(value: string): void {
    this.cells.push(value);
    this.starts.push(this.fieldStart);
    this.field = '';
    this.state = FIELD_START;
  }

  private endRow(): CsvRow | undefined {
    const { cells, starts } = this;
    const line = this.rowLine;
    this.cells = [];
    this.starts = [];
    this.rowLine = this.line;
    if (cells.length === 1 && cells[0] === '') return undefined;
    return { cells, starts, line };
  }
}
