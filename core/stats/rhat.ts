/**
 * The potential scale reduction factor R-hat (Gelman & Rubin 1992), in the rank-normalised,
 * split, folded form of Vehtari, Gelman, Simpson, Carpenter, Burkner (2021, eq. 3-4 and
 * sec. 4.1). For M chains of N draws,
 *
 *   B = N/(M-1) sum_m (mean_m - mean)^2,   W = (1/M) sum_m s_m^2   (s_m^2 with N-1),
 *   var+ = (N-1)/N W + B/N,                R-hat = sqrt(var+ / W).
 *
 * The reported value is max(bulk, tail): bulk = R-hat of the rank-normalised split chains,
 * tail = the same of the folded draws |x - median|, the median taken over all draws before
 * splitting (as posterior does; ArviZ takes it over the split draws, which differs only for
 * an odd number of draws). Vehtari et al. recommend trusting the chains only below 1.01.
 */
import { drawsPerChain } from './chains.js';
import { foldAboutMedian, hasNonFinite, isConstant, rankNormalise, splitChains } from './rank-normalise.js';

/** Above this R-hat the chains have not mixed (Vehtari et al. 2021, sec. 4.1). */
export const RHAT_THRESHOLD = 1.01;

export interface RankNormalisedRhat {
  /** max(bulk, tail): the value to report. */
  rhat: number;
  /** R-hat of the rank-normalised split chains: disagreement in location. */
  bulk: number;
  /** R-hat of the rank-normalised folded split chains: disagreement in scale and tails. */
  tail: number;
}

/**
 * R-hat of the chains as given (no split, no ranks). NaN when the draws are constant or
 * not finite, or with fewer than 2 chains or 2 draws; Infinity when every chain is constant
 * but they differ.
 */
export function basicRhat(values: Float64Array, chains: number): number {
  const draws = drawsPerChain(values, chains);
  if (chains < 2 || draws < 2 || hasNonFinite(values) || isConstant(values)) return Number.NaN;
  let grand = 0;
  const means = new Float64Array(chains);
  for (let c = 0; c < chains; c++) {
    let sum = 0;
    for (let d = 0; d < draws; d++) sum += values[c * draws + d];
    means[c] = sum / draws;
    grand += means[c];
  }
  grand /= chains;
  let between = 0;
  let within = 0;
  for (let c = 0; c < chains; c++) {
    between += (means[c] - grand) ** 2;
    let ss = 0;
    for (let d = 0; d < draws; d++) ss += (values[c * draws + d] - means[c]) ** 2;
    within += ss / (draws - 1);
  }
  // B / N = var(chain means), W = mean of the chain variances.
  const betweenOverN = between / (chains - 1);
  within /= chains;
  if (within === 0) return Infinity;
  return Math.sqrt((draws - 1) / draws + betweenOverN / within);
}

/** Classic split R-hat (Gelman et al. 2013, BDA3 sec. 11.4), without rank normalisation. */
export function splitRhat(values: Float64Array, chains: number): number {
  const split = splitChains(values, chains);
  return basicRhat(split.values, split.chains);
}

/** The rank-normalised split R-hat with its folded (tail) companion (Vehtari et al. 2021). */
export function rankNormalisedSplitRhat(values: Float64Array, chains: number): RankNormalisedRhat {
  drawsPerChain(values, chains);
  if (hasNonFinite(values)) return { rhat: Number.NaN, bulk: Number.NaN, tail: Number.NaN };
  const split = splitChains(values, chains);
  const bulk = basicRhat(rankNormalise(split.values), split.chains);
  const folded = splitChains(foldAboutMedian(values), chains);
  const tail = basicRhat(rankNormalise(folded.values), folded.chains);
  return { rhat: Math.max(bulk, tail), bulk, tail };
}
