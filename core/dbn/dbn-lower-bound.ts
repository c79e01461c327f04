/**
 * The variational lower bound on a two-hidden-layer deep belief network's log-likelihood
 * (Hinton, Osindero & Teh 2006; estimated as in Salakhutdinov & Murray 2008, sec. 4).
 *
 * The DBN: a top RBM over (h1, h2) with parameters (W2, b2 on h1, c2 on h2) and a directed
 * bottom layer p(v | h1) = prod_i sigmoid(b1 + W1 h1)_i from the first RBM (W1, visible biases
 * b1). The approximate posterior is the first RBM's q(h1 | v) = prod_j sigmoid(c1 + W1^T v)_j.
 * For every v,
 *   log p(v) >= sum_h1 q(h1|v) [log p(v|h1) + log p*(h1)] + H(q(.|v)) - log Z_top,
 * where p*(h1) = exp(-F_top(h1)) is the top RBM's unnormalised marginal (h2 summed out) and
 * Z_top its partition function. The expectation is estimated by sampling h1 ~ q(h1|v); log Z_top
 * comes from AIS on the top RBM (its error adds to the bound's, reported apart). With an AIS
 * estimate that is itself biased low in expectation, the estimated bound may sit slightly above
 * the true bound; S&M 2008 discuss this and it is why the interval is reported.
 */
import { softplus, sigmoid } from '../math/logspace.js';
import type { Rng } from '../rng/rng.js';
import type { Rbm } from '../models/rbm.js';

export interface DbnLowerBoundInput {
  /** The first RBM (nv x n1): its W and visible biases make p(v|h1), its hidden biases q(h1|v). */
  bottom: Rbm;
  /** The top RBM (n1 x n2): its "visible" layer is h1. */
  top: Rbm;
  /** log Z of the top RBM (exact or AIS). */
  logZTop: number;
  /** Binary test vectors, rows x nv. */
  data: Uint8Array;
  rows: number;
  /** Samples of h1 ~ q(h1|v) per test vector. */
  samples: number;
  rng: Rng;
}

export interface DbnLowerBound {
  /** Mean over test vectors of the estimated bound, in nats per example. */
  bound: number;
  /** Its standard error over test vectors and h1 samples (excluding log Z_top's own error). */
  stderr: number;
  /** Per test vector. */
  perExample: Float64Array;
}

/** q(h1 = 1 | v) for one visible vector (0/1), into `out`. */
export function posteriorH1(bottom: Rbm, v: ArrayLike<number>, offset: number, out: Float64Array): void {
  const { nv, nh, W, c } = bottom;
  for (let j = 0; j < nh; j++) out[j] = c[j];
  for (let i = 0; i < nv; i++) {
    if (v[offset + i] === 0) continue;
    const row = i * nh;
    for (let j = 0; j < nh; j++) out[j] += W[row + j];
  }
  for (let j = 0; j < nh; j++) out[j] = sigmoid(out[j]);
}

/** log p(v | h1) = sum_i v_i a_i - softplus(a_i), a = b1 + W1 h1. */
export function logLikelihoodGivenH1(bottom: Rbm, v: ArrayLike<number>, offset: number, h1: ArrayLike<number>): number {
  const { nv, nh, W, b } = bottom;
  let total = 0;
  for (let i = 0; i < nv; i++) {
    let a = b[i];
    const row = i * nh;
    for (let j = 0; j < nh; j++) if (h1[j]) a += W[row + j];
    total += (v[offset + i] ? a : 0) - softplus(a);
  }
  return total;
}

/** Entropy of a factorial Bernoulli distribution with means q. */
export function bernoulliEntropy(q: ArrayLike<number>): number {
  let h = 0;
  for (let j = 0; j < q.length; j++) {
    const p = q[j];
    if (p > 0) h -= p * Math.log(p);
    if (p < 1) h -= (1 - p) * Math.log(1 - p);
  }
  return h;
}

export function dbnLowerBound(input: DbnLowerBoundInput): DbnLowerBound {
  const { bottom, top, data, rows, samples, rng, logZTop } = input;
  if (bottom.nh !== top.nv) throw new RangeError(`dbnLowerBound: the bottom RBM has ${bottom.nh} hidden units, the top RBM ${top.nv} visible`);
  const nv = bottom.nv;
  const q = new Float64Array(bottom.nh);
  const h1 = new Uint8Array(bottom.nh);
  const perExample = new Float64Array(rows);
  // Variance of the per-example estimate: between examples, plus the sampling noise of h1.
  let samplingVariance = 0;
  for (let r = 0; r < rows; r++) {
    const offset = r * nv;
    posteriorH1(bottom, data, offset, q);
    let mean = 0;
    let m2 = 0;
    for (let s = 0; s < samples; s++) {
      for (let j = 0; j < q.length; j++) h1[j] = rng.nextDouble() < q[j] ? 1 : 0;
      const term = logLikelihoodGivenH1(bottom, data, offset, h1) - top.freeEnergy(h1);
      const delta = term - mean;
      mean += delta / (s + 1);
      m2 += delta * (term - mean);
    }
    perExample[r] = mean + bernoulliEntropy(q) - logZTop;
    if (samples > 1) samplingVariance += m2 / (samples - 1) / samples;
  }
  let bound = 0;
  for (let r = 0; r < rows; r++) bound += perExample[r] / rows;
  let between = 0;
  for (let r = 0; r < rows; r++) between += (perExample[r] - bound) ** 2;
  // Between-example variance already contains the sampling noise; take the larger of the two views.
  const variance = Math.max(rows > 1 ? between / (rows - 1) / rows : 0, samplingVariance / (rows * rows));
  return { bound, stderr: Math.sqrt(variance), perExample };
}
