import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRic18 } from '../testing/generate-identifiers.js';
import { revealText } from './reveal-text.js';
import { testKeys } from './test-keys.js';
import { detokenize, surrogateToken, tokenize, tokenizeValue } from './tokenize.js';

const keys = testKeys();

describe('tokenize', () => {
  it('keeps length, digits as digits and separators in place', () => {
    const t = tokenizeValue(keys, 'CN_MOBILE', '138-1234-5678');
    expect(t).toMatch(/^\d{3}-\d{4}-\d{4}$/);
    expect(t).not.toBe('138-1234-5678');
    expect(detokenize(keys, 'CN_MOBILE', t)).toBe('138-1234-5678');
  });
  it('encrypts letters with digits, and Chinese characters among themselves', () => {
    const id = generateRic18('11010X'.replace('X', '5'), '19491231', '002');
    expect(detokenize(keys, 'CN_RIC18', tokenizeValue(keys, 'CN_RIC18', id))).toBe(id);
    const name = tokenizeValue(keys, 'PERSON', '王小明');
    expect(name).toMatch(/^[\u4e00-\u9fff]{3}$/);
    expect(detokenize(keys, 'PERSON', name)).toBe('王小明');
  });
  it('differs per entity (the tweak) and per key', () => {
    const a = tokenizeValue(keys, 'CN_MOBILE', '13812345678');
    expect(tokenizeValue(keys, 'QQ', '13812345678')).not.toBe(a);
    expect(tokenizeValue(testKeys(3), 'CN_MOBILE', '13812345678')).not.toBe(a);
  });
  it('refuses values too short for a million-value domain', () => {
    expect(() => tokenizeValue(keys, 'CN_POSTCODE', '12345')).toThrow(/too short/);
  });
  it('wraps the token so that reveal finds it in free text, unless asked not to', () => {
    const input = { entity: 'CN_MOBILE', value: '13812345678', piType: 'PI.BASIC.PHONE' };
    expect(tokenize(input, { kind: 'tokenize' }, { keys })).toMatch(/^\{\{CN_MOBILE:\d{11}\}\}$/);
    expect(tokenize(input, { kind: 'tokenize', surrogate: false }, { keys })).toMatch(/^\d{11}$/);
  });
  it('round-trips through reveal for any text with tokens in it (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 8 }), fc.stringMatching(/^[0-9A-Za-z]{6,20}$/)), { minLength: 1, maxLength: 5 }),
        fc.string({ maxLength: 8 }),
        (parts, tail) => {
          // Text around the tokens holds no braces of its own (the annotation's delimiters).
          const clean = (s: string) => s.replace(/[{}]/g, '');
          const original = parts.map(([t, v]) => clean(t) + v).join('') + clean(tail);
          const tokenized = parts.map(([t, v]) => clean(t) + surrogateToken('QQ', tokenizeValue(keys, 'QQ', v))).join('') + clean(tail);
          const r = revealText(tokenized, keys);
          expect(r.text).toBe(original);
          expect(r.revealed).toBe(parts.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('tokenize alphabets (cycle walking)', () => {
  it('a value with letters always gets a token with a letter, so reveal picks the same alphabet', () => {
    for (let i = 0; i < 3000; i++) {
      const v = `A${String(i).padStart(5, '0')}`;
      const t = tokenizeValue(keys, 'CN_PASSPORT', v);
      expect(t).toMatch(/[A-Za-z]/);
      expect(detokenize(keys, 'CN_PASSPORT', t)).toBe(v);
    }
  });
  it('an address encrypts its Chinese characters and house number together', () => {
    const v = '北京市海淀区中关村大街27号';
    const t = tokenizeValue(keys, 'CN_ADDRESS', v);
    expect(t).not.toContain('27');
    expect(Array.from(t)).toHaveLength(Array.from(v).length);
    expect(detokenize(keys, 'CN_ADDRESS', t)).toBe(v);
  });
});

describe('tokenize with FF3-1', () => {
  it('keeps the format, differs from FF1, and is marked so that reveal picks FF3-1', () => {
    const mobile = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const t = tokenizeValue(keys, 'CN_MOBILE', mobile, 'ff3-1');
    expect(t).toMatch(/^\d{11}$/);
    expect(t).not.toBe(tokenizeValue(keys, 'CN_MOBILE', mobile));
    expect(detokenize(keys, 'CN_MOBILE', t, 'ff3-1')).toBe(mobile);
    const wrapped = tokenize({ entity: 'CN_MOBILE', value: mobile } as never, { kind: 'tokenize', algorithm: 'ff3-1' }, { keys });
    expect(wrapped).toBe(`{{CN_MOBILE|FF3-1:${t}}}`);
    const ff1 = surrogateToken('CN_MOBILE', tokenizeValue(keys, 'CN_MOBILE', mobile));
    expect(revealText(`a ${wrapped} b ${ff1}`, keys)).toEqual({ text: `a ${mobile} b ${mobile}`, revealed: 2, failed: 0 });
  });
  it('round-trips digits, letters and Chinese text within its length limit, and refuses longer values', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Za-z\u4e00-\u9fa5]{6,12}$/), (v) => {
        expect(detokenize(keys, 'X', tokenizeValue(keys, 'X', v, 'ff3-1'), 'ff3-1')).toBe(v);
      }),
      { numRuns: 50 },
    );
    expect(() => tokenizeValue(keys, 'CN_ADDRESS', '浙江省杭州市西湖区文三路一百号', 'ff3-1')).toThrow(/too long for FF3-1/);
  });
});
