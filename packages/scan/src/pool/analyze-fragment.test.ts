import { createAnalyzer } from '@piguard/core';
import { generateRic18 } from '@piguard/core/testing';
import { describe, expect, it } from 'vitest';
import { analyzeFragment } from './analyze-fragment.js';

const analyzer = createAnalyzer({ types: ['CN_RIC18', 'CN_MOBILE'], now: new Date('2026-01-01') });
const A = generateRic18('110105', '19800101', '001');
const B = generateRic18('110105', '19810202', '002');
const M = '13800000001';

describe('analyzeFragment', () => {
  it('keeps a paragraph with one person together as one record', () => {
    const r = analyzeFragment(analyzer, { source: 's', text: `身份证 ${A}\n手机 ${M}\n\n无关的一段话\n` });
    expect(r.records).toBe(2);
    expect(new Set(r.recordKeys).size).toBe(1);
    expect(r.recordKeys).toHaveLength(2);
    expect(r.findings.map((f) => [f.line, f.column])).toEqual([
      [1, 5],
      [2, 4],
    ]);
  });

  it('splits a block into one record per line when two lines hold the same type', () => {
    const r = analyzeFragment(analyzer, { source: 's', text: `甲 ${A} ${M}\n乙 ${B}\n\n丙\n` });
    expect(r.records).toBe(3); // two rows, then the last block
    expect(r.recordKeys).toEqual(['L1', 'L1', 'L2']);
  });

  it('drops findings that start in the overlap and shifts offsets and positions by the fragment', () => {
    const text = `x ${A} y ${B} z`;
    const bStart = text.indexOf(B);
    const r = analyzeFragment(analyzer, {
      source: 's',
      text,
      offset: 1000,
      line: 7,
      column: 3,
      overlap: { before: 3, after: text.length - bStart },
    });
    // A starts at 2, inside the 3 characters of the leading overlap; B starts in the trailing overlap.
    expect(r.findings).toEqual([]);
    const whole = analyzeFragment(analyzer, { source: 's', text, offset: 1000, line: 7, column: 3 });
    expect(whole.findings.map((f) => [f.start, f.line, f.column])).toEqual([
      [1002, 7, 5],
      [1000 + bStart, 7, 3 + bStart],
    ]);
  });

  it('takes the record and the cell from the fragment when it has them', () => {
    const r = analyzeFragment(analyzer, { source: 't.csv', text: A, record: 'row-2', cell: { row: 2, column: 'id' } });
    expect(r.records).toBe(0);
    // The fragment's record is every finding's: no key per finding.
    expect(r.recordKeys).toBeUndefined();
    expect(r.findings).toEqual([expect.objectContaining({ start: 0, end: 18 })]);
    expect(r.findings[0]?.line).toBeUndefined();
  });
});
