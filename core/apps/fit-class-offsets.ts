/**
 * Fitting the class offsets of the free-energy classifier (free-energy-classifier.ts): a
 * multinomial logistic regression whose only inputs are the free energies,
 *   p(y = k | v) = softmax_k(-a F_k(v) + b_k),  b_0 = 0,
 * maximised over (a, b_1..b_{K-1}) on validation data. The log-likelihood is concave in these
 * parameters (linear scores); Newton steps are damped Levenberg-Marquardt style (Marquardt
 * 1963), because with free energies tens of nats apart most probabilities saturate and the
 * information matrix is nearly singular. The rule's offsets are o_k = b_k / a, so that
 * argmax_k (-a F_k + b_k) = argmax_k (-F_k + o_k) for a > 0.
 * Options: fitScale false fixes a = 1 (offsets alone).
 */
import { logSumExp } from '../math/logspace.js';

export interface FittedOffsets {
  /** o_k = b_k / a (o_0 = 0): pass to predictClasses. */
  offsets: Float64Array;
  /** The fitted slope a on -F (1 when the class models are exact); 1 when not fitted. */
  scale: number;
  /** b_k (b_0 = 0): the offsets on the scale of the fitted softmax. */
  rawOffsets: Float64Array;
  /** Standard errors from the observed information: index 0 for a (0 when fixed), k for b_k. */
  stderr: Float64Array;
  iterations: number;
}

export function fitClassOffsets(freeEnergies: Float64Array, labels: ArrayLike<number>, classes: number, options: { fitScale?: boolean; maxIterations?: number } = {}): FittedOffsets {
  const fitScale = options.fitScale ?? true;
  const rows = labels.length;
  if (freeEnergies.length !== rows * classes) throw new RangeError(`${freeEnergies.length} free energies for ${rows} examples x ${classes} classes`);
  const counts = new Float64Array(classes);
  for (let n = 0; n < rows; n++) {
    if (!(Number.isInteger(labels[n]) && labels[n] >= 0 && labels[n] < classes)) throw new RangeError(`label ${labels[n]} of example ${n} is not a class in 0..${classes - 1}`);
    counts[labels[n]]++;
  }
  const empty = counts.findIndex((c) => c === 0);
  if (empty >= 0) throw new RangeError(`class ${empty} has no validation example; its offset cannot be fitted`);
  // Centre each example's free energies: a per-example constant leaves every softmax unchanged
  // and keeps the covariances below free of cancellation.
  const centred = Float64Array.from(freeEnergies);
  for (let n = 0; n < rows; n++) {
    let mean = 0;
    for (let k = 0; k < classes; k++) mean += centred[n * classes + k] / classes;
    for (let k = 0; k < classes; k++) centred[n * classes + k] -= mean;
  }
  // theta = (a, b_1..b_{K-1}); with a fixed, index 0 is kept but frozen.
  const m = classes;
  const theta = new Float64Array(m);
  theta[0] = 1;
  const work = { probs: new Float64Array(classes), gradient: new Float64Array(m), info: new Float64Array(m * m) };
  let objective = logLik(centred, labels, classes, theta);
  let damping = 1e-3;
  let iterations = 0;
  const maxIterations = options.maxIterations ?? 500;
  for (; iterations < maxIterations; iterations++) {
    derivatives(centred, labels, classes, theta, work);
    if (!fitScale) freeze(work, m);
    let accepted = false;
    while (damping < 1e12) {
      const damped = Float64Array.from(work.info);
      for (let i = 0; i < m; i++) damped[i * m + i] += damping * Math.max(work.info[i * m + i], 1e-12);
      const step = solve(damped, work.gradient, m);
      const trial = Float64Array.from(theta, (t, i) => t + step[i]);
      const value = logLik(centred, labels, classes, trial);
      if (value > objective) {
        theta.set(trial);
        objective = value;
        damping = Math.max(damping / 10, 1e-12);
        accepted = true;
        break;
      }
      damping *= 10;
    }
    if (!accepted) break;
    const decrement = work.gradient.reduce((s, g, i) => s + Math.abs(g), 0);
    if (decrement < 1e-9 * rows) break;
  }
  derivatives(centred, labels, classes, theta, work);
  if (!fitScale) freeze(work, m);
  const stderr = new Float64Array(m);
  for (let i = fitScale ? 0 : 1; i < m; i++) {
    const unit = new Float64Array(m);
    unit[i] = 1;
    stderr[i] = Math.sqrt(Math.max(0, solve(work.info, unit, m)[i]));
  }
  const a = theta[0];
  const rawOffsets = Float64Array.from({ length: classes }, (_, k) => (k === 0 ? 0 : theta[k]));
  return { offsets: Float64Array.from(rawOffsets, (b) => b / a), scale: a, rawOffsets, stderr, iterations };
}

/** Sum over examples of log softmax_k(-a F_k + b_k)[y]. */
function logLik(F: Float64Array, labels: ArrayLike<number>, K: number, theta: Float64Array): number {
  const scores = new Float64Array(K);
  let total = 0;
  for (let n = 0; n < labels.length; n++) {
    for (let k = 0; k < K; k++) scores[k] = -theta[0] * F[n * K + k] + (k > 0 ? theta[k] : 0);
    total += scores[labels[n]] - logSumExp(scores);
  }
  return total;
}

/**
 * gradient = sum_n (f_{n,y} - E_p f_n), info = sum_n Cov_p(f_n), with the features of class k
 * f_k = (-F_k, e_k) (e_k the indicator of b_k, none for k = 0).
 */
function derivatives(F: Float64Array, labels: ArrayLike<number>, K: number, theta: Float64Array, work: { probs: Float64Array; gradient: Float64Array; info: Float64Array }): void {
  const { probs, gradient, info } = work;
  gradient.fill(0);
  info.fill(0);
  for (let n = 0; n < labels.length; n++) {
    for (let k = 0; k < K; k++) probs[k] = -theta[0] * F[n * K + k] + (k > 0 ? theta[k] : 0);
    const norm = logSumExp(probs);
    let meanF = 0;
    let meanF2 = 0;
    for (let k = 0; k < K; k++) {
      probs[k] = Math.exp(probs[k] - norm);
      meanF += probs[k] * -F[n * K + k];
      meanF2 += probs[k] * F[n * K + k] * F[n * K + k];
    }
    const y = labels[n];
    gradient[0] += -F[n * K + y] - meanF;
    info[0] += meanF2 - meanF * meanF;
    for (let j = 1; j < K; j++) {
      gradient[j] += (y === j ? 1 : 0) - probs[j];
      const cross = probs[j] * -F[n * K + j] - probs[j] * meanF;
      info[j] += cross;
      info[j * K] += cross;
      for (let i = 1; i < K; i++) info[i * K + j] += (i === j ? probs[j] : 0) - probs[i] * probs[j];
    }
  }
}

/** Fix a: no gradient, and an identity row and column, so Newton leaves it where it is. */
function freeze(work: { gradient: Float64Array; info: Float64Array }, m: number): void {
  work.gradient[0] = 0;
  for (let i = 0; i < m; i++) work.info[i] = work.info[i * m] = 0;
  work.info[0] = 1;
}

/** x with A x = y (A symmetric positive definite, m x m), Gaussian elimination with partial pivoting. */
function solve(A: Float64Array, y: Float64Array, m: number): Float64Array {
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
