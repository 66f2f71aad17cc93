import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.js';
import { normalizeForAnalysis } from './normalize-for-analysis.js';

// Characters every branch of the normaliser cares about, mixed with ordinary ones.
const interesting = fc.constantFrom(
  '１',
  'Ｘ',
  '，',
  '：',
  '（',
  '\u3000',
  '\u200b',
  '\ufeff',
  '\u2060',
  '—',
  '－',
  '\u2212',
  '\ufe58',
  '1',
  'a',
  '身',
  ' ',
  '\n',
  '😀',
);
const text = fc.array(fc.oneof(interesting, fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('normalizeForAnalysis', () => {
  it('gives the same text and offsets as normalizeText', () => {
    fc.assert(
      fc.property(text, (s) => {
        const fast = normalizeForAnalysis(s);
        const slow = normalizeText(s);
        expect(fast.text).toBe(slow.text);
        for (let i = 0; i <= fast.text.length; i++) expect(fast.toOriginal(i)).toBe(slow.toOriginal(i));
        for (let a = 0; a < fast.text.length; a++) expect(fast.span(a, a + 1)).toEqual(slow.span(a, a + 1));
      }),
      { numRuns: 500 },
    );
  });

  it('rewrites full-width Chinese punctuation without moving offsets', () => {
    const n = normalizeForAnalysis('电话：１３８，好');
    expect(n.text).toBe('电话:138,好');
    expect(n.span(3, 6)).toEqual([3, 6]);
  });
});
