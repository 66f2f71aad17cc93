import { buildIntHashSet, pairKey, runKey } from './int-hash-set.js';

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
  /** Length (2–4) of the longest known name that starts at `i` of `text` and ends by `end` (default: the text's end), or 0. */
  knownNameAt(text: string, i: number, end?: number): number;
}

/** Builds the lookup tables once, when the recogniser module loads. */
export function buildCnNameLexicon(d: CnNameLexiconData): CnNameLexicon {
  const classes = new Uint8Array(65536);
  const mark = (chars: string, bit: number): void => {
    for (let i = 0; i < chars.length; i++) classes[chars.charCodeAt(i)]! |= bit;
  };
  mark(d.surnames, SURNAME);
  mark(d.givenChars, GIVEN);
  mark(d.translitChars, TRANSLIT);
  const compounds: number[] = [];
  for (const c of d.compoundSurnames) {
    classes[c.charCodeAt(0)]! |= COMPOUND_FIRST;
    compounds.push(pairKey(c.charCodeAt(0), c.charCodeAt(1)));
  }
  const compoundSet = buildIntHashSet(compounds);
  const words: number[] = [];
  for (let i = 0; i + 1 < d.commonWords.length; i += 2) words.push(pairKey(d.commonWords.charCodeAt(i), d.commonWords.charCodeAt(i + 1)));
  const wordSet = buildIntHashSet(words);
  // Known names by length (2, 3, 4), each a set of run keys.
  const byLength = [2, 3, 4].map((len) =>
    buildIntHashSet(
      d.knownNames
        .split('|')
        .filter((w) => w.length === len)
        .map((w) => runKey(w, 0, len)),
    ),
  );
  const knownNameAt = (t: string, i: number, end = t.length): number => {
    for (let len = 4; len >= 2; len--) if (i + len <= end && byLength[len - 2]!.has(runKey(t, i, len))) return len;
    return 0;
  };
  return {
    knownNameAt,
    classes,
    isCompoundSurname: (a, b) => compoundSet.has(pairKey(a, b)),
    isCommonWord: (a, b) => wordSet.has(pairKey(a, b)),
  };
}
