/**
 * Characters that stand for a hidden character (pi-taxonomy §5.2), as a regex character-class body. The
 * normaliser has already folded full-width ＊ ＃ ？ ＿ into their ASCII forms; they are listed for callers
 * that work on raw text.
 */
export const MASK_GLYPHS = '*＊×✱●•○#?？_＿';

const GLYPH = new Set(Array.from(MASK_GLYPHS));

/** True when `ch` is a mask glyph (never `X`: in ID numbers that is a check digit unless it comes in a run). */
export function isMaskGlyph(ch: string): boolean {
  return GLYPH.has(ch);
}

/** The character used in patterns for "hidden here". */
export const HIDDEN = '?';
