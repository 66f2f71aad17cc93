import { describe, expect, it } from 'vitest';
import type { TypeCounts } from '../scoring/type-counts.js';
import { belowTarget } from './render-accuracy.js';

describe('belowTarget', () => {
  it('lists types under the target and ignores unmeasured figures', () => {
    const counts: TypeCounts = new Map([
      ['A', { tp: 99, fp: 0, fn: 1 }],
      ['B', { tp: 98, fp: 0, fn: 2 }],
      ['C', { tp: 0, fp: 0, fn: 0 }],
      ['D', { tp: 0, fp: 1, fn: 0 }],
    ]);
    expect(belowTarget(counts, 0.99)).toEqual(['B (P 1.000, R 0.980)', 'D (P 0.000, R —)']);
  });
});
