import { createAnalyzer } from '@piguard/core';
import { generateRic18 } from '@piguard/core/testing';
import { describe, expect, it } from 'vitest';
import type { Fragment } from '../fragment.js';
import { analyzeFragment } from './analyze-fragment.js';
import { packFragmentBatch, unpackFragmentBatch } from './fragment-batch-message.js';

const analyzer = createAnalyzer({ types: ['CN_RIC18', 'CN_MOBILE'], now: new Date('2026-01-01') });
const A = generateRic18('110105', '19800101', '001');
const B = generateRic18('110105', '19810202', '002');

describe('fragment batch messages', () => {
  it('carry what analysis reads: each fragment analyses as the original does', () => {
    const text = `x ${A} y ${B} z\n\n13800000001\n`;
    const batch: Array<Fragment & { blockStart?: number }> = [
      { source: 'a.txt', text, offset: 1000, line: 7, column: 3, overlap: { before: 3, after: 4 }, blockStart: 900 },
      { source: 'a.txt', text, offset: 0, line: 1, column: 1 },
      { source: 't.csv', text: A, offset: 40, line: 2, record: 't.csv#row2', cell: { row: 2, column: '身份证号' }, context: '身份证号' },
      { source: 't.csv', text: '13800000001', offset: 59, line: 2, record: 't.csv#row2', cell: { row: 2, column: 'c' }, context: '手机' },
      { source: 'u.csv', text: B, record: '' },
    ];
    const back = unpackFragmentBatch(structuredClone(packFragmentBatch(batch)));
    expect(back).toHaveLength(batch.length);
    batch.forEach((f, i) => {
      const original = analyzeFragment(analyzer, f);
      const sent = analyzeFragment(analyzer, back[i] as Fragment);
      expect(sent).toEqual(original);
      expect(original.findings.length + (original.records ?? 0)).toBeGreaterThan(0);
    });
    expect(back[0]).toEqual({ source: '', text, offset: 1000, line: 7, column: 3, overlap: { before: 3, after: 4 }, blockStart: 900 });
    expect(back[2]).toMatchObject({ text: A, context: '身份证号', record: '', cell: {} });
    expect(back[1]?.context).toBeUndefined();
    expect(back[4]?.record).toBe('');
  });
});
