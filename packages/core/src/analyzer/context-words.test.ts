import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileContext, findContext, mayHaveContext } from './context.js';
import { contextWordIndex } from './context-words.js';
import { lowerText } from './lower-text.js';

// The index must answer exactly as the plain functions, which test each range with a regex.
const contexts = [
  compileContext({ words: ['身份证', 'ID No', 'a.b', '号', '身份'], negative: ['订单号', '单号'], before: 10, after: 5 }),
  compileContext({ words: ['账号', 'acct', 'ac'], required: true, before: 4, after: 2 }),
  compileContext({ words: ['ip', 'ip address', 'ip'], negative: ['version'] }),
  compileContext({ words: [] }),
];

describe('contextWordIndex', () => {
  const index = contextWordIndex();
  const keys = contexts.map((c) => index.add(c));

  it('finds words around a span, overlapping ones included, in declaration order', () => {
    const text = 'ID NO 身份证 X123 订单号';
    const words = index.forText(lowerText(text));
    expect(words.find(keys[0]!, 10, 14, '')).toEqual(findContext(lowerText(text), 10, 14, contexts[0]!, ''));
    expect(words.find(keys[0]!, 10, 14, '')).toEqual({ positive: ['身份证', 'id no', '号', '身份'], negative: ['订单号', '单号'] });
  });

  it('answers as findContext and mayHaveContext on random texts, spans and extra context', () => {
    const alphabet = fc.constantFrom(...'身份证号订单账号IDidNo a.bcpPrs ip 12345\n'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }),
        fc.nat(60),
        fc.nat(20),
        fc.constantFrom('', 'acct', 'id no', '单号'),
        (chars, s, len, extra) => {
          const text = chars.join('');
          const start = Math.min(s, text.length);
          const end = Math.min(start + len, text.length);
          const words = index.forText(lowerText(text));
          contexts.forEach((c, i) => {
            expect(words.find(keys[i]!, start, end, extra)).toEqual(findContext(lowerText(text), start, end, c, extra));
            expect(words.mayHave(keys[i]!, start, end, extra)).toBe(mayHaveContext(lowerText(text), start, end, c, extra));
            const plain = findContext(lowerText(text), start, end, c, extra);
            expect(words.hasPositive(keys[i]!, start, end, extra)).toBe(plain.positive.length > 0);
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('falls back to the plain functions when lower-casing moves offsets', () => {
    const text = 'İİİ ID NO 123';
    expect(index.forText(lowerText(text)).find(keys[0]!, 10, 13, '').positive).toEqual(['id no']);
  });
});
