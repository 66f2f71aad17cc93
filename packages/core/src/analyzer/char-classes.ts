/**
 * The character classes the analyzer indexes runs of. Identifier patterns need a run of one of these (a
 * resident ID 17 digits, a hash 32 hex digits, a VIN 17 capitals and digits, a masked ID digits and mask
 * glyphs), and such runs are rare enough in text that running a pattern only near them skips most of it.
 */
export const CHAR_CLASSES = ['digit', 'hex', 'upper-alnum', 'alnum', 'digit-mask', 'digit-sep', 'mask-sep', 'at'] as const;
export type CharClass = (typeof CHAR_CLASSES)[number];

/** Bit of each class in `CLASS_TABLE`. */
export const CLASS_BIT: Record<CharClass, number> = {
  digit: 1,
  hex: 2,
  'upper-alnum': 4,
  alnum: 8,
  'digit-mask': 16,
  'digit-sep': 32,
  'mask-sep': 64,
  at: 128,
};

const MASK_GLYPHS = '*×✱●•○#?_Xx';
// Separators written inside numbers (138 1234 5678, 6222-0212-3456, 41.7.230.203): patterns that allow them
// hold no long pure digit run, but a long run of digits and separators, which prose seldom has.
const NUMBER_SEPARATORS = ' -.';

function bitsOf(code: number): number {
  const isDigit = code >= 48 && code <= 57;
  const isUpper = code >= 65 && code <= 90;
  const isLower = code >= 97 && code <= 122;
  const isHexLetter = (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
  let b = 0;
  if (isDigit) b |= CLASS_BIT.digit;
  if (isDigit || isHexLetter) b |= CLASS_BIT.hex;
  if (isDigit || isUpper) b |= CLASS_BIT['upper-alnum'];
  if (isDigit || isUpper || isLower) b |= CLASS_BIT.alnum;
  const isMask = MASK_GLYPHS.includes(String.fromCharCode(code));
  const isSeparator = NUMBER_SEPARATORS.includes(String.fromCharCode(code));
  if (isDigit || isMask) b |= CLASS_BIT['digit-mask'];
  if (isDigit || isSeparator) b |= CLASS_BIT['digit-sep'];
  if (isDigit || isMask || isSeparator) b |= CLASS_BIT['mask-sep'];
  // Every e-mail address holds one, and most text none.
  if (code === 64) b |= CLASS_BIT.at;
  return b;
}

/** Class bits of every UTF-16 code unit. */
export const CLASS_TABLE: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) t[c] = bitsOf(c);
  for (const g of MASK_GLYPHS) t[g.charCodeAt(0)] = bitsOf(g.charCodeAt(0));
  return t;
})();

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether a regex atom matching code units lo..hi can only match characters of the class. Under `i` a letter
 * also matches its other case (and under `iu` letters such as the Kelvin sign), so letters count only when
 * both cases are in the class, and not at all with `iu`.
 */
export function inClass(cls: CharClass, lo: number, hi: number, ignoreCase: boolean, unicode: boolean): boolean {
  if (hi < lo || hi - lo > 256) return false;
  const bit = CLASS_BIT[cls];
  for (let c = lo; c <= hi; c++) {
    if ((CLASS_TABLE[c]! & bit) === 0) return false;
    if (!ignoreCase) continue;
    if (isAsciiLetter(c)) {
      if (unicode) return false;
      if ((CLASS_TABLE[c ^ 32]! & bit) === 0) return false;
    } else {
      const ch = String.fromCharCode(c);
      if (ch.toUpperCase() !== ch || ch.toLowerCase() !== ch) return false;
    }
  }
  return true;
}
