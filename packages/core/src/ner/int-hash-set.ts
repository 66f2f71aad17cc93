/**
 * A set of non-zero 32-bit keys in one open-addressing table: lookups by integer key without the boxed
 * numbers a `Set<number>` needs for keys above 2^30 (every pair of CJK code units is such a key).
 */
export interface IntHashSet {
  has(key: number): boolean;
}

/** Builds the table once from its keys (0 is reserved for empty slots and is mapped to 1). */
export function buildIntHashSet(keys: Iterable<number>): IntHashSet {
  const list = [...keys].map((k) => k >>> 0 || 1);
  let size = 16;
  while (size < list.length * 2) size <<= 1;
  const mask = size - 1;
  const table = new Uint32Array(size);
  const slot = (k: number): number => Math.imul(k, 0x9e3779b1) >>> 0;
  for (const k of list) {
    let i = slot(k) & mask;
    while (table[i] !== 0 && table[i] !== k) i = (i + 1) & mask;
    table[i] = k;
  }
  return {
    has(key: number): boolean {
      const k = key >>> 0 || 1;
      let i = slot(k) & mask;
      for (;;) {
        const v = table[i]!;
        if (v === k) return true;
        if (v === 0) return false;
        i = (i + 1) & mask;
      }
    },
  };
}

/** Key of a pair of UTF-16 code units. */
export const pairKey = (a: number, b: number): number => ((a << 16) | b) >>> 0;

/** A 32-bit key of a run of code units (collisions are rare and only add a feature). */
export function runKey(text: string, start: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}
