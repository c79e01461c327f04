/**
 * One noisy binary image restored both ways, from named streams so results are reproducible
 * per image: the posterior mean (by Gibbs or parallel tempering) and the annealed MAP, under the
 * homogeneous prior or a learned pairwise one (denoise-problem.ts).
 * Shared by `ebm denoise` and the `denoise` task.
 */
import { streamRng } from '../rng/rng.js';
import type { DenoiseProblem } from './denoise-problem.js';
import { geometricBetas, mapByAnnealing, posteriorMean } from './posterior-estimates.js';
import { posteriorMeanByTempering } from './posterior-tempering.js';

export type PosteriorMethod = 'gibbs' | 'pt';

export interface RestoreOptions {
  method: PosteriorMethod;
  seed: number;
  /** Names the image's streams (its index in a batch). */
  imageId: number;
  burnIn?: number;
  samples?: number;
  annealSteps?: number;
}

export interface RestoredImage {
  /** P(x_i = 1 | y) per pixel. */
  marginals: Float64Array;
  /** Batch-means standard error of each marginal. */
  standardError: Float64Array;
  /** Marginals thresholded at 1/2 (the MPM estimate). */
  mean: Uint8Array;
  /** Simulated annealing then ICM. */
  map: Uint8Array;
  /** PT only: swap acceptance per neighbouring pair. */
  swapAcceptance?: number[];
}

export const DENOISE_MEAN_PURPOSE = 'denoise.posterior';
export const DENOISE_MAP_PURPOSE = 'denoise.anneal';

export function restoreImage(problem: DenoiseProblem, options: RestoreOptions): RestoredImage {
  const rng = streamRng(options.seed, DENOISE_MEAN_PURPOSE, options.imageId);
  const sampling = { problem, rng, burnIn: options.burnIn, samples: options.samples };
  const posterior = options.method === 'pt' ? posteriorMeanByTempering(sampling) : posteriorMean(sampling);
  const map = mapByAnnealing({ problem, rng: streamRng(options.seed, DENOISE_MAP_PURPOSE, options.imageId), betas: geometricBetas(0.1, 10, options.annealSteps ?? 200) });
  return {
    marginals: posterior.marginals,
    standardError: posterior.standardError,
    mean: posterior.estimate,
    map,
    ...('swapAcceptance' in posterior ? { swapAcceptance: Array.from(posterior.swapAcceptance as Float64Array) } : {}),
  };
}
