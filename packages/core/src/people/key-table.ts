const EMPTY = -1;
// Linear probing stays short up to three-quarters full with a mixed hash; more would cost probes, less memory.
const LOAD = 0.75;

/**
 * An open-addressing hash table from 64-bit keys (two 32-bit halves) to dense indices 0, 1, 2…, in typed
 * arrays: about 24 bytes per key at the worst load, against ~100 for a Map of strings.
 */
export class KeyTable {
  private hi: Int32Array;
  private lo: Int32Array;
  private slot: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    const n = 1 << Math.ceil(Math.log2(Math.max(16, capacity / LOAD)));
    this.hi = new Int32Array(n);
    this.lo = new Int32Array(n);
    this.slot = new Int32Array(n).fill(EMPTY);
  }

  /** Keys held. */
  get size(): number {
    return this.count;
  }

  /** Bytes held by the table's arrays. */
  get bytes(): number {
    return this.slot.length * 12;
  }

  /** The index of a key, or -1. */
  get(hi: number, lo: number): number {
    const mask = this.slot.length - 1;
    for (let i = mix(hi, lo) & mask; ; i = (i + 1) & mask) {
      const s = this.slot[i] as number;
      if (s === EMPTY) return EMPTY;
      if (this.hi[i] === (hi | 0) && this.lo[i] === (lo | 0)) return s;
    }
  }

  /** The index of a key, inserting it with `next` (the caller's next dense index) when absent. */
  getOrInsert(hi: number, lo: number, next: number): number {
    if (this.count + 1 > this.slot.length * LOAD) this.grow();
    const mask = this.slot.length - 1;
    for (let i = mix(hi, lo) & mask; ; i = (i + 1) & mask) {
      const s = this.slot[i] as number;
      if (s === EMPTY) {
        this.hi[i] = hi;
        this.lo[i] = lo;
        this.slot[i] = next;
        this.count++;
        return next;
      }
      if (this.hi[i] === (hi | 0) && this.lo[i] === (lo | 0)) return s;
    }
  }

  private grow(): void {
    const { hi, lo, slot } = this;
    const n = slot.length * 2;
    this.hi = new Int32Array(n);
    this.lo = new Int32Array(n);
    this.slot = new Int32Array(n).fill(EMPTY);
    this.count = 0;
    for (let i = 0; i < slot.length; i++) if (slot[i] !== EMPTY) this.getOrInsert(hi[i] as number, lo[i] as number, slot[i] as number);
  }
}

function mix(hi: number, lo: number): number {
  let h = Math.imul(hi ^ 0x9e3779b9, 0x85ebca6b) ^ lo;
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * Two 32-bit hashes of a string (MurmurHash3-style finalisers on two lanes), giving the 64-bit key under which
 * a fingerprint is stored. Fingerprints are already keyed and uniform; this only packs them.
 */
export function key64(s: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 | 0, h2 | 0];
}
