import { describe, expect, it } from 'vitest';
import { RepeatedCellMemo } from './repeated-cell-memo.js';

describe('RepeatedCellMemo', () => {
  it('keeps a value only for a cell seen twice, and keeps a cell used often among many unique ones', () => {
    const memo = new RepeatedCellMemo<string>(64);
    const status = memo.keyOf('已发货', '状态') as string;
    expect(memo.seen(status)).toBe(false);
    expect(memo.get(status)).toBeUndefined();
    expect(memo.seen(status)).toBe(true);
    memo.keep(status, 'kept');
    for (let i = 0; i < 10_000; i++) {
      const id = memo.keyOf(String(1_000_000 + i), '编号') as string;
      expect(memo.get(id)).toBeUndefined();
      expect(memo.seen(id)).toBe(false);
      // Every 20 unique cells, the status comes again: it is never forgotten.
      if (i % 20 === 0) expect(memo.get(status)).toBe('kept');
      expect(memo.size).toBeLessThanOrEqual(64);
    }
  });

  it('forgets a cell not seen again within its capacity, and keys by context', () => {
    const memo = new RepeatedCellMemo<number>(8);
    const first = memo.keyOf('a', 'x') as string;
    memo.seen(first);
    for (let i = 0; i < 8; i++) memo.seen(memo.keyOf(`u${i}`, 'x') as string);
    expect(memo.seen(first)).toBe(false);
    expect(memo.keyOf('a', 'x')).not.toBe(memo.keyOf('a', 'y'));
    expect(memo.keyOf('x'.repeat(65), 'x')).toBeUndefined();
    expect(new RepeatedCellMemo(0).keyOf('a', 'x')).toBeUndefined();
  });
});
