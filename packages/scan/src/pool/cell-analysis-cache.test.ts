import { createAnalyzer } from '@piguard/core';
import { generateRic18 } from '@piguard/core/testing';
import { describe, expect, it } from 'vitest';
import { CellAnalysisCache } from './cell-analysis-cache.js';

const analyzer = createAnalyzer({ types: ['CN_RIC18', 'CN_MOBILE'], now: new Date('2026-01-01') });
const RIC = generateRic18('110105', '19800101', '001');

describe('CellAnalysisCache', () => {
  it('answers a repeated cell with what the analyzer finds, as fresh copies', () => {
    const cache = new CellAnalysisCache(analyzer);
    const expected = analyzer.analyze(RIC, { context: '身份证号' });
    expect(expected).toHaveLength(1);
    const first = cache.analyze(RIC, '身份证号');
    const second = cache.analyze(RIC, '身份证号');
    const third = cache.analyze(RIC, '身份证号');
    expect([first, second, third]).toEqual([expected, expected, expected]);
    // Later stages write into findings (fingerprints, promotion notes): a hit must not see those writes.
    (second[0] as { fingerprint?: string }).fingerprint = 'x';
    second[0]?.explanation.contextWords.push('changed');
    expect(cache.analyze(RIC, '身份证号')).toEqual(expected);
    expect(third[0]).not.toBe(second[0]);
  });

  it('keys by context and leaves long texts to the analyzer', () => {
    const cache = new CellAnalysisCache(analyzer);
    for (let i = 0; i < 3; i++) {
      expect(cache.analyze('13800138000', '手机')).toEqual(analyzer.analyze('13800138000', { context: '手机' }));
      expect(cache.analyze('13800138000', '订单号')).toEqual(analyzer.analyze('13800138000', { context: '订单号' }));
    }
    const long = `备注 ${'很长的文字'.repeat(20)} ${RIC}`;
    expect(cache.analyze(long, undefined)).toEqual(analyzer.analyze(long));
  });

  it('forgets the least recently used cells beyond its capacity', () => {
    const cache = new CellAnalysisCache(analyzer, 4);
    for (let i = 0; i < 50; i++) expect(cache.analyze(`1380013${String(8000 + i)}`, '手机')).toHaveLength(1);
    expect(cache.size).toBeLessThanOrEqual(4);
  });
});
