// Some prefilters are written to start at a rare character (a separator, a colon) so that V8 can skip to it;
// each must accept exactly the texts its plain form accepts, or a recogniser would run where it did not (or
// miss where it should not). The plain forms are kept here as the specification.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cnBankCardMasked } from '../cn/cn-bank-card-masked.js';
import { cnMobileMasked } from '../cn/cn-mobile-masked.js';
import { mrz } from '../intl/mrz.js';
import { ipv6 } from './ipv6.js';
import { macAddress } from './mac-address.js';

const CASES: Array<[string, RegExp, RegExp]> = [
  ['mac-address', macAddress.prefilter, /[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\./],
  ['ipv6', ipv6.prefilter, /::|(?:[0-9A-Fa-f]{1,4}:){3}/],
  ['mrz', mrz.prefilter, /\d{7}[MFX<]\d{7}/],
  ['cn-mobile-masked', cnMobileMasked.prefilter, /[0-9*×✱●•○#?_Xx][*×✱●•○#?_]|[*×✱●•○#?_][0-9*×✱●•○#?_Xx]|[Xx][ -]?[Xx]/],
  ['cn-bank-card-masked', cnBankCardMasked.prefilter, /[0-9*×✱●•○#?_][*×✱●•○#?_]|[*×✱●•○#?_][0-9*×✱●•○#?_]/],
];

// Hex digits, their separators, the MRZ sex and filler characters, mask glyphs and a few others, so that near-misses are common.
const alphabet = fc.constantFrom(...'0123456789abcdefABCDEFgxZ:-.: -.::MFX<0123456789*×✱●•○#?_Xx'.split(''));

describe('rewritten prefilters accept exactly what their plain forms accept', () => {
  for (const [id, fast, plain] of CASES) {
    it(id, () => {
      const samples = ['00:1a:2b:3c:4d:5e', '001a.2b3c.4d5e', 'fe80::1', '2001:db8:0:1', '12:30:45', '2026-01-15', '1a-2b:3c-'];
      for (const s of [
        ...samples,
        '7408122F1204159',
        'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
        '740812F1204159',
        '1234567<<1234567',
      ]) {
        expect(fast.test(s), s).toBe(plain.test(s));
      }
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
          const s = chars.join('');
          expect(fast.test(s)).toBe(plain.test(s));
        }),
        { numRuns: 20000 },
      );
    });
  }
});
