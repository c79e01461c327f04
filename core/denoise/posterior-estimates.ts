/**
 * Two point estimates of the clean image from the Ising posterior (ising-posterior.ts).
 *
 * Posterior mean (the marginal posterior mode per pixel, MPM, which minimises the expected
 * number of pixel errors; Marroquin, Mitter & Poggio 1987): average the pixels over Gibbs
 * sweeps after burn-in and threshold the marginal P(x_i = 1 | y) at 1/2.
 *
 * MAP by simulated annealing (Kirkpatrick, Gelatt & Vecchi 1983; Geman & Geman 1984): heat-bath
 * sweeps at increasing inverse temperature beta, then ICM to a local minimum of E.
 */
import type { Rng } from '../rng/rng.js';
import { checkerboardHeatBathSweep, icmToFixedPoint, imageToSpins, spinsToImage, type IsingDenoiseProblem } from './ising-posterior.js';

export interface PosteriorMeanInput {
  problem: IsingDenoiseProblem;
  rng: Rng;
  /** Sweeps discarded before averaging; default 50. */
  burnIn?: number;
  /** Sweeps averaged; default 200. */
  samples?: number;
}

export interface PosteriorMeanResult {
  /** P(x_i = 1 | y), estimated per pixel. */
  marginals: Float64Array;
  /** The marginals thresholded at 1/2: the binary estimate. */
  estimate: Uint8Array;
}

export function posteriorMean(input: PosteriorMeanInput): PosteriorMeanResult {
  const { problem, rng } = input;
  const burnIn = input.burnIn ?? 50;
  const samples = input.samples ?? 200;
  // Start at the observation: it is close to the bulk of the posterior, so burn-in is short.
  const s = imageToSpins(problem.observed);
  for (let t = 0; t < burnIn; t++) checkerboardHeatBathSweep(problem, s, 1, rng);
  const marginals = new Float64Array(s.length);
  for (let t = 0; t < samples; t++) {
    checkerboardHeatBathSweep(problem, s, 1, rng);
    for (let i = 0; i < s.length; i++) if (s[i] > 0) marginals[i]++;
  }
  const estimate = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    marginals[i] /= samples;
    estimate[i] = marginals[i] > 0.5 ? 1 : 0;
  }
  return { marginals, estimate };
}

export interface AnnealingInput {
  problem: IsingDenoiseProblem;
  rng: Rng;
  /** Increasing inverse temperatures, one heat-bath sweep each; default geometric 0.1 -> 10 in 200 steps. */
  betas?: Float64Array;
}

export function mapByAnnealing(input: AnnealingInput): Uint8Array {
  const { problem, rng } = input;
  const betas = input.betas ?? geometricBetas(0.1, 10, 200);
  const s = imageToSpins(problem.observed);
  for (let k = 0; k < betas.length; k++) checkerboardHeatBathSweep(problem, s, betas[k], rng);
  icmToFixedPoint(problem, s);
  return spinsToImage(s);
}

/** `steps` inverse temperatures from `from` to `to`, evenly spaced in log. */
export function geometricBetas(from: number, to: number, steps: number): Float64Array {
  const out = new Float64Array(steps);
  for (let k = 0; k < steps; k++) out[k] = from * Math.pow(to / from, steps === 1 ? 1 : k / (steps - 1));
  return out;
}
