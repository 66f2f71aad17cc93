import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRecognizers } from '../recognizers/index.js';
import { CLASS_BIT, CLASS_TABLE, type CharClass } from './char-classes.js';
import { edgeBounded } from './edge-bounded.js';
import { patternShape } from './pattern-shape.js';

const inClass = (cls: CharClass, ch: string | undefined): boolean =>
  ch !== undefined && (CLASS_TABLE[ch.charCodeAt(0)]! & CLASS_BIT[cls]) !== 0;

describe('edgeBounded', () => {
  it('accepts a pattern fenced by negative lookarounds that exclude the class', () => {
    expect(edgeBounded(/(?<![0-9A-Za-z])\d{8}(?![0-9A-Za-z])/g, 'digit')).toBe(true);
    expect(edgeBounded(/(?<![0-9A-Za-z]|\d[.-])[1-9]\d{4,10}(?![0-9A-Za-z@]|[.-]\d)/g, 'digit')).toBe(true);
    expect(edgeBounded(/(?<![0-9A-Za-z])(?<!\d[ .-])\d{9}(?![0-9A-Za-z]|[ .-]\d)/g, 'digit')).toBe(true);
    expect(edgeBounded(/(?<!\d)\d{6}(?=\D)(?!\d)/g, 'digit')).toBe(true);
  });

  it('refuses when a side is open, the class is not wholly excluded, or the source is not followed', () => {
    expect(edgeBounded(/(?<![0-9A-Za-z])\d{8}/g, 'digit')).toBe(false);
    expect(edgeBounded(/\d{8}(?![0-9A-Za-z])/g, 'digit')).toBe(false);
    expect(edgeBounded(/(?<![1-9A-Za-z])\d{8}(?![0-9A-Za-z])/g, 'digit')).toBe(false);
    expect(edgeBounded(/(?<![0-9])\d{8}(?![0-9])/g, 'digit-sep')).toBe(false);
    expect(edgeBounded(/(?<!\d)\d{8}(?!\d)|x\d{8}/g, 'digit')).toBe(false);
    expect(edgeBounded(/(?<!\d)\d{8}(?!\d)x?/g, 'digit')).toBe(false);
    expect(edgeBounded(/(?<!\d)\d{8}(?!\d\d)/g, 'digit')).toBe(false);
  });

  it('holds on random text for every built-in pattern it accepts: no class character touches a match', () => {
    const bounded: Array<[RegExp, CharClass]> = [];
    for (const r of builtinRecognizers) {
      for (const p of r.patterns ?? []) {
        for (const cls of ['digit', 'hex', 'digit-mask', 'upper-alnum', 'alnum', 'digit-sep', 'mask-sep'] as const) {
          if (patternShape(p.regex, cls) && edgeBounded(p.regex, cls)) bounded.push([new RegExp(p.regex.source, p.regex.flags), cls]);
        }
      }
    }
    expect(bounded.length).toBeGreaterThan(30);
    const alphabet = fc.constantFrom(...'0123456789 -.+()@Xx*#?_AaBCEGHKLMZ92号\n'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        for (const [re, cls] of bounded) {
          re.lastIndex = 0;
          for (let m = re.exec(text); m !== null; m = re.exec(text)) {
            if (m[0].length === 0) re.lastIndex++;
            expect(inClass(cls, text[m.index - 1])).toBe(false);
            expect(inClass(cls, text[m.index + m[0].length])).toBe(false);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
