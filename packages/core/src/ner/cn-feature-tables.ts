import { featureBucket } from './feature-hash.js';

// The Chinese name features whose inputs have small domains (lexicon class bits < 64, character shapes < 8,
// word and cover flags < 5) get their hash buckets from tables computed once per table size: a table read
// instead of a multiply-xorshift chain, for 9 of the 26 features of every character. Same buckets exactly.

/** Bucket tables of the small-domain templates of `cnCharFeatures`, for one table size. */
export interface CnFeatureTables {
  /** Template 1, the bias feature. */
  readonly bias: number;
  /** Template 13: class of the character. */
  readonly cls: Int32Array;
  /** Template 14: previous class × class (index km1 * 64 + k0). */
  readonly prevCls: Int32Array;
  /** Template 15: class × next class (index k0 * 64 + kp1). */
  readonly nextCls: Int32Array;
  /** Template 18: shapes of the previous, this and the next character (index (s-1 * 8 + s0) * 8 + s+1). */
  readonly shapes: Int32Array;
  /** Template 19: common-word flags around the character × its class (index (wl * 2 + wr) * 64 + k0). */
  readonly wordCls: Int32Array;
  /** Template 20: the outer and inner common-word flags (index outer * 4 + inner). */
  readonly words: Int32Array;
  /** Template 25: known-name cover of this, the previous and the next character (index (c0 * 5 + cm1) * 5 + cp1). */
  readonly cover: Int32Array;
  /** Template 26: known-name cover × class (index cover * 64 + k0). */
  readonly coverCls: Int32Array;
}

const CLASSES = 64;
const byBits = new Map<number, CnFeatureTables>();

function table(size: number, bucket: (i: number) => number): Int32Array {
  const t = new Int32Array(size);
  for (let i = 0; i < size; i++) t[i] = bucket(i);
  return t;
}

/** The tables for `bits`-bit buckets, built on first use (about 9,000 hashes) and then shared. */
export function cnFeatureTables(bits: number): CnFeatureTables {
  const known = byBits.get(bits);
  if (known) return known;
  const mask = (1 << bits) - 1;
  const b = (template: number, x: number, y: number, z: number): number => featureBucket(mask, template, x, y, z);
  const tables: CnFeatureTables = {
    bias: b(1, 0, 0, 0),
    cls: table(CLASSES, (i) => b(13, i, 0, 0)),
    prevCls: table(CLASSES * CLASSES, (i) => b(14, i >> 6, i & 63, 0)),
    nextCls: table(CLASSES * CLASSES, (i) => b(15, i >> 6, i & 63, 0)),
    shapes: table(512, (i) => b(18, i >> 3, i & 7, 0)),
    wordCls: table(4 * CLASSES, (i) => b(19, i >> 6, i & 63, 0)),
    words: table(16, (i) => b(20, i >> 2, i & 3, 0)),
    cover: table(125, (i) => b(25, Math.floor(i / 25), Math.floor(i / 5) % 5, i % 5)),
    coverCls: table(5 * CLASSES, (i) => b(26, i >> 6, i & 63, 0)),
  };
  byBits.set(bits, tables);
  return tables;
}
