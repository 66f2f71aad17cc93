import { decode, type LinearChainModel, type SequenceFeatures } from '../../packages/core/src/ner/linear-chain-model.js';
import type { Rng } from './random.js';

/** One training sequence: its hashed features and gold tag indices. */
export interface TrainingSequence {
  features: SequenceFeatures;
  gold: Uint8Array;
}

/**
 * Trains a linear-chain model with the averaged structured perceptron (Collins 2002): decode with the
 * current weights, add the gold features, subtract the predicted ones, and average all weight vectors
 * seen (the lazy "w − u/c" form), which regularises as well as a CRF does at a fraction of the cost.
 */
export function trainPerceptron(
  name: string,
  tags: readonly string[],
  bits: number,
  data: readonly TrainingSequence[],
  epochs: number,
  rng: Rng,
  log: (line: string) => void,
): LinearChainModel {
  const t = tags.length;
  const emission = new Float32Array((1 << bits) * t);
  const transition = new Float32Array((t + 1) * t);
  const eSum = new Float64Array(emission.length);
  const tSum = new Float64Array(transition.length);
  const model: LinearChainModel = { name, tags, bits, emission, transition };
  let c = 1;
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrong = 0;
    let total = 0;
    for (const idx of order) {
      const { features: f, gold } = data[idx]!;
      const pred = decode(model, f);
      total += gold.length;
      let differs = false;
      for (let i = 0; i < gold.length; i++) if (pred[i] !== gold[i]) differs = true;
      if (differs) {
        for (let i = 0; i < gold.length; i++) {
          const g = gold[i]!;
          const p = pred[i]!;
          if (g !== p) wrong++;
          const gPrev = i === 0 ? t : gold[i - 1]!;
          const pPrev = i === 0 ? t : pred[i - 1]!;
          if (g !== p || gPrev !== pPrev) {
            transition[gPrev * t + g]! += 1;
            tSum[gPrev * t + g]! += c;
            transition[pPrev * t + p]! -= 1;
            tSum[pPrev * t + p]! -= c;
          }
          if (g === p) continue;
          for (let k = 0; k < f.perPosition; k++) {
            const id = f.ids[i * f.perPosition + k]!;
            if (id < 0) continue;
            emission[id * t + g]! += 1;
            eSum[id * t + g]! += c;
            emission[id * t + p]! -= 1;
            eSum[id * t + p]! -= c;
          }
        }
      }
      c++;
    }
    log(`  epoch ${epoch + 1}/${epochs}: ${((100 * wrong) / Math.max(1, total)).toFixed(2)}% tags wrong`);
  }
  for (let i = 0; i < emission.length; i++) emission[i] = emission[i]! - eSum[i]! / c;
  for (let i = 0; i < transition.length; i++) transition[i] = transition[i]! - tSum[i]! / c;
  return model;
}
