import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from './hex.js';
import { Sha256, sha256 } from './sha256.js';
import { utf8Bytes } from './utf8.js';

const hex = (s: string): string => toHex(sha256(utf8Bytes(s)));

describe('sha256 (FIPS 180-4 / NIST CSRC example vectors)', () => {
  it('empty message', () => {
    expect(hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
  it('"abc" (one block)', () => {
    expect(hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('448-bit message (padding spills into a second block)', () => {
    expect(hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });
  it('896-bit message', () => {
    expect(hex('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu')).toBe(
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    );
  });
  it('one million "a", fed in uneven chunks', () => {
    const h = new Sha256();
    const chunk = utf8Bytes('a'.repeat(997));
    let left = 1_000_000;
    while (left > 0) {
      const n = Math.min(left, chunk.length);
      h.update(chunk.subarray(0, n));
      left -= n;
    }
    expect(toHex(h.digest())).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });
  it('agrees with node:crypto on random inputs split at random points', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), (data, cut) => {
        const at = Math.min(cut, data.length);
        const ours = toHex(new Sha256().update(data.subarray(0, at)).update(data.subarray(at)).digest());
        expect(ours).toBe(createHash('sha256').update(data).digest('hex'));
      }),
    );
  });
  it('clone continues independently of the original', () => {
    const a = new Sha256().update(utf8Bytes('ab'));
    const b = a.clone();
    expect(toHex(a.update(utf8Bytes('c')).digest())).toBe(hex('abc'));
    expect(toHex(b.update(utf8Bytes('d')).digest())).toBe(hex('abd'));
  });
});

describe('utf8Bytes', () => {
  it('matches Buffer for CJK, astral and lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(toHex(utf8Bytes(s))).toBe(Buffer.from(s, 'utf8').toString('hex'));
      }),
    );
    expect(toHex(utf8Bytes('身份证\u{20000}\ud800'))).toBe(Buffer.from('身份证\u{20000}\ud800', 'utf8').toString('hex'));
  });
});
