import { featureBucket, stringHash } from './feature-hash.js';
import type { SequenceFeatures } from './linear-chain-model.js';
import type { Token } from './en-tokens.js';

/** The lexicon of the English name model as stored (see data/en-person-name-lexicon.v1.ts). */
export interface EnNameLexiconData {
  /** Lower-case given names, separated by '|'. */
  readonly givenNames: string;
  /** Lower-case family names (including pinyin surnames), separated by '|'. */
  readonly familyNames: string;
  /** Lower-case words that are capitalised only at a sentence start or in titles (the, what, monday...). */
  readonly commonWords: string;
  /**
   * Words written in lower case at least twice in the training texts and never inside a name there (star, channel,
   * cool): a capitalised one is more likely a title, a product or a heading than a name.
   */
  readonly frequentWords: string;
}

/** Sets built once from the stored lexicon. */
export interface EnNameLexicon {
  readonly given: ReadonlySet<string>;
  readonly family: ReadonlySet<string>;
  readonly common: ReadonlySet<string>;
  /** Frequent lower-case words of the training texts that are no known name (see `frequentWords`). */
  readonly frequent: ReadonlySet<string>;
}

/** Builds the lookup sets once. */
export function buildEnNameLexicon(d: EnNameLexiconData): EnNameLexicon {
  const set = (s: string): Set<string> => new Set(s.split('|').filter(Boolean));
  const given = set(d.givenNames);
  const family = set(d.familyNames);
  const frequent = new Set([...set(d.frequentWords)].filter((w) => !given.has(w) && !family.has(w)));
  return { given, family, common: set(d.commonWords), frequent };
}

const TITLE =
  /^(?:mr|mrs|ms|miss|dr|prof|sir|madam|mx|rev|hon|dear|mister|doctor|professor|captain|officer|judge|president|senator|coach|uncle|aunt)\.?$/;

/** Shape of a lower-case word in a text written without any capitals (see `isCaseless`). */
const CASELESS_LOWER = 12;

/**
 * A word's shape: capitalisation and character kinds, so that unseen names look like seen ones. In a caseless
 * text (tweets, chat, a form typed in lower case) a lower-case word gets a shape of its own: there the lower
 * case says nothing, and the model learns to lean on the lexicon and the context instead.
 */
function shapeOf(w: string, caseless: boolean): number {
  const c = w.charCodeAt(0);
  if (c >= 0x3400) return 1; // CJK run
  if (c >= 0x30 && c <= 0x39) return 2;
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
  if (!letter) return w === '.' || w === '!' || w === '?' ? 3 : w === ',' ? 4 : 5;
  if (w.endsWith('.')) return w.length === 2 ? 6 : 7; // initial "D." or title "Dr."
  if (w[0] === w[0]!.toLowerCase()) return caseless ? CASELESS_LOWER : 8;
  if (w.length > 1 && w === w.toUpperCase()) return 9; // ZHANG, USA
  for (let i = 1; i < w.length; i++) {
    const ch = w[i]!;
    if (ch !== ch.toLowerCase()) return 10; // McDonald
  }
  return 11; // Smith
}

// Any capital letter (Latin, with accents): a text without one is caseless.
const CAPITAL = /[A-Z\u00C0-\u00DE]/;

/** Whether no token holds a capital letter: lower case then carries no evidence of a name. */
export function isCaseless(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (CAPITAL.test(t.text)) return false;
  return true;
}

/** `stringHash(s.slice(from, to))` without the slice (the same FNV-1a and final mix, value for value). */
function rangeHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/** Number of feature slots per token. */
export const EN_FEATURES_PER_TOKEN = 23;

// Per-call work arrays, reused and grown: tagging allocates no arrays per token.
let cap = 0;
let wordH = new Int32Array(0);
let shapes = new Int32Array(0);
let lexB = new Int32Array(0);
let lowers: string[] = [];

function ensure(n: number): void {
  if (n <= cap) return;
  cap = Math.max(n, cap * 2, 64);
  wordH = new Int32Array(cap);
  shapes = new Int32Array(cap);
  lexB = new Int32Array(cap);
  lowers = new Array<string>(cap);
}

/** Hashed features of each token for the English name tagger. */
export function enTokenFeatures(tokens: readonly Token[], lex: EnNameLexicon, bits: number): SequenceFeatures {
  const n = tokens.length;
  const mask = (1 << bits) - 1;
  const F = EN_FEATURES_PER_TOKEN;
  const ids = new Int32Array(n * F);
  ensure(n);
  const caseless = isCaseless(tokens);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!.text;
    let w = t.toLowerCase();
    if (w.length > 1 && w.endsWith('.')) w = w.slice(0, -1);
    lowers[i] = w;
    wordH[i] = stringHash(w);
    const s = shapeOf(t, caseless);
    shapes[i] = s;
    lexB[i] = (lex.given.has(w) ? 1 : 0) | (lex.family.has(w) ? 2 : 0) | (lex.common.has(w) ? 4 : 0) | (s >= 6 && TITLE.test(w) ? 8 : 0);
  }
  const B = featureBucket;
  for (let i = 0, o = 0; i < n; i++, o += F) {
    const w = lowers[i]!;
    const wi = wordH[i]!;
    const wp = i > 0 ? wordH[i - 1]! : 1;
    const wn = i + 1 < n ? wordH[i + 1]! : 2;
    const s = shapes[i]!;
    const sp = i > 0 ? shapes[i - 1]! : 0;
    const sp2 = i > 1 ? shapes[i - 2]! : 0;
    const sn = i + 1 < n ? shapes[i + 1]! : 0;
    const l = lexB[i]!;
    const lp = i > 0 ? lexB[i - 1]! : 16;
    const ln = i + 1 < n ? lexB[i + 1]! : 16;
    const sentenceStart = i === 0 || sp === 3 || tokens[i - 1]!.text === ':' ? 1 : 0;
    ids[o] = B(mask, 1, 0, 0, 0);
    ids[o + 1] = B(mask, 2, wi, 0, 0);
    ids[o + 2] = B(mask, 3, wp, 0, 0);
    ids[o + 3] = B(mask, 4, wn, 0, 0);
    ids[o + 4] = B(mask, 5, i > 1 ? wordH[i - 2]! : 1, 0, 0);
    ids[o + 5] = B(mask, 6, i + 2 < n ? wordH[i + 2]! : 2, 0, 0);
    ids[o + 6] = B(mask, 7, s, 0, 0);
    ids[o + 7] = B(mask, 8, sp, s, sn);
    ids[o + 8] = B(mask, 9, sp, s, 0);
    ids[o + 9] = B(mask, 10, s, sn, 0);
    ids[o + 10] = B(mask, 11, l, 0, 0);
    ids[o + 11] = B(mask, 12, lp, l, 0);
    ids[o + 12] = B(mask, 13, l, ln, 0);
    ids[o + 13] = B(mask, 14, l, s, sentenceStart);
    const len = w.length;
    ids[o + 14] = B(mask, 15, len > 3 ? rangeHash(w, len - 3, len) : wi, s, 0);
    ids[o + 15] = B(mask, 16, len > 3 ? rangeHash(w, 0, 3) : wi, s, 0);
    ids[o + 16] = B(mask, 17, wp, s, 0);
    ids[o + 17] = B(mask, 18, s, wn, 0);
    ids[o + 18] = B(mask, 19, Math.min(len, 12), s, 0);
    ids[o + 19] = B(mask, 20, lp, ln, s);
    // Name endings longer than three letters (-sson, -dóttir, -nen, -ová are caught by the 3- and 4-letter ones).
    ids[o + 20] = B(mask, 21, len > 4 ? rangeHash(w, len - 4, len) : wi, s, 0);
    // Two tokens back: a list of single names ("A, B, C and D") and "said to X" reach past the neighbour.
    ids[o + 21] = B(mask, 22, sp2, sp, s);
    ids[o + 22] = B(mask, 23, i > 1 ? wordH[i - 2]! : 1, wp, s);
  }
  return { length: n, perPosition: F, ids };
}
