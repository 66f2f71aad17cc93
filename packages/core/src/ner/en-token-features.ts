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
}

/** Sets built once from the stored lexicon. */
export interface EnNameLexicon {
  readonly given: ReadonlySet<string>;
  readonly family: ReadonlySet<string>;
  readonly common: ReadonlySet<string>;
}

/** Builds the lookup sets once. */
export function buildEnNameLexicon(d: EnNameLexiconData): EnNameLexicon {
  const set = (s: string): Set<string> => new Set(s.split('|').filter(Boolean));
  return { given: set(d.givenNames), family: set(d.familyNames), common: set(d.commonWords) };
}

const TITLE =
  /^(?:mr|mrs|ms|miss|dr|prof|sir|madam|mx|rev|hon|dear|mister|doctor|professor|captain|officer|judge|president|senator|coach|uncle|aunt)\.?$/;

/** A word's shape: capitalisation and character kinds, so that unseen names look like seen ones. */
function shapeOf(w: string): number {
  const c = w.charCodeAt(0);
  if (c >= 0x3400) return 1; // CJK run
  if (c >= 0x30 && c <= 0x39) return 2;
  const letter = /[A-Za-z\u00C0-\u024F]/.test(w[0]!);
  if (!letter) return w === '.' || w === '!' || w === '?' ? 3 : w === ',' ? 4 : 5;
  if (w.endsWith('.')) return w.length === 2 ? 6 : 7; // initial "D." or title "Dr."
  const upper = w[0] !== w[0]!.toLowerCase();
  if (!upper) return 8;
  if (w.length > 1 && w === w.toUpperCase()) return 9; // ZHANG, USA
  return /[A-Z]/.test(w.slice(1)) ? 10 : 11; // McDonald vs Smith
}

/** Number of feature slots per token. */
export const EN_FEATURES_PER_TOKEN = 20;

/** Hashed features of each token for the English name tagger. */
export function enTokenFeatures(tokens: readonly Token[], lex: EnNameLexicon, bits: number): SequenceFeatures {
  const n = tokens.length;
  const mask = (1 << bits) - 1;
  const F = EN_FEATURES_PER_TOKEN;
  const ids = new Int32Array(n * F);
  const lower = tokens.map((t) => t.text.toLowerCase().replace(/\.$/, ''));
  const word = lower.map((w) => stringHash(w));
  const shape = tokens.map((t) => shapeOf(t.text));
  const lexBits = lower.map(
    (w, i) =>
      (lex.given.has(w) ? 1 : 0) | (lex.family.has(w) ? 2 : 0) | (lex.common.has(w) ? 4 : 0) | (TITLE.test(w) && shape[i]! >= 6 ? 8 : 0),
  );
  const at = <T>(xs: readonly T[], i: number, none: T): T => (i < 0 || i >= n ? none : xs[i]!);
  for (let i = 0; i < n; i++) {
    const o = i * F;
    let k = 0;
    const put = (t: number, a = 0, b = 0, c = 0): void => {
      ids[o + k++] = featureBucket(mask, t, a, b, c);
    };
    const w = lower[i]!;
    const sentenceStart = i === 0 || at(shape, i - 1, 3) === 3 || tokens[i - 1]!.text === ':' ? 1 : 0;
    put(1);
    put(2, word[i]);
    put(3, at(word, i - 1, 1));
    put(4, at(word, i + 1, 2));
    put(5, at(word, i - 2, 1));
    put(6, at(word, i + 2, 2));
    put(7, shape[i]);
    put(8, at(shape, i - 1, 0), shape[i], at(shape, i + 1, 0));
    put(9, at(shape, i - 1, 0), shape[i]);
    put(10, shape[i], at(shape, i + 1, 0));
    put(11, lexBits[i]);
    put(12, at(lexBits, i - 1, 16), lexBits[i]);
    put(13, lexBits[i], at(lexBits, i + 1, 16));
    put(14, lexBits[i], shape[i], sentenceStart);
    put(15, stringHash(w.slice(-3)), shape[i]);
    put(16, stringHash(w.slice(0, 3)), shape[i]);
    put(17, at(word, i - 1, 1), shape[i]);
    put(18, shape[i], at(word, i + 1, 2));
    put(19, Math.min(w.length, 12), shape[i]);
    put(20, at(lexBits, i - 1, 16), at(lexBits, i + 1, 16), shape[i]);
  }
  return { length: n, perPosition: F, ids };
}
