import { featureBucket } from './feature-hash.js';
import type { SequenceFeatures } from './linear-chain-model.js';
import type { CnNameLexicon } from './cn-name-lexicon.js';

// Character shapes: what kind of character, independent of which one.
const BOUNDARY = 0;
const HAN = 1;
const UPPER = 2;
const LOWER = 3;
const DIGIT = 4;
const SPACE = 5;
const NAME_DOT = 6;
const OTHER = 7;

function shapeOf(c: number): number {
  if (c < 0) return BOUNDARY;
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

/**
 * Hashed features of every character of `text` for the Chinese name tagger: the character and its
 * neighbours (unigrams, bigrams, a trigram), their lexicon classes (surname, compound surname, given-name
 * character, transliteration character), whether a common word covers the character, and shapes.
 */
export function cnCharFeatures(text: string, lex: CnNameLexicon, bits: number): SequenceFeatures {
  const n = text.length;
  const mask = (1 << bits) - 1;
  const F = CN_FEATURES_PER_CHAR;
  const ids = new Int32Array(n * F);
  const code = (i: number): number => (i < 0 || i >= n ? -1 : text.charCodeAt(i));
  const cls = (i: number): number => {
    const c = code(i);
    if (c < 0) return 16;
    let k = lex.classes[c]!;
    if (i + 1 < n && lex.isCompoundSurname(c, text.charCodeAt(i + 1))) k |= 32;
    return k;
  };
  const word = (i: number): number => (i < 0 || i + 1 >= n ? 0 : lex.isCommonWord(text.charCodeAt(i), text.charCodeAt(i + 1)) ? 1 : 0);
  // Known-name cover of each character: 1 starts a known name, 2 inside one, 3 ends one (0 none).
  const cover = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((lex.classes[c]! & 5) === 0) continue; // known names start with a surname or a transliteration character
    const len = lex.knownNameAt(text, i);
    if (len === 0) continue;
    cover[i] = cover[i] || 1;
    for (let j = i + 1; j < i + len - 1; j++) cover[j] = 2;
    cover[i + len - 1] = 3;
  }
  for (let i = 0; i < n; i++) {
    const c0 = code(i);
    const cm1 = code(i - 1);
    const cm2 = code(i - 2);
    const cp1 = code(i + 1);
    const cp2 = code(i + 2);
    const k0 = cls(i);
    const km1 = cls(i - 1);
    const km2 = cls(i - 2);
    const kp1 = cls(i + 1);
    const kp2 = cls(i + 2);
    const s0 = shapeOf(c0);
    const sm1 = shapeOf(cm1);
    const sp1 = shapeOf(cp1);
    const wl = word(i - 1);
    const wr = word(i);
    const o = i * F;
    let k = 0;
    const put = (t: number, a = 0, b = 0, c = 0): void => {
      ids[o + k++] = featureBucket(mask, t, a, b, c);
    };
    put(1);
    put(2, c0);
    put(3, cm1);
    put(4, cp1);
    put(5, cm2);
    put(6, cp2);
    put(7, cm1, c0);
    put(8, c0, cp1);
    put(9, cm2, cm1);
    put(10, cp1, cp2);
    put(11, cm1, cp1);
    put(12, cm1, c0, cp1);
    put(13, k0);
    put(14, km1, k0);
    put(15, k0, kp1);
    put(16, km2 * 64 + km1, k0);
    put(17, k0, kp1 * 64 + kp2);
    put(18, sm1 * 8 + s0, sp1);
    put(19, wl * 2 + wr, k0);
    put(20, word(i - 2) * 2 + word(i + 1), wl * 2 + wr);
    put(21, k0, cm1);
    put(22, k0, cp1);
    put(23, km1, c0);
    put(24, kp1, c0);
    put(25, cover[i]!, i > 0 ? cover[i - 1]! : 4, i + 1 < n ? cover[i + 1]! : 4);
    put(26, cover[i]!, k0);
  }
  return { length: n, perPosition: F, ids };
}
