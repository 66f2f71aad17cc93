import type { BlockCipher } from './aes.js';

/** NIST SP 800-38G Rev. 1: the domain of a format-preserving cipher must hold at least a million values. */
export const MIN_DOMAIN = 1_000_000;
const MAX_LENGTH = 1 << 16;

/** FF1 (NIST SP 800-38G) over numeral strings of one radix, keyed by an AES block cipher. */
export interface Ff1 {
  /** Encrypts numerals (each 0 ≤ x < radix) under `tweak`. */
  encrypt(numerals: readonly number[], tweak?: Uint8Array): number[];
  /** The inverse of `encrypt` for the same tweak. */
  decrypt(numerals: readonly number[], tweak?: Uint8Array): number[];
  /** The shortest numeral string whose domain is large enough for FF1. */
  readonly minLength: number;
}

function num(numerals: readonly number[], start: number, end: number, radix: bigint): bigint {
  let x = 0n;
  for (let i = start; i < end; i++) x = x * radix + BigInt(numerals[i] as number);
  return x;
}

function str(x: bigint, m: number, radix: bigint): number[] {
  const out = new Array<number>(m);
  for (let i = m - 1; i >= 0; i--) {
    out[i] = Number(x % radix);
    x /= radix;
  }
  return out;
}

function bytesToBigInt(bytes: Uint8Array, length: number): bigint {
  let x = 0n;
  for (let i = 0; i < length; i++) x = (x << 8n) | BigInt(bytes[i] as number);
  return x;
}

function writeBigInt(x: bigint, out: Uint8Array, offset: number, length: number): void {
  for (let i = offset + length - 1; i >= offset; i--) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
}

/** Builds FF1 for `radix` (2…65536) on top of `cipher` (AES, any key size). */
export function createFf1(cipher: BlockCipher, radix: number): Ff1 {
  if (!Number.isInteger(radix) || radix < 2 || radix > 65536) throw new RangeError(`FF1 radix must be 2…65536, not ${radix}`);
  let minLength = 2;
  while (radix ** minLength < MIN_DOMAIN) minLength++;
  const r = BigInt(radix);

  function round(n: number, tweak: Uint8Array): { u: number; v: number; b: number; d: number; p: Uint8Array } {
    const u = Math.floor(n / 2);
    const v = n - u;
    const bits = (r ** BigInt(v) - 1n).toString(2).length;
    const b = Math.ceil(bits / 8);
    const d = 4 * Math.ceil(b / 4) + 4;
    const p = Uint8Array.of(
      1,
      2,
      1,
      (radix >>> 16) & 0xff,
      (radix >>> 8) & 0xff,
      radix & 0xff,
      10,
      u & 0xff,
      (n >>> 24) & 0xff,
      (n >>> 16) & 0xff,
      (n >>> 8) & 0xff,
      n & 0xff,
      (tweak.length >>> 24) & 0xff,
      (tweak.length >>> 16) & 0xff,
      (tweak.length >>> 8) & 0xff,
      tweak.length & 0xff,
    );
    return { u, v, b, d, p };
  }

  // y = NUM(S) of round i, from the numeral value `half` of the half that does not change in this round.
  function roundValue(tweak: Uint8Array, p: Uint8Array, b: number, d: number, i: number, half: bigint): bigint {
    const qLen = tweak.length + ((((-tweak.length - b - 1) % 16) + 16) % 16) + 1 + b;
    const msg = new Uint8Array(16 + qLen);
    msg.set(p);
    msg.set(tweak, 16);
    msg[16 + qLen - b - 1] = i;
    writeBigInt(half, msg, 16 + qLen - b, b);
    const y = new Uint8Array(16);
    for (let off = 0; off < msg.length; off += 16) {
      for (let j = 0; j < 16; j++) y[j] = (y[j] as number) ^ (msg[off + j] as number);
      cipher.encryptBlock(y, 0, y, 0);
    }
    const blocks = Math.ceil(d / 16);
    const s = new Uint8Array(blocks * 16);
    s.set(y);
    const block = new Uint8Array(16);
    for (let j = 1; j < blocks; j++) {
      for (let k = 0; k < 16; k++) block[k] = y[k] as number;
      // R ⊕ [j]^16: j written big-endian in the last bytes of the block.
      block[15] = (block[15] as number) ^ (j & 0xff);
      block[14] = (block[14] as number) ^ ((j >>> 8) & 0xff);
      cipher.encryptBlock(block, 0, s, j * 16);
    }
    return bytesToBigInt(s, d);
  }

  function check(numerals: readonly number[]): void {
    const n = numerals.length;
    if (n < minLength || n > MAX_LENGTH) throw new RangeError(`FF1 needs ${minLength}…${MAX_LENGTH} numerals of radix ${radix}, got ${n}`);
    for (const x of numerals) if (!(Number.isInteger(x) && x >= 0 && x < radix)) throw new RangeError(`numeral out of radix ${radix}`);
  }

  return {
    minLength,
    encrypt(numerals, tweak = new Uint8Array(0)) {
      check(numerals);
      const n = numerals.length;
      const { u, v, b, d, p } = round(n, tweak);
      let a = num(numerals, 0, u, r);
      let bb = num(numerals, u, n, r);
      const modU = r ** BigInt(u);
      const modV = r ** BigInt(v);
      for (let i = 0; i < 10; i++) {
        const y = roundValue(tweak, p, b, d, i, bb);
        const mod = i % 2 === 0 ? modU : modV;
        const c = (((a + y) % mod) + mod) % mod;
        a = bb;
        bb = c;
      }
      return [...str(a, u, r), ...str(bb, v, r)];
    },
    decrypt(numerals, tweak = new Uint8Array(0)) {
      check(numerals);
      const n = numerals.length;
      const { u, v, b, d, p } = round(n, tweak);
      let a = num(numerals, 0, u, r);
      let bb = num(numerals, u, n, r);
      const modU = r ** BigInt(u);
      const modV = r ** BigInt(v);
      for (let i = 9; i >= 0; i--) {
        const y = roundValue(tweak, p, b, d, i, a);
        const mod = i % 2 === 0 ? modU : modV;
        const c = (((bb - y) % mod) + mod) % mod;
        bb = a;
        a = c;
      }
      return [...str(a, u, r), ...str(bb, v, r)];
    },
  };
}
