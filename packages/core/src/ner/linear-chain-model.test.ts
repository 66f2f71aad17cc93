import { describe, expect, it } from 'vitest';
import { decode, emissionScores, type LinearChainModel, packedRows } from './linear-chain-model.js';
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

  it('finds the best five-tag path, as exhaustive search does, with float and int8 weights', () => {
    // A seeded random five-tag model (the unrolled decoder's case), checked against all 5^n paths.
    let seed = 7;
    const rnd = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) / 2 ** 24 - 0.5;
    };
    for (let round = 0; round < 30; round++) {
      const bits = 3;
      const emission = Float32Array.from({ length: 8 * 5 }, () => rnd() * 4);
      const transition = Float32Array.from({ length: 6 * 5 }, () => rnd() * 4);
      const steps = Int8Array.from(emission, (w) => Math.round(w * 20));
      const quantized = round % 2 === 0 ? { steps, scale: 0.05 } : undefined;
      const m: LinearChainModel = { name: 'r', tags: ['O', 'B', 'I', 'E', 'S'], bits, emission, transition, quantized };
      const n = 1 + (round % 6);
      const ids = Int32Array.from({ length: n * 2 }, () => Math.floor((rnd() + 0.5) * 8));
      const w = (id: number, y: number) => (quantized ? steps[id * 5 + y]! * 0.05 : emission[id * 5 + y]!);
      const em = (i: number, y: number) => w(ids[i * 2]!, y) + w(ids[i * 2 + 1]!, y);
      let best = -Infinity;
      let bestPath: number[] = [];
      for (let code = 0; code < 5 ** n; code++) {
        const path = Array.from({ length: n }, (_, i) => Math.floor(code / 5 ** (n - 1 - i)) % 5);
        let score = transition[25 + path[0]!]! + em(0, path[0]!);
        for (let i = 1; i < n; i++) score += transition[path[i - 1]! * 5 + path[i]!]! + em(i, path[i]!);
        if (score > best + 1e-4) {
          best = score;
          bestPath = path;
        }
      }
      expect(Array.from(decode(m, { length: n, perPosition: 2, ids }))).toEqual(bestPath);
    }
  });

  it('scores a model with a zero O column from packed rows exactly as from its int8 steps', () => {
    let seed = 11;
    const rnd = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    const bits = 6;
    const steps = Int8Array.from({ length: 64 * 5 }, (_, i) => (i % 5 === 0 ? 0 : (rnd() % 255) - 127));
    steps[5 + 1] = -127; // the extremes of every field
    steps[5 + 4] = 127;
    const emission = Float32Array.from(steps, (s) => s * 0.03);
    const base = { name: 'p', tags: ['O', 'B', 'I', 'E', 'S'], bits, emission, transition: new Float32Array(30) };
    const packedModel: LinearChainModel = { ...base, quantized: { steps, scale: 0.03 } };
    expect(packedRows(packedModel)).toBeDefined();
    // The same weights with a non-zero O column take the int8 loop: O changes by a constant per position.
    const shifted = Int8Array.from(steps, (s, i) => (i % 5 === 0 ? 1 : s));
    expect(packedRows({ ...base, quantized: { steps: shifted, scale: 0.03 } })).toBeUndefined();
    for (const perPosition of [1, 7, 32]) {
      const n = 20;
      // Every feature on row 1 at one position: the field sums reach their largest and smallest values.
      const ids = Int32Array.from({ length: n * perPosition }, (_, k) => (k < perPosition ? 1 : k % 9 === 0 ? -1 : rnd() % 64));
      const f = { length: n, perPosition, ids };
      const packed = new Float32Array(n * 5);
      emissionScores(packedModel, f, packed);
      for (let i = 0; i < n; i++) {
        for (let y = 0; y < 5; y++) {
          let sum = 0;
          for (let k = 0; k < perPosition; k++) {
            const id = ids[i * perPosition + k]!;
            if (id >= 0) sum += steps[id * 5 + y]!;
          }
          expect(packed[i * 5 + y]).toBe(Math.fround(sum * 0.03));
        }
      }
    }
  });
});
