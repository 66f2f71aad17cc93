import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex } from '../crypto/hex.js';
import { createAes } from './aes.js';
import { createFf1 } from './ff1.js';

const ALPHA36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const toNumerals = (s: string): number[] => Array.from(s, (c) => ALPHA36.indexOf(c));
const fromNumerals = (x: number[]): string => x.map((i) => ALPHA36[i]).join('');

const K128 = '2b7e151628aed2a6abf7158809cf4f3c';
const K192 = `${K128}ef4359d8d580aa4f`;
const K256 = `${K192}7f036d6f04fc6a94`;
const T10 = '39383736353433323130';
const T36 = '3737373770717273373737';
const P10 = '0123456789';
const P36 = '0123456789abcdefghi';

// NIST SP 800-38G FF1 samples 1–9 (csrc.nist.gov "Examples with Intermediate Values", FF1samples.pdf).
const SAMPLES = [
  { n: 1, key: K128, radix: 10, tweak: '', plain: P10, cipher: '2433477484' },
  { n: 2, key: K128, radix: 10, tweak: T10, plain: P10, cipher: '6124200773' },
  { n: 3, key: K128, radix: 36, tweak: T36, plain: P36, cipher: 'a9tv40mll9kdu509eum' },
  { n: 4, key: K192, radix: 10, tweak: '', plain: P10, cipher: '2830668132' },
  { n: 5, key: K192, radix: 10, tweak: T10, plain: P10, cipher: '2496655549' },
  { n: 6, key: K192, radix: 36, tweak: T36, plain: P36, cipher: 'xbj3kv35jrawxv32ysr' },
  { n: 7, key: K256, radix: 10, tweak: '', plain: P10, cipher: '6657667009' },
  { n: 8, key: K256, radix: 10, tweak: T10, plain: P10, cipher: '1001623463' },
  { n: 9, key: K256, radix: 36, tweak: T36, plain: P36, cipher: 'xs8a0azh2avyalyzuwd' },
];

describe('FF1 (NIST SP 800-38G samples)', () => {
  for (const s of SAMPLES) {
    it(`sample ${s.n}: encrypts and decrypts`, () => {
      const ff1 = createFf1(createAes(fromHex(s.key)), s.radix);
      const tweak = fromHex(s.tweak);
      expect(fromNumerals(ff1.encrypt(toNumerals(s.plain), tweak))).toBe(s.cipher);
      expect(fromNumerals(ff1.decrypt(toNumerals(s.cipher), tweak))).toBe(s.plain);
    });
  }

  it('round-trips any numeral string of radix 10, 62 and 20992 (property)', () => {
    const aes = createAes(fromHex(K128));
    for (const radix of [10, 62, 20992]) {
      const ff1 = createFf1(aes, radix);
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: radix - 1 }), { minLength: ff1.minLength, maxLength: 40 }),
          fc.uint8Array({ maxLength: 20 }),
          (numerals, tweak) => {
            expect(ff1.decrypt(ff1.encrypt(numerals, tweak), tweak)).toEqual(numerals);
          },
        ),
        { numRuns: 100 },
      );
    }
  });

  it('refuses a domain smaller than a million values', () => {
    const ff1 = createFf1(createAes(fromHex(K128)), 10);
    expect(ff1.minLength).toBe(6);
    expect(() => ff1.encrypt([1, 2, 3, 4, 5])).toThrow(RangeError);
  });
});
