/** A table's re-identification risk on a set of quasi-identifiers (pi-taxonomy: de-identified vs anonymous). */
export interface RiskMeasure {
  records: number;
  quasi: readonly string[];
  /** k-anonymity: the size of the smallest group of records that agree on every quasi-identifier (0 for no records). */
  k: number;
  /** How many distinct groups (equivalence classes) there are. */
  classes: number;
  /** Records alone in their group, and their share of all records (0…1). */
  unique: number;
  uniqueShare: number;
  /** Records in groups smaller than `threshold`. */
  belowThreshold: number;
  threshold: number;
  /** l-diversity of the sensitive column: the fewest distinct sensitive values in any group. */
  l?: number;
  sensitive?: string;
}

/** Options of `measureRisk`. */
export interface RiskOptions {
  quasi: readonly string[];
  sensitive?: string;
  /** The k a release aims for; groups below it are counted. Default 5. */
  threshold?: number;
}

// A group key that cannot be forged by a value containing the separator.
const groupKey = (values: readonly string[]): string => JSON.stringify(values);

/** Groups records by their quasi-identifiers and streams: feed rows with `add`, read the figures with `result`. */
export function createRiskMeter(options: RiskOptions): {
  add(row: Readonly<Record<string, string | undefined>>): void;
  result(): RiskMeasure;
} {
  const groups = new Map<string, { size: number; sensitive?: Set<string> }>();
  let records = 0;
  const threshold = options.threshold ?? 5;
  return {
    add(row) {
      records++;
      const key = groupKey(options.quasi.map((q) => (row[q] ?? '').trim()));
      let g = groups.get(key);
      if (!g) {
        g = options.sensitive !== undefined ? { size: 0, sensitive: new Set() } : { size: 0 };
        groups.set(key, g);
      }
      g.size++;
      if (g.sensitive && options.sensitive !== undefined) g.sensitive.add((row[options.sensitive] ?? '').trim());
    },
    result() {
      let k = records === 0 ? 0 : Number.POSITIVE_INFINITY;
      let l = Number.POSITIVE_INFINITY;
      let unique = 0;
      let below = 0;
      for (const g of groups.values()) {
        k = Math.min(k, g.size);
        if (g.size === 1) unique++;
        if (g.size < threshold) below += g.size;
        if (g.sensitive) l = Math.min(l, g.sensitive.size);
      }
      return {
        records,
        quasi: [...options.quasi],
        k,
        classes: groups.size,
        unique,
        uniqueShare: records === 0 ? 0 : unique / records,
        belowThreshold: below,
        threshold,
        ...(options.sensitive !== undefined ? { sensitive: options.sensitive, l: groups.size === 0 ? 0 : l } : {}),
      };
    },
  };
}

/** The risk of a table held in memory. */
export function measureRisk(rows: Iterable<Readonly<Record<string, string | undefined>>>, options: RiskOptions): RiskMeasure {
  const meter = createRiskMeter(options);
  for (const row of rows) meter.add(row);
  return meter.result();
}
