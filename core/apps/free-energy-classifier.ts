/**
 * Classification with one model per class (Hinton 2010, "A practical guide to training RBMs",
 * sec. 16.1): class k's RBM gives p_k(v) = exp(-F_k(v)) / Z_k, and Bayes' rule predicts
 *   argmax_k  -F_k(v) - log Z_k + log pi_k.
 * The plain rule argmin_k F_k(v) drops -log Z_k + log pi_k, so it is biased towards classes
 * whose RBM has the larger partition function — and Z_k is what nobody knows.
 *
 * Which variant ebm uses, and why: the per-class offsets o_k (standing in for
 * -log Z_k + log pi_k) are fitted on held-out validation data by maximising the conditional
 * log-likelihood sum_n log softmax_k(-F_k(v_n) + o_k)[y_n], with the free energies fixed —
 * Hinton's recipe (he fits a softmax on the free energies). Reasons: it costs K numbers and a
 * few Newton steps, where per-class AIS costs thousands of Gibbs sweeps per class and its
 * error in log Z_k (several nats on large trained RBMs; Salakhutdinov & Murray 2008) lands
 * directly in the decision; and when the models are right, the fitted offsets converge to
 * -log Z_k + log pi_k up to a common constant (tested on RBMs whose log Z is enumerable), so
 * nothing is lost. `offsetsFromLogZ` gives the AIS / exact variant for comparison.
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

/** Mean log softmax_k(-F_k(v_n) + o_k)[y_n]: the conditional log-likelihood per example. */
export function meanConditionalLogLik(freeEnergies: Float64Array, labels: ArrayLike<number>, classes: number, offsets: ArrayLike<number>): number {
  const scores = new Float64Array(classes);
  let total = 0;
  for (let n = 0; n < labels.length; n++) {
    for (let k = 0; k < classes; k++) scores[k] = -freeEnergies[n * classes + k] + offsets[k];
    total += scores[labels[n]] - logSumExp(scores);
  }
  return total / labels.length;
}

export interface FittedOffsets {
  /** o_k with o_0 = 0 (the likelihood only sees differences). */
  offsets: Float64Array;
  /** Standard errors of o_k - o_0 from the observed information (0 for class 0). */
  stderr: Float64Array;
  iterations: number;
}

/**
 * Maximum conditional-likelihood offsets by Newton's method with step halving. The objective
 * is concave in (o_1..o_{K-1}) and, with the slopes fixed at 1, strictly so with a finite
 * maximum as soon as every class has an example — so no penalty is needed.
 */
export function fitClassOffsets(freeEnergies: Float64Array, labels: ArrayLike<number>, classes: number, maxIterations = 100): FittedOffsets {
  const rows = labels.length;
  if (freeEnergies.length !== rows * classes) throw new RangeError(`${freeEnergies.length} free energies for ${rows} examples x ${classes} classes`);
  const counts = new Float64Array(classes);
  for (let n = 0; n < rows; n++) {
    if (!(Number.isInteger(labels[n]) && labels[n] >= 0 && labels[n] < classes)) throw new RangeError(`label ${labels[n]} of example ${n} is not a class in 0..${classes - 1}`);
    counts[labels[n]]++;
  }
  const empty = counts.findIndex((c) => c === 0);
  if (empty >= 0) throw new RangeError(`class ${empty} has no validation example; its offset cannot be fitted`);
  const m = classes - 1;
  const offsets = new Float64Array(classes);
  const probs = new Float64Array(classes);
  const gradient = new Float64Array(m);
  const hessian = new Float64Array(m * m);
  let objective = meanConditionalLogLik(freeEnergies, labels, classes, offsets);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    accumulateDerivatives(freeEnergies, classes, offsets, counts, probs, gradient, hessian);
    const step = solveSymmetric(hessian, gradient, m); // Newton: (-H) step = g
    const size = Math.max(...step.map(Math.abs));
    if (size < 1e-4) {
      // Near the maximum Newton converges quadratically; comparing objectives there only sees rounding.
      for (let k = 1; k < classes; k++) offsets[k] += step[k - 1];
      if (size < 1e-12) break;
      continue;
    }
    let scale = 1;
    let improved = false;
    while (scale > 1e-10) {
      const trial = Float64Array.from(offsets);
      for (let k = 1; k < classes; k++) trial[k] += scale * step[k - 1];
      const value = meanConditionalLogLik(freeEnergies, labels, classes, trial);
      if (value >= objective) {
        offsets.set(trial);
        improved = value > objective;
        objective = value;
        break;
      }
      scale /= 2;
    }
    if (!improved) break;
  }
  accumulateDerivatives(freeEnergies, classes, offsets, counts, probs, gradient, hessian);
  const stderr = new Float64Array(classes);
  for (let k = 1; k < classes; k++) {
    const unit = new Float64Array(m);
    unit[k - 1] = 1;
    stderr[k] = Math.sqrt(solveSymmetric(hessian, unit, m)[k - 1]);
  }
  return { offsets, stderr, iterations };
}

/** gradient = counts - sum_n p_n (classes 1..K-1); hessian = the information sum_n diag(p_n) - p_n p_n^T. */
function accumulateDerivatives(freeEnergies: Float64Array, classes: number, offsets: Float64Array, counts: Float64Array, probs: Float64Array, gradient: Float64Array, hessian: Float64Array): void {
  const m = classes - 1;
  const rows = freeEnergies.length / classes;
  for (let k = 0; k < m; k++) gradient[k] = counts[k + 1];
  hessian.fill(0);
  for (let n = 0; n < rows; n++) {
    for (let k = 0; k < classes; k++) probs[k] = -freeEnergies[n * classes + k] + offsets[k];
    const norm = logSumExp(probs);
    for (let k = 0; k < classes; k++) probs[k] = Math.exp(probs[k] - norm);
    for (let a = 0; a < m; a++) {
      const pa = probs[a + 1];
      gradient[a] -= pa;
      hessian[a * m + a] += pa;
      for (let b = 0; b < m; b++) hessian[a * m + b] -= pa * probs[b + 1];
    }
  }
}

/** x with A x = y for a symmetric positive definite A (m x m), by Gaussian elimination with partial pivoting. */
function solveSymmetric(A: Float64Array, y: Float64Array, m: number): Float64Array {
  const a = Float64Array.from(A);
  const x = Float64Array.from(y);
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++) if (Math.abs(a[r * m + col]) > Math.abs(a[pivot * m + col])) pivot = r;
    if (a[pivot * m + col] === 0) throw new RangeError('the class offsets are not identified (singular information matrix)');
    if (pivot !== col) {
      for (let c = 0; c < m; c++) [a[col * m + c], a[pivot * m + c]] = [a[pivot * m + c], a[col * m + c]];
      [x[col], x[pivot]] = [x[pivot], x[col]];
    }
    for (let r = col + 1; r < m; r++) {
      const f = a[r * m + col] / a[col * m + col];
      for (let c = col; c < m; c++) a[r * m + c] -= f * a[col * m + c];
      x[r] -= f * x[col];
    }
  }
  for (let r = m - 1; r >= 0; r--) {
    let s = x[r];
    for (let c = r + 1; c < m; c++) s -= a[r * m + c] * x[c];
    x[r] = s / a[r * m + r];
  }
  return x;
}
