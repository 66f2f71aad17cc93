/** The rows of one table as they were read, serialised for evidence (a capture of a database sample). */
export interface TableSample {
  /** `<masked database URL>#<schema.table>`: the same string the table's findings carry as their source. */
  source: string;
  /** `schema.table` (SQLite: the table name). */
  table: string;
  /** How the rows were read (statement shape, order, limit), for the evidence log. */
  method: string;
  /** JSON Lines: a header `{"table","columns"}`, then one JSON array of cell values per row, in column order. */
  bytes: Uint8Array;
  rows: number;
  /** The serialisation reached its size limit: later rows were read and scanned but not kept. */
  truncated: boolean;
}

/** Where table samples go (the evidence store); awaited before the next table is read. */
export type TableSampleSink = (sample: TableSample) => void | Promise<void>;

/** Bytes of serialised rows kept per table at most (a full scan of a large table must not fill memory). */
export const MAX_SAMPLE_BYTES = 64 * 1024 * 1024;

/**
 * A cell as JSON, losslessly and alike on every run: text as read (not trimmed), integers beyond 2^53 and
 * bigints as strings, dates as full ISO timestamps, binary as `{"base64": …}`.
 */
function cellJson(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'bigint') return v >= Number.MIN_SAFE_INTEGER && v <= Number.MAX_SAFE_INTEGER ? Number(v) : v.toString();
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString();
  if (v instanceof Uint8Array) return { base64: Buffer.from(v).toString('base64') };
  return v;
}

/** Collects a table's rows into the bytes of its sample, up to `maxBytes`. */
export class TableSampleWriter {
  private readonly parts: Buffer[] = [];
  private size = 0;
  private readonly columns: readonly string[];
  private readonly maxBytes: number;
  rows = 0;
  truncated = false;

  constructor(table: string, columns: readonly string[], maxBytes = MAX_SAMPLE_BYTES) {
    this.columns = columns;
    this.maxBytes = maxBytes;
    this.push(`${JSON.stringify({ table, columns })}\n`);
  }

  add(row: Record<string, unknown>): void {
    if (this.truncated) return;
    const line = `${JSON.stringify(this.columns.map((c) => cellJson(row[c])))}\n`;
    if (this.size + Buffer.byteLength(line) > this.maxBytes) {
      this.truncated = true;
      return;
    }
    this.push(line);
    this.rows++;
  }

  bytes(): Uint8Array {
    return Buffer.concat(this.parts);
  }

  private push(text: string): void {
    const b = Buffer.from(text, 'utf8');
    this.parts.push(b);
    this.size += b.length;
  }
}
