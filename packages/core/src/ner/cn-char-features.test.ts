import { describe, expect, it } from 'vitest';
import { CN_FEATURES_PER_CHAR, cnCharFeatures } from './cn-char-features.js';
import { cnNameModel } from './cn-name-tagger.js';
import { featureBucket } from './feature-hash.js';

describe('Chinese name features', () => {
  it('takes the small-domain buckets from tables that agree with hashing each feature', () => {
    // Slots 0, 12, 13, 14, 17 are templates 1 (bias), 13 (class), 14 (previous class, class),
    // 15 (class, next class) and 18 (shapes); recompute them here from the lexicon and the characters.
    const { model, lexicon } = cnNameModel();
    const mask = (1 << model.bits) - 1;
    const text = '联系人：欧阳娜娜，Tel 138-0000，张伟说 OK。';
    const f = cnCharFeatures(text, lexicon, model.bits);
    const cls = (i: number): number => {
      if (i < 0 || i >= text.length) return 16;
      const c = text.charCodeAt(i);
      const k = lexicon.classes[c]!;
      return k & 8 && i + 1 < text.length && lexicon.isCompoundSurname(c, text.charCodeAt(i + 1)) ? k | 32 : k;
    };
    const shape = (i: number): number => {
      if (i < 0 || i >= text.length) return 0;
      const c = text.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) return 1;
      if (c >= 0x41 && c <= 0x5a) return 2;
      if (c >= 0x61 && c <= 0x7a) return 3;
      if (c >= 0x30 && c <= 0x39) return 4;
      if (c === 0x20) return 5;
      return c === 0x2d ? 6 : 7;
    };
    expect(cls(4)).toBe(cls(4) | 32); // 欧阳 is a compound surname: the table index goes above 31
    for (let i = 0; i < text.length; i++) {
      const at = (slot: number) => f.ids[i * CN_FEATURES_PER_CHAR + slot];
      expect(at(0)).toBe(featureBucket(mask, 1, 0, 0, 0));
      expect(at(12)).toBe(featureBucket(mask, 13, cls(i), 0, 0));
      expect(at(13)).toBe(featureBucket(mask, 14, cls(i - 1), cls(i), 0));
      expect(at(14)).toBe(featureBucket(mask, 15, cls(i), cls(i + 1), 0));
      expect(at(17)).toBe(featureBucket(mask, 18, shape(i - 1) * 8 + shape(i), shape(i + 1), 0));
    }
  });

  it('gives a character one block of unigram rows, read as itself and as each neighbour', () => {
    const { model, lexicon } = cnNameModel();
    const text = '联系人：欧阳娜娜，张伟说。';
    const f = cnCharFeatures(text, lexicon, model.bits);
    const at = (i: number, slot: number) => f.ids[i * CN_FEATURES_PER_CHAR + slot]!;
    for (let i = 0; i + 2 < text.length; i++) {
      expect(at(i + 1, 2)).toBe(at(i, 1) + 1); // character i as the left neighbour of i + 1
      expect(at(i, 3)).toBe(at(i + 1, 1) + 2); // character i + 1 as the right neighbour of i
      expect(at(i + 2, 4)).toBe(at(i, 1) + 3);
      expect(at(i, 5)).toBe(at(i + 2, 1) + 4);
    }
    // Different characters get different blocks here (a collision is possible in general, not in this text).
    expect(new Set([...text].map((_, i) => at(i, 1))).size).toBe(new Set(text).size);
  });
});
