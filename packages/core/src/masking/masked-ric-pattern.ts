import { HIDDEN, isMaskGlyph } from './mask-glyphs.js';

const RIC_LENGTH = 18;

/**
 * Reads a masked resident ID number into an 18-character pattern of digits, `X` (a visible check digit) and
 * `?` (hidden). `X`/`x` counts as a mask when it comes in a run of two or more or stands anywhere but last
 * (pi-taxonomy §5.2). An 18-character form keeps its positions; a shorter one with a single mask run
 * (`1101051949******`, a fixed-width mask) is read as a visible prefix and suffix around the hidden middle.
 * Returns undefined for anything else, and for a value with nothing hidden.
 */
export function parseMaskedRic(value: string): string | undefined {
  const chars = Array.from(value.replace(/[\s-]/g, ''));
  const n = chars.length;
  if (n < 8 || n > RIC_LENGTH) return undefined;
  const cls = chars.map((c, i) => {
    if (c >= '0' && c <= '9') return c;
    if (c === 'X' || c === 'x') {
      const run = chars[i - 1] === 'X' || chars[i - 1] === 'x' || chars[i + 1] === 'X' || chars[i + 1] === 'x';
      return i === n - 1 && !run ? 'X' : HIDDEN;
    }
    return isMaskGlyph(c) ? HIDDEN : '';
  });
  if (cls.includes('')) return undefined;
  const hidden = cls.filter((c) => c === HIDDEN).length;
  if (hidden === 0) return undefined;
  if (n === RIC_LENGTH) return cls.join('');
  // A shorter form is only readable when the mask is one run between a visible prefix and suffix.
  const first = cls.indexOf(HIDDEN);
  const last = cls.lastIndexOf(HIDDEN);
  if (last - first + 1 !== hidden) return undefined;
  const prefix = cls.slice(0, first).join('');
  const suffix = cls.slice(last + 1).join('');
  return prefix + HIDDEN.repeat(RIC_LENGTH - prefix.length - suffix.length) + suffix;
}

/** Merges two patterns of one number: undefined when a visible character differs. */
export function unionRicPatterns(a: string, b: string): string | undefined {
  let out = '';
  for (let i = 0; i < RIC_LENGTH; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === HIDDEN) out += y;
    else if (y === HIDDEN || x === y) out += x;
    else return undefined;
  }
  return out;
}

/** Positions visible in both patterns. */
export function sharedVisible(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < RIC_LENGTH; i++) if (a[i] !== HIDDEN && b[i] !== HIDDEN) n++;
  return n;
}
