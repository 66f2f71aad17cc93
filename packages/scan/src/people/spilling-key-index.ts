import { type KeyIndex, KeyTable } from '@piguard/core';
import type { Statement } from 'better-sqlite3';
import type { SpillFile } from './spill-file.js';

// 2^26 bits (8 MB, fixed): at 1.5M spilled keys about 2 % of new keys still query the file, at 10M about
// 14 %; the answers are the same either way, only the speed changes.
const FILTER_BITS = 1 << 26;

// The keys are already uniform (hashes of keyed fingerprints): their low bits index the filter.
const filterBit = (hi: number, lo: number): number => ((lo ^ Math.imul(hi, 0x9e3779b1)) >>> 0) & (FILTER_BITS - 1);

/**
 * A key index that holds its first `bound` keys in memory (core's KeyTable) and the rest in a table of the
 * spill file. Memory fills first and never takes a key after that, so a key absent from memory while it has
 * room was never spilled: a lookup goes to disk only once memory is full. Same answers as one KeyTable.
 */
export class SpillingKeyIndex implements KeyIndex {
  private readonly memory: KeyTable;
  private spilled = 0;
  /** One bit per hash of a spilled key: most keys looked up past the bound are new, and a clear bit says so without a query. */
  private filter: Uint32Array | undefined;
  private select: Statement<[number, number], { idx: number }> | undefined;
  private insert: Statement<[number, number, number]> | undefined;

  private readonly file: SpillFile;
  private readonly name: string;
  private readonly bound: number;

  constructor(file: SpillFile, name: string, bound: number) {
    this.file = file;
    this.name = name;
    this.bound = bound;
    this.memory = new KeyTable(Math.min(bound, 1024));
  }

  get size(): number {
    return this.memory.size + this.spilled;
  }

  getOrInsert(hi: number, lo: number, next: number): number {
    // Nothing has spilled while memory has room: one probe answers (a lookup, then an insert, probed twice).
    if (this.memory.size < this.bound) return this.memory.getOrInsert(hi, lo, next);
    const held = this.memory.get(hi, lo);
    if (held !== -1) return held;
    if (!this.select || !this.insert) {
      const db = this.file.open(
        `CREATE TABLE ${this.name} (hi INTEGER NOT NULL, lo INTEGER NOT NULL, idx INTEGER NOT NULL, PRIMARY KEY (hi, lo)) WITHOUT ROWID`,
      );
      this.select = db.prepare(`SELECT idx FROM ${this.name} WHERE hi = ? AND lo = ?`);
      this.insert = db.prepare(`INSERT INTO ${this.name} (hi, lo, idx) VALUES (?, ?, ?)`);
    }
    this.filter ??= new Uint32Array(FILTER_BITS >>> 5);
    const bit = filterBit(hi, lo);
    const word = this.filter[bit >>> 5] as number;
    if (word & (1 << (bit & 31))) {
      const row = this.select.get(hi | 0, lo | 0);
      if (row) return row.idx;
    } else this.filter[bit >>> 5] = word | (1 << (bit & 31));
    this.insert.run(hi | 0, lo | 0, next);
    this.file.wrote();
    this.spilled++;
    return next;
  }
}
