/**
 * Two point estimates of the clean image from the Ising posterior (ising-posterior.ts for the
 * homogeneous prior, sparse-posterior.ts for a learned one; denoise-problem.ts dispatches).
 *
 * Posterior mean (the marginal posterior mode per pixel, MPM, which minimises the expected
 * number of pixel errors; Marroquin, Mitter & Poggio 1987): estimate P(x_i = 1 | y) over Gibbs
 * sweeps after burn-in and threshold it at 1/2. The estimate is Rao-Blackwellised (Gelfand &
 * Smith 1990; Liu, Wong & Kong 1994): each sweep contributes the exact conditional
 * P(x_i = 1 | rest) computed at the pixel's update, not the drawn 0/1, which has the same mean
 * once the chain is stationary and a smaller variance. Each marginal carries a batch-means
 * standard error (Flegal & Jones 2010).
 *
 * MAP by simulated annealing (Kirkpatrick, Gelatt & Vecchi 1983; Geman & Geman 1984): heat-bath
 * sweeps at increasing inverse temperature beta, then ICM to a local minimum of E.
 */
import type { Rng } from '../rng/rng.js';
import { descendToLocalMinimum, heatBathSweep, type DenoiseProblem } from './denoise-problem.js';
import { imageToSpins, spinsToImage } from './ising-posterior.js';

export interface PosteriorMeanInput {
  problem: DenoiseProblem;
  rng: Rng;
  /** Sweeps discarded before averaging; default 50. */
  burnIn?: number;
  /** Sweeps averaged; default 200. */
  samples?: number;
  /** Consecutive batches the samples are split into for the standard error; default 20. */
  batches?: number;
}

export interface PosteriorMeanResult {
  /** P(x_i = 1 | y), estimated per pixel. */
  marginals: Float64Array;
  /** The marginals thresholded at 1/2: the binary estimate. */
  estimate: Uint8Array;
  /** Batch-means standard error of each marginal. */
  standardError: Float64Array;
}

export function posteriorMean(input: PosteriorMeanInput): PosteriorMeanResult {
  const { problem, rng } = input;
  const burnIn = input.burnIn ?? 50;
  const samples = input.samples ?? 200;
  // Start at the observation: it is close to the bulk of the posterior, so burn-in is short.
  const s = imageToSpins(problem.observed);
  for (let t = 0; t < burnIn; t++) heatBathSweep(problem, s, 1, rng);
  const batches = new BatchMeans(s.length, samples, input.batches ?? 20);
  for (let t = 0; t < samples; t++) heatBathSweep(problem, s, 1, rng, batches.sumFor(t));
  return batches.finish();
}

/**
 * Running per-pixel sums over `samples` sweeps in consecutive batches: the overall mean and the
 * spread of the batch means, which estimates the mean's standard error under autocorrelation.
 */
export class BatchMeans {
  private readonly batch: Float64Array;
  private readonly total: Float64Array;
  private readonly squares: Float64Array;
  private readonly batches: number;
  private current = 0;
  private batchStart = 0;

  constructor(
    private readonly sites: number,
    private readonly samples: number,
    batches: number,
  ) {
    this.batches = Math.max(2, Math.min(batches, samples));
    this.batch = new Float64Array(sites);
    this.total = new Float64Array(sites);
    this.squares = new Float64Array(sites);
  }

  private batchEnd(b: number): number {
    return Math.round(((b + 1) * this.samples) / this.batches);
  }

  /** The array sample t (0-based, in order) adds its per-pixel values to. */
  sumFor(t: number): Float64Array {
    while (t >= this.batchEnd(this.current)) this.closeBatch();
    return this.batch;
  }

  private closeBatch(): void {
    const length = this.batchEnd(this.current) - this.batchStart;
    for (let i = 0; i < this.sites; i++) {
      this.total[i] += this.batch[i];
      const mean = length > 0 ? this.batch[i] / length : 0;
      this.squares[i] += mean * mean;
    }
    this.batch.fill(0);
    this.batchStart = this.batchEnd(this.current);
    this.current++;
  }

  finish(): PosteriorMeanResult {
    while (this.current < this.batches) this.closeBatch();
    const n = this.sites;
    const B = this.batches;
    const marginals = new Float64Array(n);
    const standardError = new Float64Array(n);
    const estimate = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      marginals[i] = this.total[i] / this.samples;
      // Batches are equal-sized up to one sweep, so their means are (nearly) equally weighted.
      const variance = (Math.max(0, this.squares[i] / B - marginals[i] * marginals[i]) * B) / (B - 1);
      standardError[i] = Math.sqrt(variance / B);
      estimate[i] = marginals[i] > 0.5 ? 1 : 0;
    }
    return { marginals, estimate, standardError };
  }
}

export interface AnnealingInput {
  problem: DenoiseProblem;
  rng: Rng;
  /** Increasing inverse temperatures, one heat-bath sweep each; default geometric 0.1 -> 10 in 200 steps. */
  betas?: Float64Array;
}

export function mapByAnnealing(input: AnnealingInput): Uint8Array {
  const { problem, rng } = input;
  const betas = input.betas ?? geometricBetas(0.1, 10, 200);
  const s = imageToSpins(problem.observed);
  for (let k = 0; k < betas.length; k++) heatBathSweep(problem, s, betas[k], rng);
  descendToLocalMinimum(problem, s);
  return spinsToImage(s);
}

/** `steps` inverse temperatures from `from` to `to`, evenly spaced in log. */
export function geometricBetas(from: number, to: number, steps: number): Float64Array {
  const out = new Float64Array(steps);
  for (let k = 0; k < steps; k++) out[k] = from * Math.pow(to / from, steps === 1 ? 1 : k / (steps - 1));
  return out;
}
