/**
 * Contrastive divergence for a product of Student-t experts (Hinton 2002; Welling, Hinton &
 * Osindero 2003). With E(x) = sum_j alpha_j log(1 + u_j^2 / 2) + |x|^2 / (2 sigma^2), u_j = w_j.x,
 * the log-likelihood gradient is <dE/dtheta>_model - <dE/dtheta>_data, where
 *   dE/dw_j = alpha_j u_j / (1 + u_j^2 / 2) x,   dE/dalpha_j = log(1 + u_j^2 / 2).
 * CD-k replaces the model average by the average over k MALA (or random-walk Metropolis) steps
 * started at the data rows (gaussian-base-chains.ts at b = 1), which leave the current model
 * invariant, so the update vanishes when the data already are model samples. Exponents move in
 * log alpha (dL/dlog alpha = alpha dL/dalpha) so they stay positive; sigma is fixed.
 */
import { NumericalError } from '../errors.js';
import { GaussianBaseChains } from '../models/gaussian-base-chains.js';
import type { Rng } from '../rng/rng.js';
import { poeModelOf, type PoeParams } from './poe-params.js';

/** Sums over rows of dE/dW (experts x d) and dE/dalpha (experts). */
export interface PoeEnergyGradients {
  W: Float64Array;
  alpha: Float64Array;
  rows: number;
}

export function emptyPoeGradients(p: PoeParams): PoeEnergyGradients {
  return { W: new Float64Array(p.experts * p.d), alpha: new Float64Array(p.experts), rows: 0 };
}

/** Adds dE/dtheta of every row of `x` (rows x d) into `into`. */
export function accumulateEnergyGradients(into: PoeEnergyGradients, p: PoeParams, x: Float64Array): void {
  const { d, experts, W, alpha } = p;
  const rows = x.length / d;
  for (let r = 0; r < rows; r++) {
    const base = r * d;
    for (let j = 0; j < experts; j++) {
      let u = 0;
      for (let i = 0; i < d; i++) u += W[j * d + i] * x[base + i];
      const q = 1 + 0.5 * u * u;
      into.alpha[j] += Math.log(q);
      const scale = (alpha[j] * u) / q;
      for (let i = 0; i < d; i++) into.W[j * d + i] += scale * x[base + i];
    }
  }
  into.rows += rows;
}

export interface PoeCdInput {
  params: PoeParams;
  /** The minibatch, rows x d. */
  batch: Float64Array;
  k: number;
  sampler: 'mala' | 'rwm';
  rng: Rng;
}

export interface PoeGradient {
  /** dL/dW (experts x d) and dL/dlog alpha (experts), means over the batch. */
  W: Float64Array;
  logAlpha: Float64Array;
  /** Fraction of the k MALA proposals accepted (a diagnostic). */
  acceptance: number;
}

/** The CD-k estimate of the mean log-likelihood gradient on one minibatch. */
export function poeCdGradient(input: PoeCdInput): PoeGradient {
  const { params: p, batch, k, sampler, rng } = input;
  const rows = batch.length / p.d;
  const data = emptyPoeGradients(p);
  accumulateEnergyGradients(data, p, batch);
  const chains = new GaussianBaseChains(poeModelOf(p), p.sigma, rows, sampler);
  chains.loadState(new Uint8Array(batch.buffer, batch.byteOffset, batch.byteLength));
  chains.advance(rng, 1, k);
  const model = emptyPoeGradients(p);
  accumulateEnergyGradients(model, p, chains.x);
  const W = new Float64Array(p.W.length);
  for (let m = 0; m < W.length; m++) W[m] = (model.W[m] - data.W[m]) / rows;
  const logAlpha = new Float64Array(p.experts);
  for (let j = 0; j < p.experts; j++) logAlpha[j] = (p.alpha[j] * (model.alpha[j] - data.alpha[j])) / rows;
  return { W, logAlpha, acceptance: chains.acceptanceRate };
}

export interface PoeVelocity {
  W: Float64Array;
  logAlpha: Float64Array;
}

export function zeroPoeVelocity(p: PoeParams): PoeVelocity {
  return { W: new Float64Array(p.W.length), logAlpha: new Float64Array(p.experts) };
}

/** v <- momentum v + rate g;  W += v_W, alpha *= exp(v_logAlpha) (only when `learnAlpha`). */
export function poeStep(p: PoeParams, v: PoeVelocity, g: PoeGradient, settings: { rate: number; momentum: number; learnAlpha: boolean }): void {
  for (const a of [g.W, g.logAlpha]) {
    for (let m = 0; m < a.length; m++) if (!Number.isFinite(a[m])) throw new NumericalError(`the CD gradient is not finite; lower the learning rate`);
  }
  const { rate, momentum } = settings;
  for (let m = 0; m < p.W.length; m++) {
    v.W[m] = momentum * v.W[m] + rate * g.W[m];
    p.W[m] += v.W[m];
  }
  if (!settings.learnAlpha) return;
  for (let j = 0; j < p.experts; j++) {
    v.logAlpha[j] = momentum * v.logAlpha[j] + rate * g.logAlpha[j];
    p.alpha[j] *= Math.exp(v.logAlpha[j]);
  }
}
