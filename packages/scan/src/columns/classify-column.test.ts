import { createAnalyzer, mod11_2CheckChar } from '@piguard/core';
import { describe, expect, it } from 'vitest';
import { classifyColumn } from './classify-column.js';
import { nameSignal } from './column-name-hints.js';

const analyzer = createAnalyzer();

function residentIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const body = `11010519850${(i % 9) + 1}1${String(i % 10).padStart(1, '0')}${String(100 + i).slice(-3)}`;
    return body + mod11_2CheckChar(body);
  });
}

describe('classifyColumn', () => {
  it('is certain of a resident-ID column named 身份证号 and keeps only masked samples', () => {
    const ids = residentIds(20);
    const c = classifyColumn('身份证号', [...ids, null, ''], analyzer);
    expect(c).toMatchObject({ piType: 'PI.ID.RIC', confidence: 'certain', matchShare: 1, sampled: 22, nonEmpty: 20, matched: 20 });
    expect(c.nameSignal).toMatchObject({ kind: 'supports', piType: 'PI.ID.RIC' });
    expect(c.maskedSamples).toHaveLength(3);
    for (const m of c.maskedSamples) expect(ids).not.toContain(m);
  });

  it('marks the same kind of values doubtful in an order_id column unless nearly all are valid IDs', () => {
    const ids = residentIds(10);
    const mixed = classifyColumn('order_id', [...ids, ...Array.from({ length: 10 }, (_, i) => `ORD-2024-${i}`)], analyzer);
    expect(mixed).toMatchObject({ piType: 'PI.ID.RIC', confidence: 'doubtful', matchShare: 0.5 });
    expect(nameSignal('orderId')).toMatchObject({ kind: 'doubtful' });
    expect(classifyColumn('orderNo', ids, analyzer).confidence).toBe('possible');
  });

  it('grades an unnamed column by the share of values that match', () => {
    const phones = ['13800138000', '13912345678', '13698765432'];
    const notes = ['ok', 'n/a', 'call later', 'shipped', 'paid', 'refund', 'x'];
    expect(classifyColumn('c7', [...phones, ...notes], analyzer)).toMatchObject({
      piType: 'PI.BASIC.PHONE',
      confidence: 'possible',
      matchShare: 0.3,
    });
    expect(classifyColumn('c7', notes, analyzer)).toMatchObject({ confidence: 'none', matched: 0 });
    expect(classifyColumn('buyerMobile', phones, analyzer)).toMatchObject({ confidence: 'certain' });
  });

  it('does not count a value that only contains PI among other text', () => {
    const c = classifyColumn('remark', ['请联系 13800138000 的张先生，周一到周五下午三点以后都可以'], analyzer);
    expect(c.matched).toBe(0);
  });

  it('falls back to the name alone when no value is recognised', () => {
    const c = classifyColumn('收件人', ['N/A', '-', '?'], analyzer);
    expect(c).toMatchObject({ piType: 'PI.BASIC.NAME', confidence: 'possible', matchShare: 0 });
  });
});
