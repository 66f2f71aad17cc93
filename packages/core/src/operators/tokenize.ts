import { sha256 } from '../crypto/sha256.js';
import { utf8Bytes } from '../crypto/utf8.js';
import { PiguardError } from '../errors.js';
import type { Ff1 } from '../fpe/ff1.js';
import { type OperatorKeys, requireKeys } from './operator-keys.js';
import type { OperatorFn, TokenizeSpec } from './operator-spec.js';

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CJK_FIRST = 0x4e00;
const CJK_COUNT = 0x9fff - CJK_FIRST + 1;

/** The characters of a value that one FF1 alphabet encrypts; the rest of the value stays in place. */
interface Alphabet {
  name: string;
  radix: number;
  index(c: string): number;
  char(i: number): string;
}

const DIGIT_ALPHABET: Alphabet = {
  name: 'd',
  radix: 10,
  index: (c) => (c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : -1),
  char: (i) => String.fromCharCode(48 + i),
};
const ALNUM_ALPHABET: Alphabet = {
  name: 'a',
  radix: 62,
  index: (c) => (c.length === 1 ? ALNUM.indexOf(c) : -1),
  char: (i) => ALNUM[i] as string,
};
// Chinese text with its digits and letters in one alphabet: an address's house number is too short to encrypt alone.
const MIXED_ALPHABET: Alphabet = {
  name: 'm',
  radix: ALNUM.length + CJK_COUNT,
  index: (c) => {
    const a = ALNUM_ALPHABET.index(c);
    if (a >= 0) return a;
    const cp = c.codePointAt(0) as number;
    return cp >= CJK_FIRST && cp < CJK_FIRST + CJK_COUNT ? ALNUM.length + cp - CJK_FIRST : -1;
  },
  char: (i) => (i < ALNUM.length ? (ALNUM[i] as string) : String.fromCodePoint(CJK_FIRST + i - ALNUM.length)),
};

const isCjk = (c: string): boolean => {
  const cp = c.codePointAt(0) as number;
  return cp >= CJK_FIRST && cp < CJK_FIRST + CJK_COUNT;
};

// Digits alone keep a digit alphabet (an ID stays digits); Latin letters widen it to 62; Chinese characters to all.
// The choice must be the same for a value and its token, so it only asks which kinds of characters occur.
function alphabetOf(chars: readonly string[]): Alphabet {
  if (chars.some(isCjk)) return MIXED_ALPHABET;
  return chars.some((c) => /^[A-Za-z]$/.test(c)) ? ALNUM_ALPHABET : DIGIT_ALPHABET;
}

/** The format-preserving ciphers tokenize offers. */
export type FpeAlgorithm = 'ff1' | 'ff3-1';

// Tokens of FF3-1 say so in their annotation (`{{CN_MOBILE|FF3-1:…}}`), so that reveal picks the right cipher.
const FF3_MARK = '|FF3-1';

function transform(keys: OperatorKeys, entity: string, value: string, decrypt: boolean, algorithm: FpeAlgorithm): string {
  const chars = Array.from(value);
  const a = alphabetOf(chars);
  const positions: number[] = [];
  const numerals: number[] = [];
  chars.forEach((c, i) => {
    const x = a.index(c);
    if (x >= 0) {
      positions.push(i);
      numerals.push(x);
    }
  });
  if (numerals.length === 0) throw new PiguardError('E_INPUT_INVALID', 'nothing in the value can be tokenized');
  const fpe: { minLength: number; maxLength?: number; encrypt: Ff1['encrypt']; decrypt: Ff1['decrypt'] } =
    algorithm === 'ff3-1' ? keys.ff3_1(a.radix) : keys.ff1(a.radix);
  if (numerals.length < fpe.minLength) {
    throw new PiguardError('E_INPUT_INVALID', `too short to tokenize safely (${numerals.length} of at least ${fpe.minLength} characters)`);
  }
  if (fpe.maxLength !== undefined && numerals.length > fpe.maxLength) {
    throw new PiguardError('E_INPUT_INVALID', `too long for FF3-1 (${numerals.length} of at most ${fpe.maxLength} characters)`);
  }
  // FF1 takes the entity and alphabet as its tweak; FF3-1's tweak is 56 bits, the first 7 bytes of their SHA-256.
  const label = utf8Bytes(`${entity}/${a.name}`);
  const tweak = algorithm === 'ff3-1' ? sha256(label).slice(0, 7) : label;
  // Cycle walking: the alphabet is read from the characters, so a token must keep a character that chose it (a
  // letter, a Chinese character). Re-applying the permutation until it does is a permutation of that subset.
  const inDomain = (x: number[]): boolean => alphabetOf(x.map((i) => a.char(i))) === a;
  let out = numerals;
  for (let walk = 0; ; walk++) {
    out = decrypt ? fpe.decrypt(out, tweak) : fpe.encrypt(out, tweak);
    if (inDomain(out)) break;
    if (walk > 10_000) throw new PiguardError('E_INPUT_INVALID', 'no token in the value’s alphabet');
  }
  positions.forEach((p, j) => {
    chars[p] = a.char(out[j] as number);
  });
  return chars.join('');
}

/** FF1 (or FF3-1) encryption of a value's digits, letters and Chinese characters, keeping its length and punctuation. */
export function tokenizeValue(keys: OperatorKeys, entity: string, value: string, algorithm: FpeAlgorithm = 'ff1'): string {
  return transform(keys, entity, value, false, algorithm);
}

/** The inverse of `tokenizeValue` for the same key, entity and algorithm. */
export function detokenize(keys: OperatorKeys, entity: string, token: string, algorithm: FpeAlgorithm = 'ff1'): string {
  return transform(keys, entity, token, true, algorithm);
}

/**
 * The surrogate annotation that lets `reveal` find a token in free text: `{{CN_MOBILE:83920384756}}`. The braces
 * delimit it on both sides, so that a token next to a letter or another token is still read whole.
 */
export function surrogateToken(entity: string, token: string, algorithm: FpeAlgorithm = 'ff1'): string {
  return `{{${entity}${algorithm === 'ff3-1' ? FF3_MARK : ''}:${token}}}`;
}

/**
 * Format-preserving encryption (NIST SP 800-38G FF1, or FF3-1 with `algorithm: 'ff3-1'`, AES-256) with the entity
 * as tweak. Values too short for a
 * domain of a million throw E_INPUT_INVALID: the caller decides what to do instead.
 */
export const tokenize: OperatorFn<TokenizeSpec> = (input, spec, ctx) => {
  const keys = requireKeys(ctx.keys, 'tokenize');
  const algorithm = spec.algorithm ?? 'ff1';
  const token = tokenizeValue(keys, input.entity, input.value, algorithm);
  return spec.surrogate === false ? token : surrogateToken(input.entity, token, algorithm);
};
