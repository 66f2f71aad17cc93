import { describe, expect, it } from 'vitest';
import { compileContext, findContext, mayHaveContext } from './context.js';
import { lowerText } from './lower-text.js';

describe('findContext', () => {
  const c = compileContext({ words: ['身份证', 'ID No', 'a.b'], negative: ['订单号'], before: 10, after: 5 });

  it('finds words before and after the span, case-insensitively, in declaration order', () => {
    const text = 'ID NO 身份证 X123 订单号';
    const hits = findContext(lowerText(text), 10, 14, c, '');
    expect(hits.positive).toEqual(['身份证', 'id no']);
    expect(hits.negative).toEqual(['订单号']);
  });

  it('does not match a word across the span or outside the window', () => {
    const text = '身份XXXX证 ............ 身份证';
    expect(findContext(lowerText(text), 2, 6, c, '').positive).toEqual([]);
  });

  it('treats regex metacharacters in words literally and reads the extra context', () => {
    expect(findContext(lowerText('axb 123'), 4, 7, c, '').positive).toEqual([]);
    expect(findContext(lowerText('a.b 123'), 4, 7, c, '').positive).toEqual(['a.b']);
    expect(findContext(lowerText('123'), 0, 3, c, 'id no').positive).toEqual(['id no']);
  });

  it('lower-cases range by range when lower-casing the whole text would move offsets', () => {
    const text = 'İİİ ID NO 123';
    expect(findContext(lowerText(text), 10, 13, c, '').positive).toEqual(['id no']);
  });
});

describe('mayHaveContext', () => {
  const c = compileContext({ words: ['账号'], required: true, before: 4, after: 2 });

  it('is false only when no word can be near any span of the range', () => {
    const text = '账号 1234567890 其他';
    expect(mayHaveContext(lowerText(text), 3, 13, c, '')).toBe(true);
    expect(mayHaveContext(lowerText('无关 1234567890'), 3, 13, c, '')).toBe(false);
    expect(mayHaveContext(lowerText('无关 1234567890'), 3, 13, c, '账号')).toBe(true);
  });
});
