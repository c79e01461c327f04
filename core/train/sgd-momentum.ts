/**
 * Stochastic gradient ascent with classical momentum and L2 weight decay on W (Hinton 2010,
 * "A practical guide to training RBMs", sections 9-10):
 *   velocity <- momentum * velocity + rate * (gradient - weightDecay * W)   (biases: no decay)
 *   params   <- params + velocity
 * The state is the velocity, three plain arrays: it serialises as bytes in a checkpoint.
 */
import { NumericalError } from '../errors.js';
import type { RbmParams } from './rbm-params.js';
import { firstNonFiniteGradient, type Gradient, type Statistics } from './statistics.js';

export interface SgdState {
  w: Float64Array;
  b: Float64Array;
  c: Float64Array;
}

export interface SgdSettings {
  rate: number;
  momentum: number;
  weightDecay: number;
}

export function zeroSgdState(nv: number, nh: number): SgdState {
  return { w: new Float64Array(nv * nh), b: new Float64Array(nv), c: new Float64Array(nh) };
}

/**
 * One step, in place on `params` and `state`. A NaN or infinite gradient throws a
 * NumericalError before anything changes, so the caller still holds the last good parameters.
 */
export function sgdMomentumStep(params: RbmParams, state: SgdState, gradient: Gradient, settings: SgdSettings): void {
  const bad = firstNonFiniteGradient(gradient);
  if (bad !== undefined) throw new NumericalError(`the gradient is not finite (${bad}); lower the learning rate`);
  const { rate, momentum, weightDecay } = settings;
  step(params.W, state.w, gradient.w, rate, momentum, weightDecay);
  step(params.b, state.b, gradient.b, rate, momentum, 0);
  step(params.c, state.c, gradient.c, rate, momentum, 0);
}

function step(x: Float64Array, velocity: Float64Array, g: Float64Array, rate: number, momentum: number, decay: number): void {
  for (let i = 0; i < x.length; i++) {
    velocity[i] = momentum * velocity[i] + rate * (g[i] - decay * x[i]);
    x[i] += velocity[i];
  }
}

/**
 * The same step with the gradient formed on the fly from the two phases' sums
 * (positive / positive.rows - negative / negative.rows, as gradientFromStatistics), without
 * allocating it: the training loop's path. Non-finite sums throw before anything changes.
 */
export function sgdMomentumStepFromStatistics(params: RbmParams, state: SgdState, positive: Statistics, negative: Statistics, settings: SgdSettings): void {
  for (const [name, a] of [['W', positive.w], ['b', positive.b], ['c', positive.c], ['W', negative.w], ['b', negative.b], ['c', negative.c]] as const) {
    for (let i = 0; i < a.length; i++) {
      if (!Number.isFinite(a[i])) throw new NumericalError(`the gradient is not finite (statistics of d${name}[${i}] = ${a[i]}); lower the learning rate`);
    }
  }
  const sp = 1 / positive.rows;
  const sn = 1 / negative.rows;
  const { rate, momentum, weightDecay } = settings;
  fusedStep(params.W, state.w, positive.w, negative.w, sp, sn, rate, momentum, weightDecay);
  fusedStep(params.b, state.b, positive.b, negative.b, sp, sn, rate, momentum, 0);
  fusedStep(params.c, state.c, positive.c, negative.c, sp, sn, rate, momentum, 0);
}

function fusedStep(x: Float64Array, velocity: Float64Array, p: Float64Array, n: Float64Array, sp: number, sn: number, rate: number, momentum: number, decay: number): void {
  for (let i = 0; i < x.length; i++) {
    velocity[i] = momentum * velocity[i] + rate * (p[i] * sp - n[i] * sn - decay * x[i]);
    x[i] += velocity[i];
  }
}
