import { type NormalizedText, normalizeText } from '../text/normalize.js';

// The same rewrites as normalizeText, split by whether they keep offsets: the 1:1 ones (full-width ASCII,
// dashes, the ideographic space) are applied with one native replace; only zero-width characters, which are
// dropped and shift offsets, need normalizeText's offset map. Chinese punctuation (，：（）) is full-width
// ASCII, so nearly every Chinese text takes the rewrite path: it must be cheap.
const NEEDS_WORK = /[\u3000\u200B-\u200D\u2060\uFEFF\u2010-\u2015\u2212\uFE58\uFE63\uFF01-\uFF5E]/;
const DROPPED = /[\u200B-\u200D\u2060\uFEFF]/;
const REWRITTEN = /[\u3000\u2010-\u2015\u2212\uFE58\uFE63\uFF01-\uFF5E]/g;

function rewrite(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  return c === 0x3000 ? ' ' : '-';
}

function sameLength(original: string, text: string): NormalizedText {
  const n = original.length;
  const toOriginal = (i: number): number => (i < 0 ? 0 : i > n ? n : i);
  return {
    original,
    text,
    toOriginal,
    span: (s, e) => (e > s ? [toOriginal(s), toOriginal(e - 1) + 1] : [toOriginal(s), toOriginal(s)]),
  };
}

/** `normalizeText` with a fast path for texts whose rewrites keep every offset (no zero-width characters). */
export function normalizeForAnalysis(original: string): NormalizedText {
  if (!NEEDS_WORK.test(original)) return { original, text: original, toOriginal: (i) => i, span: (s, e) => [s, e] };
  if (DROPPED.test(original)) return normalizeText(original);
  return sameLength(original, original.replace(REWRITTEN, rewrite));
}
