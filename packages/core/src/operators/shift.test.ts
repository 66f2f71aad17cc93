import { describe, expect, it } from 'vitest';
import { toDayNumber } from './date-parts.js';
import { shift } from './shift.js';
import { testKeys } from './test-keys.js';

const keys = testKeys();
const s = (value: string, person: string, maxDays?: number) =>
  shift({ entity: 'DATE', value, piType: 'PI.X' }, { kind: 'shift', ...(maxDays ? { maxDays } : {}) }, { keys, person });
const days = (v: string) => {
  const m = /(\d{4})\D?(\d{1,2})\D?(\d{1,2})/.exec(v) as RegExpExecArray;
  return toDayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
};

describe('shift', () => {
  it('moves one person’s dates by the same offset, keeping intervals and the layout', () => {
    const a = s('2024-01-10', 'p1');
    const b = s('2024-03-01', 'p1');
    expect(a).not.toBe('2024-01-10');
    expect(days(b) - days(a)).toBe(days('2024-03-01') - days('2024-01-10'));
    expect(a).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s('2024年1月10日', 'p1')).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  });
  it('moves within ±maxDays, never by zero, and differently per person', () => {
    const offsets = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const o = days(s('2024-01-10', `person-${i}`, 30)) - days('2024-01-10');
      expect(Math.abs(o)).toBeGreaterThan(0);
      expect(Math.abs(o)).toBeLessThanOrEqual(30);
      offsets.add(o);
    }
    expect(offsets.size).toBeGreaterThan(30);
  });
  it('masks a value without a date', () => {
    expect(s('no date here', 'p1')).not.toContain('date here');
  });
});
