/** The lexicon tables of the Chinese name model as they are stored (see data/cn-person-name-lexicon.v1.ts). */
export interface CnNameLexiconData {
  readonly surnames: string;
  readonly compoundSurnames: readonly string[];
  readonly givenChars: string;
  readonly translitChars: string;
  /** Common two-character words (not names), concatenated: rejects 高度, 黄金, 王国. */
  readonly commonWords: string;
  /** Known names of 2–4 characters (jieba's person-name entries, filtered), separated by '|'. */
  readonly knownNames: string;
}

/** Lexicon class bits of a character. */
export const SURNAME = 1;
export const GIVEN = 2;
export const TRANSLIT = 4;
export const COMPOUND_FIRST = 8;

/** Constant-time lookups over the lexicon: a class byte per UTF-16 code unit, sets of character pairs. */
export interface CnNameLexicon {
  readonly classes: Uint8Array;
  isCompoundSurname(a: number, b: number): boolean;
  isCommonWord(a: number, b: number): boolean;
  /** Length (2–4) of the longest known name that starts at `i` of `text`, or 0. */
  knownNameAt(text: string, i: number): number;
}

const pair = (a: number, b: number): number => a * 65536 + b;
// Three code units fit exactly in a double; four are folded to 32 bits (a rare collision only adds a feature).
const triple = (a: number, b: number, c: number): number => (a * 65536 + b) * 65536 + c;
const quad = (a: number, b: number, c: number, d: number): number => (Math.imul(triple(a, b, c) % 2147483647, 31) + d) | 0;

/** Builds the lookup tables once, when the recogniser module loads. */
export function buildCnNameLexicon(d: CnNameLexiconData): CnNameLexicon {
  const classes = new Uint8Array(65536);
  const mark = (chars: string, bit: number): void => {
    for (let i = 0; i < chars.length; i++) classes[chars.charCodeAt(i)]! |= bit;
  };
  mark(d.surnames, SURNAME);
  mark(d.givenChars, GIVEN);
  mark(d.translitChars, TRANSLIT);
  const compounds = new Set<number>();
  for (const c of d.compoundSurnames) {
    classes[c.charCodeAt(0)]! |= COMPOUND_FIRST;
    compounds.add(pair(c.charCodeAt(0), c.charCodeAt(1)));
  }
  const words = new Set<number>();
  for (let i = 0; i + 1 < d.commonWords.length; i += 2) words.add(pair(d.commonWords.charCodeAt(i), d.commonWords.charCodeAt(i + 1)));
  const names = [new Set<number>(), new Set<number>(), new Set<number>()];
  for (const w of d.knownNames.split('|')) {
    const c = (i: number): number => w.charCodeAt(i);
    if (w.length === 2) names[0]!.add(pair(c(0), c(1)));
    else if (w.length === 3) names[1]!.add(triple(c(0), c(1), c(2)));
    else if (w.length === 4) names[2]!.add(quad(c(0), c(1), c(2), c(3)));
  }
  const knownNameAt = (t: string, i: number): number => {
    const n = t.length;
    if (i + 1 >= n) return 0;
    const a = t.charCodeAt(i);
    const b = t.charCodeAt(i + 1);
    if (i + 3 < n && names[2]!.has(quad(a, b, t.charCodeAt(i + 2), t.charCodeAt(i + 3)))) return 4;
    if (i + 2 < n && names[1]!.has(triple(a, b, t.charCodeAt(i + 2)))) return 3;
    return names[0]!.has(pair(a, b)) ? 2 : 0;
  };
  return {
    knownNameAt,
    classes,
    isCompoundSurname: (a, b) => compounds.has(pair(a, b)),
    isCommonWord: (a, b) => words.has(pair(a, b)),
  };
}
