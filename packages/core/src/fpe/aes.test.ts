import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../crypto/hex.js';
import { createAes } from './aes.js';

// FIPS-197 Appendix C example vectors: plaintext 00112233…ff under keys 000102…
const PLAIN = '00112233445566778899aabbccddeeff';
const VECTORS = [
  { key: '000102030405060708090a0b0c0d0e0f', cipher: '69c4e0d86a7b0430d8cdb78070b4c55a' },
  { key: '000102030405060708090a0b0c0d0e0f1011121314151617', cipher: 'dda97ca4864cdfe06eaf70a0ec0d7191' },
  { key: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', cipher: '8ea2b7ca516745bfeafc49904b496089' },
];

describe('AES (FIPS-197 Appendix C)', () => {
  for (const v of VECTORS) {
    it(`AES-${v.key.length * 4}`, () => {
      const out = new Uint8Array(16);
      createAes(fromHex(v.key)).encryptBlock(fromHex(PLAIN), 0, out, 0);
      expect(toHex(out)).toBe(v.cipher);
    });
  }
  it('FIPS-197 Appendix B (AES-128)', () => {
    const out = new Uint8Array(16);
    createAes(fromHex('2b7e151628aed2a6abf7158809cf4f3c')).encryptBlock(fromHex('3243f6a8885a308d313198a2e0370734'), 0, out, 0);
    expect(toHex(out)).toBe('3925841d02dc09fbdc118597196a0b32');
  });
  it('rejects a key of the wrong size', () => {
    expect(() => createAes(new Uint8Array(15))).toThrow(RangeError);
  });
});
