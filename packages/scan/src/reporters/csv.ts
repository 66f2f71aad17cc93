import { findingJson } from './finding-json.js';
import type { ReporterFactory } from './reporter.js';

const COLUMNS = [
  'source',
  'line',
  'column',
  'table',
  'sheet',
  'row',
  'keyPath',
  'page',
  'start',
  'end',
  'piType',
  'entity',
  'class',
  'score',
  'state',
  'masked',
  'fingerprint',
] as const;

/**
 * A CSV field (RFC 4180). A text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe: reports are opened in spreadsheets, and scanned files are untrusted input.
 */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV: a header, then one row per finding; `value` is the last column, present only with reveal. */
export const csv: ReporterFactory = (out, options = {}) => {
  const reveal = options.reveal === true;
  out.write(`${[...COLUMNS, ...(reveal ? ['value'] : [])].join(',')}\r\n`);
  return {
    finding(f) {
      const j = findingJson(f, reveal) as unknown as Record<string, unknown>;
      const cells = COLUMNS.map((c) => csvField(j[c]));
      if (reveal) cells.push(csvField(j.value));
      out.write(`${cells.join(',')}\r\n`);
    },
    issue() {},
    end() {},
  };
};
