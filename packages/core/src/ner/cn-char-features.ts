import { cnFeatureTables } from './cn-feature-tables.js';
import { keyBucket, pairBucket, tripleBucket } from './feature-hash.js';
import type { SequenceFeatures } from './linear-chain-model.js';
import type { CnNameLexicon } from './cn-name-lexicon.js';

// Character shapes: what kind of character, independent of which one (0 is the text boundary).
const HAN = 1;
const UPPER = 2;
const LOWER = 3;
const DIGIT = 4;
const SPACE = 5;
const NAME_DOT = 6;
const OTHER = 7;

function shapeOf(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return HAN;
  if (c >= 0x41 && c <= 0x5a) return UPPER;
  if (c >= 0x61 && c <= 0x7a) return LOWER;
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) return SPACE;
  if (c === 0xb7 || c === 0x2022 || c === 0xff0e || c === 0x2e || c === 0x2d || c === 0x30fb) return NAME_DOT;
  return OTHER;
}

/** Number of feature slots per character. */
export const CN_FEATURES_PER_CHAR = 26;

// Padding on each side of the per-character arrays, so that neighbours need no bounds checks.
const PAD = 2;
const NONE_CODE = 0x110000; // outside Unicode: the text boundary
const NONE_CLASS = 16;
// Template id of the unigram blocks, and the mask that aligns a block to 8 rows (5 used).
const UNIGRAMS = 2;
const BLOCK = ~7;

/**
 * Reusable per-character buffers for `cnCharFeaturesInto`: the tagger reuses one set for every segment,
 * so that tagging allocates nothing per segment once the buffers have grown to the longest segment.
 */
export class CnFeatureScratch {
  ids = new Int32Array(0);
  code = new Int32Array(0);
  cls = new Int32Array(0);
  shape = new Int32Array(0);
  word = new Int32Array(0);
  cover = new Int32Array(0);
  uni = new Int32Array(0);

  /** Grows the buffers (never shrinks them) to hold `n` characters. */
  ensure(n: number): void {
    if (this.code.length >= n + 2 * PAD) return;
    const m = Math.max(n + 2 * PAD, this.code.length * 2, 64);
    this.ids = new Int32Array((m - 2 * PAD) * CN_FEATURES_PER_CHAR);
    this.code = new Int32Array(m);
    this.cls = new Int32Array(m);
    this.shape = new Int32Array(m);
    this.word = new Int32Array(m);
    this.cover = new Int32Array(m);
    this.uni = new Int32Array(m);
  }
}

/**
 * Hashed features of every character of `text` for the Chinese name tagger: the character and its
 * neighbours (unigrams, bigrams, a trigram), their lexicon classes (surname, compound surname, given-name
 * character, transliteration character), whether a common word or a known name covers the character, and
 * shapes. Per-character facts are computed once into arrays; the loop below only hashes.
 */
export function cnCharFeatures(text: string, lex: CnNameLexicon, bits: number): SequenceFeatures {
  return cnCharFeaturesInto(text, 0, text.length, lex, bits, new CnFeatureScratch());
}

/**
 * The features of `text.slice(from, to)` (the same as `cnCharFeatures` of that slice) written into
 * `scratch`: the returned ids are a view of its buffer and valid until its next use.
 */
export function cnCharFeaturesInto(
  text: string,
  from: number,
  to: number,
  lex: CnNameLexicon,
  bits: number,
  scratch: CnFeatureScratch,
): SequenceFeatures {
  const n = to - from;
  const shift = 32 - bits;
  const F = CN_FEATURES_PER_CHAR;
  scratch.ensure(n);
  const { ids, code, cls, shape, word, cover, uni } = scratch;
  const m = n + 2 * PAD;
  code.fill(NONE_CODE, 0, m);
  cls.fill(NONE_CLASS, 0, m);
  shape.fill(0, 0, m); // 0: the text boundary
  word.fill(0, 0, m); // 1: a common word starts here
  cover.fill(0, 0, m); // 1 starts a known name, 2 inside, 3 ends one
  const classes = lex.classes;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(from + i);
    const sh = shapeOf(c);
    code[i + PAD] = c;
    shape[i + PAD] = sh;
    let k = classes[c]!;
    if (i + 1 < n) {
      const d = text.charCodeAt(from + i + 1);
      if (k & 8 && lex.isCompoundSurname(c, d)) k |= 32;
      if (sh === HAN && lex.isCommonWord(c, d)) word[i + PAD] = 1;
    }
    cls[i + PAD] = k;
  }
  for (let i = 0; i < n; i++) {
    if ((cls[i + PAD]! & 5) === 0) continue; // known names start with a surname or a transliteration character
    const len = lex.knownNameAt(text, from + i, to);
    if (len === 0) continue;
    const p = i + PAD;
    if (cover[p] === 0) cover[p] = 1;
    for (let j = p + 1; j < p + len - 1; j++) cover[j] = 2;
    cover[p + len - 1] = 3;
  }
  // A character's five unigram features (itself, and as the left or right neighbour at distance one or two)
  // share one hashed block of rows: one hash per character, and neighbouring positions read rows that are
  // already in cache. (Bigrams blocked the same way lost about 0.02 F1 on CLUENER: their collisions then
  // come four at a time.)
  for (let p = 0; p < m; p++) uni[p] = keyBucket(shift, (UNIGRAMS << 21) | code[p]!) & BLOCK;
  const tb = cnFeatureTables(bits);
  let o = 0;
  for (let p = PAD; p < n + PAD; p++) {
    const c0 = code[p]!;
    const cm1 = code[p - 1]!;
    const cp1 = code[p + 1]!;
    const k0 = cls[p]!;
    const km1 = cls[p - 1]!;
    const kp1 = cls[p + 1]!;
    const wl = word[p - 1]!;
    const wr = word[p]!;
    ids[o++] = tb.bias;
    ids[o++] = uni[p]!;
    ids[o++] = uni[p - 1]! + 1;
    ids[o++] = uni[p + 1]! + 2;
    ids[o++] = uni[p - 2]! + 3;
    ids[o++] = uni[p + 2]! + 4;
    ids[o++] = pairBucket(shift, 7, cm1, c0);
    ids[o++] = pairBucket(shift, 8, c0, cp1);
    ids[o++] = pairBucket(shift, 9, code[p - 2]!, cm1);
    ids[o++] = pairBucket(shift, 10, cp1, code[p + 2]!);
    ids[o++] = pairBucket(shift, 11, cm1, cp1);
    ids[o++] = tripleBucket(shift, 12, cm1, c0, cp1);
    ids[o++] = tb.cls[k0]!;
    ids[o++] = tb.prevCls[km1 * 64 + k0]!;
    ids[o++] = tb.nextCls[k0 * 64 + kp1]!;
    ids[o++] = keyBucket(shift, (16 << 24) | ((cls[p - 2]! * 64 + km1) << 6) | k0);
    ids[o++] = keyBucket(shift, (17 << 24) | (k0 << 12) | (kp1 * 64 + cls[p + 2]!));
    ids[o++] = tb.shapes[(shape[p - 1]! * 8 + shape[p]!) * 8 + shape[p + 1]!]!;
    ids[o++] = tb.wordCls[(wl * 2 + wr) * 64 + k0]!;
    ids[o++] = tb.words[(word[p - 2]! * 2 + word[p + 1]!) * 4 + wl * 2 + wr]!;
    ids[o++] = keyBucket(shift, (21 << 27) | (k0 << 21) | cm1);
    ids[o++] = keyBucket(shift, (22 << 27) | (k0 << 21) | cp1);
    ids[o++] = keyBucket(shift, (23 << 27) | (km1 << 21) | c0);
    ids[o++] = keyBucket(shift, (24 << 27) | (kp1 << 21) | c0);
    ids[o++] = tb.cover[(cover[p]! * 5 + (p > PAD ? cover[p - 1]! : 4)) * 5 + (p + 1 < n + PAD ? cover[p + 1]! : 4)]!;
    ids[o++] = tb.coverCls[cover[p]! * 64 + k0]!;
  }
  return { length: n, perPosition: F, ids };
}
