const CANDIDATES = [',', '\t', ';', '|'] as const;

/**
 * The delimiter of a CSV-like sample: the candidate that splits the most sample lines into the same
 * number (>1) of fields, quoted sections ignored. Falls back to `fallback` when none is consistent.
 */
export function sniffDelimiter(sample: string, fallback: string): string {
  const lines = sample
    .split(/\r?\n/, 21)
    .slice(0, 20)
    .filter((l) => l.length > 0);
  let best = fallback;
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, d);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [fields, lineCount] of counts) score = Math.max(score, lineCount * 1000 + fields);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) n++;
  }
  return n;
}

const HEADER_HINT = /[A-Za-z_]|[号名码址期别话机编证件龄籍业位职户账卡类型时间地区省市]/;
const DATA_HINT = /\d{3}|@/;

/**
 * Whether the first row is a header: every cell filled, unique, free of data-like content (digit runs,
 * e-mail signs) and at least one cell reading like a label (Latin letters or a CJK label character).
 */
export function looksLikeHeader(cells: readonly string[]): boolean {
  if (cells.length === 0) return false;
  const seen = new Set<string>();
  let hinted = false;
  for (const raw of cells) {
    const c = raw.trim();
    if (c.length === 0 || c.length > 64 || seen.has(c) || DATA_HINT.test(c)) return false;
    seen.add(c);
    if (HEADER_HINT.test(c)) hinted = true;
  }
  return hinted;
}
