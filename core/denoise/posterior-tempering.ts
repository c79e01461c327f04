/**
 * The posterior mean by parallel tempering (Swendsen & Wang 1986; Geyer 1991) for Ising
 * posteriors whose coupling makes single-site Gibbs slow to cross between large flipped
 * regions: replicas at inverse temperatures 1 = beta_0 > beta_1 > ... each take a heat-bath
 * sweep, then neighbouring pairs (even pairs, then odd pairs, alternating) swap states with
 * probability min(1, exp((beta_a - beta_b)(E_a - E_b))). Marginals are averaged on the beta = 1
 * replica only (Rao-Blackwellised, as in posterior-estimates.ts: the beta = 1 sweep's conditional
 * probabilities), so the estimate targets the same p(x | y) as plain Gibbs.
 */
import type { Rng } from '../rng/rng.js';
import { denoiseEnergy, heatBathSweep, type DenoiseProblem } from './denoise-problem.js';
import { imageToSpins } from './ising-posterior.js';
import { BatchMeans, geometricBetas, type PosteriorMeanResult } from './posterior-estimates.js';

export interface TemperingInput {
  problem: DenoiseProblem;
  rng: Rng;
  /** Decreasing inverse temperatures starting at 1; default 8 geometric from 1 to 0.7. */
  betas?: Float64Array;
  /** Rounds discarded before averaging; default 50. */
  burnIn?: number;
  /** Rounds averaged; default 200. */
  samples?: number;
}

export interface TemperingResult extends PosteriorMeanResult {
  /** Accepted fraction of proposed swaps, per neighbouring pair. */
  swapAcceptance: Float64Array;
}

export function posteriorMeanByTempering(input: TemperingInput): TemperingResult {
  const { problem, rng } = input;
  const betas = input.betas ?? geometricBetas(1, 0.7, 8);
  if (betas[0] !== 1) throw new RangeError('posteriorMeanByTempering: the first inverse temperature must be 1 (the posterior)');
  const burnIn = input.burnIn ?? 50;
  const samples = input.samples ?? 200;
  const R = betas.length;
  const replicas = Array.from({ length: R }, () => imageToSpins(problem.observed));
  const energies = new Float64Array(R);
  const accepted = new Float64Array(Math.max(0, R - 1));
  const proposed = new Float64Array(Math.max(0, R - 1));
  const n = problem.observed.length;
  const batches = new BatchMeans(n, samples, 20);
  for (let round = 0; round < burnIn + samples; round++) {
    for (let k = 0; k < R; k++) {
      heatBathSweep(problem, replicas[k], betas[k], rng, k === 0 && round >= burnIn ? batches.sumFor(round - burnIn) : undefined);
      energies[k] = denoiseEnergy(problem, replicas[k]);
    }
    for (let k = round & 1; k + 1 < R; k += 2) {
      proposed[k]++;
      const logAccept = (betas[k] - betas[k + 1]) * (energies[k] - energies[k + 1]);
      if (logAccept >= 0 || rng.nextDouble() < Math.exp(logAccept)) {
        accepted[k]++;
        [replicas[k], replicas[k + 1]] = [replicas[k + 1], replicas[k]];
        [energies[k], energies[k + 1]] = [energies[k + 1], energies[k]];
      }
    }
  }
  return { ...batches.finish(), swapAcceptance: accepted.map((a, k) => (proposed[k] > 0 ? a / proposed[k] : 0)) };
}
