import { describe, expect, it } from 'vitest';
import { isTrivialValue } from './trivial-value.js';

describe('isTrivialValue', () => {
  it('skips blanks and short numbers, keeps anything that could hold PI', () => {
    for (const t of ['', '   ', '1', '12.5', '-3', '9999', '1,20']) expect(isTrivialValue(t)).toBe(true);
    for (const t of ['张三', 'ab', '13800', '13800138000', 'a@b.cn', '男', '1 2']) expect(isTrivialValue(t)).toBe(false);
  });
});
