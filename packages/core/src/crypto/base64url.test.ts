import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from './base64url.js';
import { fromHex, toHex } from './hex.js';

describe('toBase64Url', () => {
  it('RFC 4648 §10 vectors, unpadded', () => {
    const enc = (s: string): string => toBase64Url(Uint8Array.from(s, (c) => c.charCodeAt(0)));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual(['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
  });
  it('matches Buffer base64url for random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        expect(toBase64Url(b)).toBe(Buffer.from(b).toString('base64url'));
      }),
    );
  });
});

describe('hex', () => {
  it('round-trips and rejects odd or non-hex input', () => {
    expect(toHex(fromHex('00ff10'))).toBe('00ff10');
    expect(() => fromHex('abc')).toThrow(RangeError);
    expect(() => fromHex('zz')).toThrow(RangeError);
  });
});
