/**
 * The PCD parameter step for a Boltzmann machine (Tieleman 2008, with momentum and weight decay
 * as Hinton 2010 sections 9-10 recommend for RBMs):
 *   g_ij = P_ij / rows+ - N_ij / rows-  (i != j),  g_i = p_i / rows+ - n_i / rows-,
 *   v <- momentum v + rate (g - weightDecay W)  (biases: no decay),  theta <- theta + v,
 * from the positive and negative sums of bm-statistics.ts. Only pairs i < j are computed, and
 * W_ij, W_ji are written from the same number, so W stays exactly symmetric with a zero
 * diagonal. A non-finite gradient throws before anything changes (the caller keeps the last
 * good parameters).
 */
import { NumericalError } from '../errors.js';
import type { BmParams } from './bm-params.js';
import type { BmStatistics } from './bm-statistics.js';

export interface BmVelocity {
  W: Float64Array;
  b: Float64Array;
}

export interface BmStepSettings {
  rate: number;
  momentum: number;
  weightDecay: number;
}

export function zeroBmVelocity(n: number): BmVelocity {
  return { W: new Float64Array(n * n), b: new Float64Array(n) };
}

/** The mean-log-likelihood gradient from the two phases' sums (W part symmetric, zero diagonal). */
export function bmGradient(positive: BmStatistics, negative: BmStatistics, n: number): BmVelocity {
  if (positive.rows === 0 || negative.rows === 0) throw new RangeError('bm gradient: a phase has no rows');
  const g = zeroBmVelocity(n);
  const p = 1 / positive.rows;
  const q = 1 / negative.rows;
  for (let i = 0; i < n; i++) {
    g.b[i] = positive.units[i] * p - negative.units[i] * q;
    for (let j = i + 1; j < n; j++) {
      const v = positive.pairs[i * n + j] * p - negative.pairs[i * n + j] * q;
      g.W[i * n + j] = v;
      g.W[j * n + i] = v;
    }
  }
  return g;
}

/** Euclidean norm over the free parameters (each pair once). */
export function bmGradientNorm(g: BmVelocity, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += g.b[i] * g.b[i];
    for (let j = i + 1; j < n; j++) sum += g.W[i * n + j] ** 2;
  }
  return Math.sqrt(sum);
}

/** One step in place on `params` and `velocity`. */
export function bmSgdStep(params: BmParams, velocity: BmVelocity, gradient: BmVelocity, settings: BmStepSettings): void {
  const n = params.n;
  for (let k = 0; k < gradient.W.length; k++) {
    if (!Number.isFinite(gradient.W[k])) throw new NumericalError(`the gradient is not finite (W[${Math.floor(k / n)}][${k % n}] = ${gradient.W[k]}); lower the learning rate`);
  }
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(gradient.b[i])) throw new NumericalError(`the gradient is not finite (b[${i}] = ${gradient.b[i]}); lower the learning rate`);
  }
  const { rate, momentum, weightDecay } = settings;
  for (let i = 0; i < n; i++) {
    velocity.b[i] = momentum * velocity.b[i] + rate * gradient.b[i];
    params.b[i] += velocity.b[i];
    for (let j = i + 1; j < n; j++) {
      const ij = i * n + j;
      const v = momentum * velocity.W[ij] + rate * (gradient.W[ij] - weightDecay * params.W[ij]);
      velocity.W[ij] = v;
      velocity.W[j * n + i] = v;
      const w = params.W[ij] + v;
      params.W[ij] = w;
      params.W[j * n + i] = w;
    }
  }
}
