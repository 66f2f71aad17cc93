/** True positives, false positives and false negatives of one type. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts per type key (a taxonomy piType, or an entity where the taxonomy has no entry, such as USCC). */
export type TypeCounts = Map<string, Counts>;

/** Adds `n` to one field of one type's counts, creating the entry on first use. */
export function addCount(counts: TypeCounts, type: string, field: keyof Counts, n = 1): void {
  let c = counts.get(type);
  if (!c) {
    c = { tp: 0, fp: 0, fn: 0 };
    counts.set(type, c);
  }
  c[field] += n;
}

/** Sums several count tables into a new one. */
export function mergeCounts(tables: readonly TypeCounts[]): TypeCounts {
  const out: TypeCounts = new Map();
  for (const t of tables) {
    for (const [type, c] of t) {
      addCount(out, type, 'tp', c.tp);
      addCount(out, type, 'fp', c.fp);
      addCount(out, type, 'fn', c.fn);
    }
  }
  return out;
}

/** Precision, recall and F1; an empty denominator gives NaN, shown as "—", never as a perfect score. */
export function metricsOf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? Number.NaN : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? Number.NaN : c.tp / (c.tp + c.fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : c.tp + c.fp + c.fn === 0 ? Number.NaN : 0;
  return { precision, recall, f1 };
}
