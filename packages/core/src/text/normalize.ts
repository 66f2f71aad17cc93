/**
 * A normalised copy of a text with a map back to the original (pi-taxonomy §3.0): full-width ASCII becomes
 * ASCII, dash variants become '-', the ideographic space becomes ' ', zero-width characters are dropped.
 * Every normalised index maps to the original index of the character it came from.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** Original offset of normalised offset `i` (for `i === text.length`, the original length). */
  toOriginal(i: number): number;
  /** Original [start, end) of the normalised span [start, end). */
  span(start: number, end: number): [number, number];
}

// Characters the normaliser rewrites; text without any of them is returned as is (the common, fast case).
const NEEDS_WORK = /[\u3000\u200B-\u200D\u2060\uFEFF\u2010-\u2015\u2212\uFE58\uFE63\uFF01-\uFF5E]/;

function mapChar(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII
  if (c === 0x3000) return 0x20;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63) return 0x2d;
  return c;
}

function isDropped(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Normalises `original`; offsets of the result map back through `toOriginal`/`span`. */
export function normalizeText(original: string): NormalizedText {
  if (!NEEDS_WORK.test(original)) {
    return {
      original,
      text: original,
      toOriginal: (i) => i,
      span: (s, e) => [s, e],
    };
  }
  const out: number[] = [];
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (isDropped(c)) continue;
    out.push(mapChar(c));
    map.push(i);
  }
  map.push(original.length);
  let text = '';
  for (let i = 0; i < out.length; i += 8192) text += String.fromCharCode(...out.slice(i, i + 8192));
  const toOriginal = (i: number): number => map[Math.max(0, Math.min(i, map.length - 1))] ?? original.length;
  return {
    original,
    text,
    toOriginal,
    // The end maps from the last included character, so dropped characters after a match stay outside it.
    span: (s, e) => (e > s ? [toOriginal(s), toOriginal(e - 1) + 1] : [toOriginal(s), toOriginal(s)]),
  };
}
