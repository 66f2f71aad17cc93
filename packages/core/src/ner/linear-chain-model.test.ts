import { describe, expect, it } from 'vitest';
import { decode, type LinearChainModel } from './linear-chain-model.js';
import { spansOfTags } from './tag-spans.js';

// A two-tag model by hand: bucket 1 votes S, bucket 2 votes O; S → S transitions are penalised.
function tinyModel(penalty: number): LinearChainModel {
  const emission = new Float32Array(4 * 2);
  emission[1 * 2 + 1] = 2; // bucket 1 → S
  emission[2 * 2 + 0] = 2; // bucket 2 → O
  const transition = Float32Array.from([0, 0, 0, -penalty, 0, 0]);
  return { name: 'tiny', tags: ['O', 'S'], bits: 2, emission, transition };
}

const features = (buckets: number[]) => ({ length: buckets.length, perPosition: 1, ids: Int32Array.from(buckets) });

describe('linear-chain decoding', () => {
  it('follows the emissions when transitions are neutral', () => {
    expect(Array.from(decode(tinyModel(0), features([1, 2, 1, 1])))).toEqual([1, 0, 1, 1]);
  });

  it('lets a transition penalty overrule a weaker emission (Viterbi, not per-position argmax)', () => {
    expect(Array.from(decode(tinyModel(5), features([1, 2, 1, 1])))).toEqual([1, 0, 1, 0]);
  });

  it('ignores absent features (-1) and decodes an empty sequence', () => {
    expect(Array.from(decode(tinyModel(0), features([-1, 1])))).toEqual([0, 1]);
    expect(decode(tinyModel(0), features([])).length).toBe(0);
  });

  it('turns BIES paths into spans, closing a B without an E', () => {
    const tags = ['O', 'B', 'I', 'E', 'S'];
    expect(spansOfTags(tags, Uint8Array.from([1, 2, 3, 0, 4, 0, 1, 2]))).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 5 },
      { start: 6, end: 8 },
    ]);
  });
});
