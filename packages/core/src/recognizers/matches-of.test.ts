import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesOf } from './matches-of.js';

const sameAsMatchAll = (re: RegExp, text: string): void => {
  const want = [...text.matchAll(re)].map((m) => [m.index, ...m]);
  expect(matchesOf(re, text).map((m) => [m.index, ...m])).toEqual(want);
  expect(re.lastIndex).toBe(0);
};

describe('matchesOf', () => {
  it('gives what matchAll gives, empty matches and surrogate pairs included', () => {
    const regexes = [/a+/g, /a*/g, /(?:)/gu, /(b)?c/g, /未见(?:明显)?异常|\d{2,}/g, /x*/gi];
    const alphabet = fc.constantFrom(...'aabbcxX1234未见明显异常 '.split(''), '😀', '\ud83d');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        for (const re of regexes) sameAsMatchAll(re, chars.join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('starts from the beginning whatever a previous use left', () => {
    const re = /\d+/g;
    re.lastIndex = 5;
    expect(matchesOf(re, '12 345').map((m) => m[0])).toEqual(['12', '345']);
  });
});
