import { PiguardError } from '../errors.js';
import { forward5 } from './viterbi-five-tags.js';

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
  /**
   * The same weights as int8 steps of `scale`, when the model was loaded from its stored form: a quarter of
   * the memory, so that the random lookups of hashed features stay in cache. Decoding prefers it.
   */
  readonly quantized?: { readonly steps: Int8Array; readonly scale: number };
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
  const P = f.perPosition;
  const ids = f.ids;
  out.fill(0, 0, f.length * t);
  const q = m.quantized;
  if (q && t === 5) {
    const packed = P <= PACKED_MAX_FEATURES ? packedRows(m) : undefined;
    if (packed) packedScores5(packed, q.scale, f, out);
    else quantizedScores5(q.steps, q.scale, f, out);
    return;
  }
  const w: Int8Array | Float32Array = q ? q.steps : m.emission;
  const scale = q ? q.scale : 1;
  const acc = new Int32Array(t);
  const accF = new Float64Array(t);
  for (let i = 0; i < f.length; i++) {
    const o = i * t;
    if (q) {
      acc.fill(0);
      for (let k = 0; k < P; k++) {
        const id = ids[i * P + k]!;
        if (id < 0) continue;
        const row = id * t;
        for (let y = 0; y < t; y++) acc[y]! += w[row + y]!;
      }
      for (let y = 0; y < t; y++) out[o + y] = acc[y]! * scale;
    } else {
      accF.fill(0);
      for (let k = 0; k < P; k++) {
        const id = ids[i * P + k]!;
        if (id < 0) continue;
        const row = id * t;
        for (let y = 0; y < t; y++) accF[y]! += w[row + y]!;
      }
      for (let y = 0; y < t; y++) out[o + y] = accF[y]!;
    }
  }
}

// The five-tag (BIES/O) case with int8 weights, the one the name taggers run: sums in local integers
// instead of an accumulator array; the same values as the general loop, bit for bit.
function quantizedScores5(w: Int8Array, scale: number, f: SequenceFeatures, out: Float32Array): void {
  const P = f.perPosition;
  const ids = f.ids;
  for (let i = 0, k0 = 0, o = 0; i < f.length; i++, k0 += P, o += 5) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let a4 = 0;
    for (let k = k0; k < k0 + P; k++) {
      const id = ids[k]!;
      if (id < 0) continue;
      const r = id * 5;
      a0 += w[r]!;
      a1 += w[r + 1]!;
      a2 += w[r + 2]!;
      a3 += w[r + 3]!;
      a4 += w[r + 4]!;
    }
    out[o] = a0 * scale;
    out[o + 1] = a1 * scale;
    out[o + 2] = a2 * scale;
    out[o + 3] = a3 * scale;
    out[o + 4] = a4 * scale;
  }
}

// Five-tag int8 models whose 'O' weights are all zero (the Chinese name model is stored so: adding one
// constant to every tag of a position changes no Viterbi path) keep the other four weights of a row in one
// 32-bit integer, each biased by 128 into a byte: a position's score is then one load per feature instead of
// five, and a table of 2^17 rows is 512 KB, which mostly stays in a core's cache (as doubles it was 1 MB and
// missed it). Two integer accumulators sum the even and the odd bytes into 16-bit fields; up to 32 features of
// at most 255 each stay below 65,536 per field and below 2^31 in all, so the sums are exact: the same scores,
// bit for bit, as quantizedScores5.
const PACKED_MAX_FEATURES = 32;
const packedByModel = new WeakMap<LinearChainModel, Int32Array | null>();

/** The packed rows of a five-tag int8 model with a zero 'O' column, built on first use; undefined otherwise. */
export function packedRows(m: LinearChainModel): Int32Array | undefined {
  let p = packedByModel.get(m);
  if (p === undefined) {
    p = null;
    const w = m.quantized?.steps;
    if (w && m.tags.length === 5 && m.tags[0] === 'O') {
      let zero = true;
      for (let r = 0; r < w.length && zero; r += 5) if (w[r] !== 0) zero = false;
      if (zero) {
        p = new Int32Array(w.length / 5);
        for (let i = 0, r = 0; i < p.length; i++, r += 5) {
          p[i] = (w[r + 1]! + 128) | ((w[r + 2]! + 128) << 8) | ((w[r + 3]! + 128) << 16) | ((w[r + 4]! + 128) << 24);
        }
      }
    }
    packedByModel.set(m, p);
  }
  return p ?? undefined;
}

function packedScores5(packed: Int32Array, scale: number, f: SequenceFeatures, out: Float32Array): void {
  const P = f.perPosition;
  const ids = f.ids;
  for (let i = 0, k0 = 0, o = 0; i < f.length; i++, k0 += P, o += 5) {
    // even: tags B (bits 0-15) and E (16-31); odd: I and S.
    let even = 0;
    let odd = 0;
    let count = 0;
    for (let k = k0; k < k0 + P; k++) {
      const id = ids[k]!;
      if (id < 0) continue;
      const v = packed[id]!;
      even += v & 0x00ff00ff;
      odd += (v >>> 8) & 0x00ff00ff;
      count++;
    }
    const bias = 128 * count;
    out[o] = 0;
    out[o + 1] = ((even & 0xffff) - bias) * scale;
    out[o + 2] = ((odd & 0xffff) - bias) * scale;
    out[o + 3] = ((even >>> 16) - bias) * scale;
    out[o + 4] = ((odd >>> 16) - bias) * scale;
  }
}

/** Buffers `decode` may reuse from call to call (a tagger keeps one); grown as needed, never shrunk. */
export class DecodeScratch {
  em = new Float32Array(0);
  back = new Uint8Array(0);
  path = new Uint8Array(0);

  /** Room for `n` positions of `t` tags. */
  ensure(n: number, t: number): void {
    if (this.path.length >= n && this.em.length >= n * t) return;
    const size = Math.max(n, this.path.length * 2, 64);
    this.em = new Float32Array(size * t);
    this.back = new Uint8Array(size * t);
    this.path = new Uint8Array(size);
  }
}

// Viterbi's forward pass for any number of tags; returns the best last tag.
function forwardAny(tr: Float32Array, em: Float32Array, back: Uint8Array, n: number, t: number): number {
  const score = new Float32Array(t);
  const next = new Float32Array(t);
  for (let y = 0; y < t; y++) score[y] = tr[t * t + y]! + em[y]!;
  for (let i = 1; i < n; i++) {
    const e = i * t;
    for (let y = 0; y < t; y++) {
      let best = score[0]! + tr[y]!;
      let arg = 0;
      for (let p = 1; p < t; p++) {
        const s = score[p]! + tr[p * t + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      next[y] = best + em[e + y]!;
      back[e + y] = arg;
    }
    score.set(next);
  }
  let arg = 0;
  for (let y = 1; y < t; y++) if (score[y]! > score[arg]!) arg = y;
  return arg;
}

/**
 * The highest-scoring tag sequence (Viterbi); ties go to the lower tag index, so decoding is deterministic.
 * `bias` (one value per tag) is added at every position: a negative bias on 'O' trades precision for recall.
 * With `scratch` the returned path is a view of its buffer, valid until the scratch is used again.
 */
export function decode(m: LinearChainModel, f: SequenceFeatures, bias?: ArrayLike<number>, scratch?: DecodeScratch): Uint8Array {
  const n = f.length;
  const t = m.tags.length;
  if (n === 0) return new Uint8Array(0);
  const s = scratch ?? new DecodeScratch();
  s.ensure(n, t);
  const path = s.path.subarray(0, n);
  const em = s.em;
  emissionScores(m, f, em);
  if (bias) for (let i = 0; i < n; i++) for (let y = 0; y < t; y++) em[i * t + y]! += bias[y] ?? 0;
  const tr = m.transition;
  const back = s.back;
  let arg = t === 5 ? forward5(tr, em, back, n) : forwardAny(tr, em, back, n, t);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = arg;
    arg = back[i * t + arg]!;
  }
  return path;
}
