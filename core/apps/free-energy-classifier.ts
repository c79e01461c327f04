/**
 * Classification with one model per class (Hinton 2010, "A practical guide to training RBMs",
 * sec. 16.1): class k's RBM gives p_k(v) = exp(-F_k(v)) / Z_k, and Bayes' rule predicts
 *   argmax_k  -F_k(v) - log Z_k + log pi_k.
 * The plain rule argmin_k F_k(v) drops -log Z_k + log pi_k, so it is biased towards classes
 * whose RBM has the larger partition function — and Z_k is what nobody knows.
 *
 * Which variant ebm uses, and why: the per-class offsets o_k (standing in for
 * -log Z_k + log pi_k) are fitted on held-out validation data by maximising the conditional
 * log-likelihood sum_n log softmax_k(a (-F_k(v_n) + o_k))[y_n], with the free energies fixed —
 * Hinton's recipe (he fits a softmax on the free energies), here with one shared slope a
 * (fit-class-offsets.ts). The slope does not change the rule's form, argmax_k -F_k + o_k;
 * it keeps a few confidently misclassified images (free energies of different classes'
 * RBMs differ by tens of nats) from dictating the offsets. Reasons: it costs K numbers and a
 * few Newton steps, where per-class AIS costs thousands of Gibbs sweeps per class and its
 * error in log Z_k (several nats on large trained RBMs; Salakhutdinov & Murray 2008) lands
 * directly in the decision; and when the models are right, the fitted offsets converge to
 * -log Z_k + log pi_k up to a common constant, and a to 1 (tested on RBMs whose log Z is
 * enumerable), so nothing is lost. `offsetsFromLogZ` gives the AIS / exact variant for comparison.
 *
 * Layout: freeEnergies[n * classes + k] = F_k(v_n).
 */
import { logSumExp } from '../math/logspace.js';

export interface FreeEnergyModel {
  freeEnergy(v: ArrayLike<number>, offset?: number): number;
}

/** F_k(v_n) for every example (rows x size, example-major) and every class model. */
export function freeEnergyMatrix(models: readonly FreeEnergyModel[], data: ArrayLike<number>, rows: number, size: number): Float64Array {
  const K = models.length;
  const out = new Float64Array(rows * K);
  for (let n = 0; n < rows; n++) for (let k = 0; k < K; k++) out[n * K + k] = models[k].freeEnergy(data, n * size);
  return out;
}

/** argmax_k (-F_k(v_n) + offsets[k]); no offsets = the plain (biased) free-energy rule. */
export function predictClasses(freeEnergies: Float64Array, classes: number, offsets?: ArrayLike<number>): Int32Array {
  const rows = freeEnergies.length / classes;
  const out = new Int32Array(rows);
  for (let n = 0; n < rows; n++) {
    let best = 0;
    let bestScore = -Infinity;
    for (let k = 0; k < classes; k++) {
      const score = -freeEnergies[n * classes + k] + (offsets ? offsets[k] : 0);
      if (score > bestScore) [best, bestScore] = [k, score];
    }
    out[n] = best;
  }
  return out;
}

/** Bayes offsets from (exact or AIS) log Z_k and class priors (default: equal). */
export function offsetsFromLogZ(logZ: ArrayLike<number>, priors?: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: logZ.length }, (_, k) => -logZ[k] + (priors ? Math.log(priors[k]) : 0));
}

export function accuracy(predicted: ArrayLike<number>, labels: ArrayLike<number>): number {
  if (predicted.length !== labels.length || labels.length === 0) throw new RangeError(`accuracy needs as many predictions as labels, and some (got ${predicted.length} and ${labels.length})`);
  let right = 0;
  for (let n = 0; n < labels.length; n++) if (predicted[n] === labels[n]) right++;
  return right / labels.length;
}

/** Mean log softmax_k(scale (-F_k(v_n) + o_k))[y_n]: the conditional log-likelihood per example. */
export function meanConditionalLogLik(freeEnergies: Float64Array, labels: ArrayLike<number>, classes: number, offsets: ArrayLike<number>, scale = 1): number {
  const scores = new Float64Array(classes);
  let total = 0;
  for (let n = 0; n < labels.length; n++) {
    for (let k = 0; k < classes; k++) scores[k] = scale * (-freeEnergies[n * classes + k] + offsets[k]);
    total += scores[labels[n]] - logSumExp(scores);
  }
  return total / labels.length;
}

export { fitClassOffsets, type FittedOffsets } from './fit-class-offsets.js';
