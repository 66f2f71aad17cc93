import { PiguardError } from '../errors.js';

/**
 * A linear-chain tagger: per-position scores are sums of hashed feature weights (one row of `tags.length`
 * weights per bucket), plus tag-to-tag transition scores; decoding is Viterbi. Trained by the project's
 * averaged perceptron (scripts/train), shipped as a generated data module.
 */
export interface LinearChainModel {
  readonly name: string;
  readonly tags: readonly string[];
  /** log2 of the number of feature buckets. */
  readonly bits: number;
  /** `(1 << bits) * tags.length` emission weights. */
  readonly emission: Float32Array;
  /** `(tags.length + 1) * tags.length`: row `t` holds scores of t → next; the last row is the start. */
  readonly transition: Float32Array;
}

/** Features of a sequence: `perPosition` bucket ids per position, -1 where a feature does not apply. */
export interface SequenceFeatures {
  readonly length: number;
  readonly perPosition: number;
  readonly ids: Int32Array;
}

/** Checks the array sizes of a model once, when it is loaded. */
export function checkModel(m: LinearChainModel): LinearChainModel {
  const t = m.tags.length;
  if (m.emission.length !== (1 << m.bits) * t || m.transition.length !== (t + 1) * t) {
    throw new PiguardError('E_CONFIG_INVALID', `model ${m.name}: weight arrays do not match ${t} tags and ${m.bits} bits`);
  }
  return m;
}

/** Fills `out` (length × tags) with emission scores. */
export function emissionScores(m: LinearChainModel, f: SequenceFeatures, out: Float32Array): void {
  const t = m.tags.length;
  const w = m.emission;
  out.fill(0, 0, f.length * t);
  for (let i = 0; i < f.length; i++) {
    const o = i * t;
    for (let k = 0; k < f.perPosition; k++) {
      const id = f.ids[i * f.perPosition + k]!;
      if (id < 0) continue;
      const row = id * t;
      for (let y = 0; y < t; y++) out[o + y]! += w[row + y]!;
    }
  }
}

/**
 * The highest-scoring tag sequence (Viterbi); ties go to the lower tag index, so decoding is deterministic.
 * `bias` (one value per tag) is added at every position: a negative bias on 'O' trades precision for recall.
 */
export function decode(m: LinearChainModel, f: SequenceFeatures, bias?: ArrayLike<number>): Uint8Array {
  const n = f.length;
  const t = m.tags.length;
  const path = new Uint8Array(n);
  if (n === 0) return path;
  const em = new Float32Array(n * t);
  emissionScores(m, f, em);
  if (bias) for (let i = 0; i < n; i++) for (let y = 0; y < t; y++) em[i * t + y]! += bias[y] ?? 0;
  const tr = m.transition;
  const back = new Uint8Array(n * t);
  let prev = new Float32Array(t);
  let cur = new Float32Array(t);
  for (let y = 0; y < t; y++) prev[y] = tr[t * t + y]! + em[y]!;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < t; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < t; p++) {
        const s = prev[p]! + tr[p * t + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[y] = best + em[i * t + y]!;
      back[i * t + y] = arg;
    }
    [prev, cur] = [cur, prev];
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < t; y++) {
    if (prev[y]! > best) {
      best = prev[y]!;
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    path[i] = arg;
    arg = back[i * t + arg]!;
  }
  return path;
}
