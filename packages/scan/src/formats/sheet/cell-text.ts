/** The text of a spreadsheet cell value as exceljs gives it (string, number, date, rich text, formula, link). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    // Long IDs typed as numbers: print every digit, never 1.10105e+17.
    return Number.isInteger(value) ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 }) : String(value);
  }
  if (typeof value === 'boolean') return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: string }[]; text?: unknown; result?: unknown; hyperlink?: string; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if (v.result !== undefined) return cellText(v.result);
    if (typeof v.text === 'string')
      return v.hyperlink && /^(mailto|tel):/i.test(v.hyperlink) ? `${v.text} ${v.hyperlink.replace(/^\w+:/, '')}` : v.text;
    if (v.text !== undefined) return cellText(v.text);
  }
  return '';
}

/** The spreadsheet letter of a 1-based column number (1 → A, 28 → AB). */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
