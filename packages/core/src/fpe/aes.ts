/**
 * AES (FIPS-197) forward cipher in pure TypeScript, because the core has no node:crypto. FF1 and FF3-1 only
 * ever encrypt, so the inverse cipher is left out. Not constant-time: the core runs where timing is not an
 * attack surface an adversary can sample (batch redaction of one's own data).
 */

/** One block cipher key schedule: encrypts 16-byte blocks. */
export interface BlockCipher {
  /** Encrypts the 16 bytes of `input` at `inOff` into `out` at `outOff` (the two may overlap exactly). */
  encryptBlock(input: Uint8Array, inOff: number, out: Uint8Array, outOff: number): void;
}

// The S-box is derived (multiplicative inverse in GF(2^8) then the affine map) rather than typed in, so that a
// mistyped table entry cannot hide in 256 numbers.
const SBOX = new Uint8Array(256);
{
  let p = 1;
  let q = 1;
  do {
    p = p ^ ((p << 1) & 0xff) ^ (p & 0x80 ? 0x1b : 0);
    q ^= q << 1;
    q ^= q << 2;
    q ^= q << 4;
    q &= 0xff;
    if (q & 0x80) q ^= 0x09;
    const x = q ^ ((q << 1) | (q >>> 7)) ^ ((q << 2) | (q >>> 6)) ^ ((q << 3) | (q >>> 5)) ^ ((q << 4) | (q >>> 4));
    SBOX[p] = (x ^ 0x63) & 0xff;
  } while (p !== 1);
  SBOX[0] = 0x63;
}

const xtime = (b: number): number => ((b << 1) ^ (b & 0x80 ? 0x1b : 0)) & 0xff;

function expandKey(key: Uint8Array): Uint8Array {
  const nk = key.length / 4;
  const rounds = nk + 6;
  const w = new Uint8Array(16 * (rounds + 1));
  w.set(key);
  let rcon = 1;
  for (let i = nk; i < 4 * (rounds + 1); i++) {
    let t0 = w[(i - 1) * 4] as number;
    let t1 = w[(i - 1) * 4 + 1] as number;
    let t2 = w[(i - 1) * 4 + 2] as number;
    let t3 = w[(i - 1) * 4 + 3] as number;
    if (i % nk === 0) {
      const r = t0;
      t0 = (SBOX[t1] as number) ^ rcon;
      t1 = SBOX[t2] as number;
      t2 = SBOX[t3] as number;
      t3 = SBOX[r] as number;
      rcon = xtime(rcon);
    } else if (nk > 6 && i % nk === 4) {
      t0 = SBOX[t0] as number;
      t1 = SBOX[t1] as number;
      t2 = SBOX[t2] as number;
      t3 = SBOX[t3] as number;
    }
    const b = (i - nk) * 4;
    w[i * 4] = (w[b] as number) ^ t0;
    w[i * 4 + 1] = (w[b + 1] as number) ^ t1;
    w[i * 4 + 2] = (w[b + 2] as number) ^ t2;
    w[i * 4 + 3] = (w[b + 3] as number) ^ t3;
  }
  return w;
}

/** An AES-128/192/256 encryptor for a 16-, 24- or 32-byte key. */
export function createAes(key: Uint8Array): BlockCipher {
  if (key.length !== 16 && key.length !== 24 && key.length !== 32) {
    throw new RangeError(`AES keys are 16, 24 or 32 bytes, not ${key.length}`);
  }
  const w = expandKey(key);
  const rounds = key.length / 4 + 6;
  const s = new Uint8Array(16);
  const t = new Uint8Array(16);
  return {
    encryptBlock(input, inOff, out, outOff) {
      for (let i = 0; i < 16; i++) s[i] = (input[inOff + i] as number) ^ (w[i] as number);
      for (let round = 1; round <= rounds; round++) {
        // SubBytes and ShiftRows together: column c of the result takes row r from column c + r.
        for (let c = 0; c < 4; c++) {
          for (let r = 0; r < 4; r++) t[c * 4 + r] = SBOX[s[((c + r) % 4) * 4 + r] as number] as number;
        }
        if (round < rounds) {
          for (let c = 0; c < 4; c++) {
            const a0 = t[c * 4] as number;
            const a1 = t[c * 4 + 1] as number;
            const a2 = t[c * 4 + 2] as number;
            const a3 = t[c * 4 + 3] as number;
            const all = a0 ^ a1 ^ a2 ^ a3;
            s[c * 4] = a0 ^ all ^ xtime(a0 ^ a1);
            s[c * 4 + 1] = a1 ^ all ^ xtime(a1 ^ a2);
            s[c * 4 + 2] = a2 ^ all ^ xtime(a2 ^ a3);
            s[c * 4 + 3] = a3 ^ all ^ xtime(a3 ^ a0);
          }
        } else {
          s.set(t);
        }
        const k = round * 16;
        for (let i = 0; i < 16; i++) s[i] = (s[i] as number) ^ (w[k + i] as number);
      }
      out.set(s, outOff);
    },
  };
}
