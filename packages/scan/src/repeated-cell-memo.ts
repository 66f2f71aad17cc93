/** Cells up to this length are remembered: names, codes, cities, statuses, short notes; long text rarely repeats. */
const MAX_CELL_CHARS = 64;

/**
 * What a table's repeated short cells (a status, a city, a name under one column) came to, so that a value
 * is worked on once, not on every row: each analysis has a fixed cost of tens of microseconds whatever the
 * cell. A text seen once maps to null and its value is kept only when it comes again, so columns of unique
 * values (ID numbers, phones) cost a map entry each, not their findings. Recently used entries stay: two
 * generations of at most `capacity / 2` entries each, the older dropped whole when the younger fills and an
 * entry found in the older moved to the younger. That bounds memory like a least-recently-used list at a
 * fifth of its cost on columns of unique values, where an exact list evicted one entry per cell (0.5 s per
 * 8 MB people CSV). Used by the scan's workers (findings) and by redaction (findings and output).
 */
export class RepeatedCellMemo<V> {
  private young = new Map<string, V | null>();
  private old = new Map<string, V | null>();
  private readonly capacity: number;
  private readonly generation: number;

  constructor(capacity = 8192) {
    this.capacity = capacity;
    this.generation = Math.max(1, Math.floor(capacity / 2));
  }

  /** How many cells are remembered, kept or only seen once. */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /** The key of a cell under a context (a column name or JSON key), or undefined when it is not worth remembering. */
  keyOf(text: string, context: string | undefined): string | undefined {
    return text.length > MAX_CELL_CHARS || this.capacity <= 0 ? undefined : `${context ?? ''}\u0000${text}`;
  }

  /** The value kept under `key`, if any; marks it recently used. */
  get(key: string): V | undefined {
    const known = this.lookUp(key);
    return known === undefined || known === null ? undefined : known;
  }

  /** Records that `key` was seen; returns true when it had been seen before and its value should be kept. */
  seen(key: string): boolean {
    if (this.lookUp(key) !== undefined) return true;
    this.put(key, null);
    return false;
  }

  /** Keeps `value` under `key` (after `seen` said the key came again). */
  keep(key: string, value: V): void {
    if (this.young.has(key)) this.young.set(key, value);
    else this.put(key, value);
  }

  // The entry under `key` (null: seen once), moved to the younger generation; undefined when unknown.
  private lookUp(key: string): V | null | undefined {
    const young = this.young.get(key);
    if (young !== undefined) return young;
    const old = this.old.get(key);
    if (old === undefined) return undefined;
    this.old.delete(key);
    this.put(key, old);
    return old;
  }

  private put(key: string, value: V | null): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}
