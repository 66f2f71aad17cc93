/** Cells up to this length are remembered: names, codes, cities, statuses, short notes; long text rarely repeats. */
const MAX_CELL_CHARS = 64;

/**
 * What a table's repeated short cells (a status, a city, a name under one column) came to, so that a value
 * is worked on once, not on every row: each analysis has a fixed cost of tens of microseconds whatever the
 * cell. A text seen once maps to null and its value is kept only when it comes again, so columns of unique
 * values (ID numbers, phones) cost a map entry each, not their findings. Least recently used entries go
 * first; `capacity` bounds memory. Used by the scan's workers (findings) and by redaction (findings and output).
 */
export class RepeatedCellMemo<V> {
  private readonly entries = new Map<string, V | null>();
  private readonly capacity: number;

  constructor(capacity = 8192) {
    this.capacity = capacity;
  }

  /** How many cells are remembered, kept or only seen once. */
  get size(): number {
    return this.entries.size;
  }

  /** The key of a cell under a context (a column name or JSON key), or undefined when it is not worth remembering. */
  keyOf(text: string, context: string | undefined): string | undefined {
    return text.length > MAX_CELL_CHARS || this.capacity <= 0 ? undefined : `${context ?? ''}\u0000${text}`;
  }

  /** The value kept under `key`, if any; marks it most recently used. */
  get(key: string): V | undefined {
    const known = this.entries.get(key);
    if (known === undefined || known === null) return undefined;
    this.entries.delete(key);
    this.entries.set(key, known);
    return known;
  }

  /** Records that `key` was seen; returns true when it had been seen before and its value should be kept. */
  seen(key: string): boolean {
    const before = this.entries.has(key);
    if (before) this.entries.delete(key);
    this.entries.set(key, null);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return before;
  }

  /** Keeps `value` under `key` (after `seen` said the key came again). */
  keep(key: string, value: V): void {
    this.entries.set(key, value);
  }
}
