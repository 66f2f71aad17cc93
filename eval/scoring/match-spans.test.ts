import { describe, expect, it } from 'vitest';
import { scoreSpans } from './match-spans.js';
import { metricsOf, type TypeCounts } from './type-counts.js';

describe('scoreSpans', () => {
  const gold = [{ type: 'A', start: 0, end: 10 }];

  it('counts an exact agreement as a true positive in both modes', () => {
    for (const mode of ['exact', 'overlap'] as const) {
      const counts: TypeCounts = new Map();
      scoreSpans(gold, [{ type: 'A', start: 0, end: 10 }], mode, counts);
      expect(counts.get('A')).toEqual({ tp: 1, fp: 0, fn: 0 });
    }
  });

  it('counts a shifted span as FP + FN when exact, TP when overlapping', () => {
    const exact: TypeCounts = new Map();
    scoreSpans(gold, [{ type: 'A', start: 2, end: 10 }], 'exact', exact);
    expect(exact.get('A')).toEqual({ tp: 0, fp: 1, fn: 1 });
    const overlap: TypeCounts = new Map();
    scoreSpans(gold, [{ type: 'A', start: 2, end: 10 }], 'overlap', overlap);
    expect(overlap.get('A')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('charges a wrong type to the predicted type as FP and to the gold type as FN', () => {
    const counts: TypeCounts = new Map();
    const errors = scoreSpans(gold, [{ type: 'B', start: 0, end: 10 }], 'overlap', counts);
    expect(counts.get('A')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(counts.get('B')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(errors.missed).toHaveLength(1);
    expect(errors.spurious).toHaveLength(1);
  });

  it('lets one prediction match one gold span only', () => {
    const counts: TypeCounts = new Map();
    const two = [
      { type: 'A', start: 0, end: 4 },
      { type: 'A', start: 5, end: 9 },
    ];
    scoreSpans(two, [{ type: 'A', start: 0, end: 9 }], 'overlap', counts);
    expect(counts.get('A')).toEqual({ tp: 1, fp: 0, fn: 1 });
  });
});

describe('scoreSpans with nested findings', () => {
  it('ignores a finding strictly inside a matched one, but not one inside an unmatched one', () => {
    const counts: TypeCounts = new Map();
    const gold = [{ type: 'EMAIL', start: 0, end: 15 }];
    scoreSpans(
      gold,
      [
        { type: 'EMAIL', start: 0, end: 15 },
        { type: 'QQ', start: 0, end: 8 },
      ],
      'exact',
      counts,
    );
    expect(counts.get('QQ')).toBeUndefined();
    const other: TypeCounts = new Map();
    scoreSpans(
      gold,
      [
        { type: 'EMAIL', start: 1, end: 15 },
        { type: 'QQ', start: 1, end: 8 },
      ],
      'exact',
      other,
    );
    expect(other.get('QQ')).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
});

describe('metricsOf', () => {
  it('computes precision, recall and F1', () => {
    const m = metricsOf({ tp: 8, fp: 2, fn: 8 });
    expect(m.precision).toBeCloseTo(0.8);
    expect(m.recall).toBeCloseTo(0.5);
    expect(m.f1).toBeCloseTo(2 / (1 / 0.8 + 1 / 0.5));
  });

  it('gives NaN, not 1, where nothing was expected or predicted', () => {
    expect(Number.isNaN(metricsOf({ tp: 0, fp: 0, fn: 0 }).precision)).toBe(true);
    expect(metricsOf({ tp: 0, fp: 3, fn: 0 }).precision).toBe(0);
  });
});
