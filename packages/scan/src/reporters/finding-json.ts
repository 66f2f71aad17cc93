import type { ScanFinding } from '../scan/scan-finding.js';

/** A finding as JSON: the fields of DESIGN.md "Interfaces", in that order; `value` only when revealed. */
export interface FindingJson {
  piType: string;
  entity: string;
  class: string;
  score: number;
  state: string;
  masked: string;
  fingerprint?: string;
  source: string;
  start: number;
  end: number;
  line?: number;
  /** The line's column (1-based) for text, or the cell's column name for tables. */
  column?: number | string;
  table?: string;
  sheet?: string;
  row?: number | string;
  keyPath?: string;
  page?: number;
  value?: string;
}

/** The JSON shape of a finding; the raw value is included only with `reveal`. */
export function findingJson(f: ScanFinding, reveal: boolean): FindingJson {
  const out: FindingJson = {
    piType: f.piType,
    entity: f.entity,
    class: f.class,
    score: f.score,
    state: f.state,
    masked: f.masked,
    ...(f.fingerprint !== undefined ? { fingerprint: f.fingerprint } : {}),
    source: f.source,
    start: f.start,
    end: f.end,
  };
  if (f.cell) {
    const c = f.cell;
    if (c.table !== undefined) out.table = c.table;
    if (c.sheet !== undefined) out.sheet = c.sheet;
    if (c.column !== undefined) out.column = c.column;
    if (c.row !== undefined) out.row = c.row;
    if (c.keyPath !== undefined) out.keyPath = c.keyPath;
    if (c.page !== undefined) out.page = c.page;
  } else {
    if (f.line !== undefined) out.line = f.line;
    if (f.column !== undefined) out.column = f.column;
  }
  if (reveal) out.value = f.value;
  return out;
}

/** Where a finding is, for people: `file:line:col`, or `file` with the cell's coordinates. */
export function findingLocation(f: ScanFinding): string {
  if (f.cell) {
    const c = f.cell;
    const parts = [
      c.table ?? c.sheet,
      c.row !== undefined ? `row ${c.row}` : undefined,
      c.column !== undefined ? `column ${c.column}` : undefined,
      c.keyPath,
      c.page !== undefined ? `page ${c.page}` : undefined,
    ].filter((p) => p !== undefined);
    return parts.length > 0 ? `${f.source} (${parts.join(', ')})` : f.source;
  }
  return f.line !== undefined ? `${f.source}:${f.line}:${f.column ?? 1}` : f.source;
}
