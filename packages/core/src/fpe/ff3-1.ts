import type { BlockCipher } from './aes.js';
import { MIN_DOMAIN } from './ff1.js';

/** FF3-1 (NIST SP 800-38G Rev. 1) over numeral strings of one radix, with a 56-bit tweak. */
export interface Ff3_1 {
  /** Encrypts numerals (each 0 ≤ x < radix) under a 7-byte tweak. */
  encrypt(numerals: readonly number[], tweak: Uint8Array): number[];
  /** The inverse of `encrypt` for the same tweak. */
  decrypt(numerals: readonly number[], tweak: Uint8Array): number[];
  /** The shortest numeral string whose domain holds a million values. */
  readonly minLength: number;
  /** The longest numeral string FF3-1 takes: 2·⌊log_radix(2^96)⌋. */
  readonly maxLength: number;
}

// NUM_radix(REV(X)) of numerals[start, end): the last numeral is the most significant.
function numRev(x: readonly number[], start: number, end: number, radix: bigint): bigint {
  let n = 0n;
  for (let i = end - 1; i >= start; i--) n = n * radix + BigInt(x[i] as number);
  return n;
}

// REV(STR^m_radix(c)): the least significant numeral first.
function strRev(c: bigint, m: number, radix: bigint): number[] {
  const out = new Array<number>(m);
  for (let i = 0; i < m; i++) {
    out[i] = Number(c % radix);
    c /= radix;
  }
  return out;
}

/**
 * The eight Feistel rounds of FF3 / FF3-1 with the tweak already split into its 32-bit halves `tl` and `tr`
 * (FF3-1 derives them from 56 bits; FF3 took the two halves of 64 bits, which is how NIST's FF3 samples check
 * these rounds). `cipher` must be keyed with the byte-reversed key, REVB(K), as the standard says.
 */
export function ff3Rounds(
  cipher: BlockCipher,
  radix: number,
  tl: Uint8Array,
  tr: Uint8Array,
  x: readonly number[],
  decrypt: boolean,
): number[] {
  const n = x.length;
  const u = Math.ceil(n / 2);
  const v = n - u;
  const r = BigInt(radix);
  const modU = r ** BigInt(u);
  const modV = r ** BigInt(v);
  let a = x.slice(0, u);
  let b = x.slice(u);
  const block = new Uint8Array(16);
  // S = REVB(CIPH(REVB(P))), y = NUM(S): the block is built reversed, so the cipher's output read backwards is S.
  const y = (w: Uint8Array, i: number, half: readonly number[]): bigint => {
    const p = new Uint8Array(16);
    for (let k = 0; k < 4; k++) p[k] = w[k] as number;
    p[3] = (p[3] as number) ^ i;
    let value = numRev(half, 0, half.length, r);
    for (let k = 15; k >= 4; k--) {
      p[k] = Number(value & 0xffn);
      value >>= 8n;
    }
    for (let k = 0; k < 16; k++) block[k] = p[15 - k] as number;
    cipher.encryptBlock(block, 0, block, 0);
    let s = 0n;
    for (let k = 15; k >= 0; k--) s = (s << 8n) | BigInt(block[k] as number);
    return s;
  };
  if (!decrypt) {
    for (let i = 0; i < 8; i++) {
      const even = i % 2 === 0;
      const m = even ? u : v;
      const mod = even ? modU : modV;
      const c = (((numRev(a, 0, a.length, r) + y(even ? tr : tl, i, b)) % mod) + mod) % mod;
      a = b;
      b = strRev(c, m, r);
    }
  } else {
    for (let i = 7; i >= 0; i--) {
      const even = i % 2 === 0;
      const m = even ? u : v;
      const mod = even ? modU : modV;
      const c = (((numRev(b, 0, b.length, r) - y(even ? tr : tl, i, a)) % mod) + mod) % mod;
      b = a;
      a = strRev(c, m, r);
    }
  }
  return [...a, ...b];
}

/** Builds FF3-1 for `radix` (2…65536) on a block cipher keyed with REVB(K). */
export function createFf3_1(reversedKeyCipher: BlockCipher, radix: number): Ff3_1 {
  if (!Number.isInteger(radix) || radix < 2 || radix > 65536) throw new RangeError(`FF3-1 radix must be 2…65536, not ${radix}`);
  let minLength = 2;
  while (radix ** minLength < MIN_DOMAIN) minLength++;
  const maxLength = 2 * Math.floor(96 / Math.log2(radix) + 1e-9);
  const run = (x: readonly number[], tweak: Uint8Array, decrypt: boolean): number[] => {
    if (tweak.length !== 7) throw new RangeError(`FF3-1 takes a 56-bit tweak, not ${tweak.length * 8} bits`);
    if (x.length < minLength || x.length > maxLength)
      throw new RangeError(`FF3-1 takes ${minLength}…${maxLength} numerals of radix ${radix}, not ${x.length}`);
    // T_L = T[0..27] || 0^4, T_R = T[32..55] || T[28..31] || 0^4.
    const tl = Uint8Array.of(tweak[0] as number, tweak[1] as number, tweak[2] as number, (tweak[3] as number) & 0xf0);
    const tr = Uint8Array.of(tweak[4] as number, tweak[5] as number, tweak[6] as number, ((tweak[3] as number) & 0x0f) << 4);
    return ff3Rounds(reversedKeyCipher, radix, tl, tr, x, decrypt);
  };
  return {
    encrypt: (x, tweak) => run(x, tweak, false),
    decrypt: (x, tweak) => run(x, tweak, true),
    minLength,
    maxLength,
  };
}
