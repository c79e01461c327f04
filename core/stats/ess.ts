/**
 * Effective sample size of M chains by Geyer's initial monotone sequence on the multi-chain
 * autocorrelation (Geyer 1992; Vehtari, Gelman, Simpson, Carpenter, Burkner 2021, sec. 3.2
 * and appendix A; the algorithm of Stan and of the posterior R package). With N draws per
 * chain, per-chain autocovariances acov_m(t) (1/N normalised), W = mean_m acov_m(0) N/(N-1),
 * var+ = (N-1)/N W + var(chain means):
 *
 *   rho(0) = 1,   rho(t) = 1 - (W - mean_m acov_m(t)) / var+   (t >= 1),
 *
 * (The paper's eq. writes s_m^2 rho_{t,m} for acov_m(t), larger by N/(N-1); Stan, posterior
 * and ArviZ all use the 1/N autocovariance as here, and users compare against them.)
 *
 * summed in pairs P_k = rho(2k) + rho(2k+1) while P_k > 0 (initial positive sequence), each
 * pair capped by the one before (initial monotone sequence), then
 *
 *   tau = -1 + 2 sum_{t < 2K} rho(t) + rho(2K)   (rho(2K) only when positive: the "improved"
 *   estimate, which lowers the variance for antithetic chains),   ESS = M N / max(tau, 1/log10(M N)).
 *
 * Bulk-ESS is this on the rank-normalised split chains; tail-ESS the smaller of the ESS of the
 * split indicators I(x <= q_5%) and I(x <= q_95%); the ESS of the mean (for the Monte Carlo
 * standard error) is this on the split chains as they are.
 *
 * Where posterior and Stan's C++ differ (only when the positive sequence runs to the end of
 * the chain), this follows posterior, the reference code of the paper.
 */
import { autocovariance } from './autocovariance.js';
import { drawsPerChain } from './chains.js';
import { quantileOfSorted, sortedCopy } from './order-statistics.js';
import { hasNonFinite, isConstant, rankNormalise, splitChains } from './rank-normalise.js';

/**
 * ESS of the chains as given (no split, no ranks). NaN with fewer than 3 draws per chain,
 * or when the draws are constant or not finite.
 */
export function basicEss(values: Float64Array, chains: number): number {
  const draws = drawsPerChain(values, chains);
  if (draws < 3 || hasNonFinite(values) || isConstant(values)) return Number.NaN;
  const acov = new Float64Array(draws);
  const scratch = new Float64Array(draws);
  const chainMeans = new Float64Array(chains);
  for (let c = 0; c < chains; c++) {
    const chain = values.subarray(c * draws, (c + 1) * draws);
    autocovariance(chain, scratch);
    for (let t = 0; t < draws; t++) acov[t] += scratch[t] / chains;
    let sum = 0;
    for (let d = 0; d < draws; d++) sum += chain[d];
    chainMeans[c] = sum / draws;
  }
  const meanVar = (acov[0] * draws) / (draws - 1);
  let varPlus = (meanVar * (draws - 1)) / draws;
  if (chains > 1) varPlus += sampleVariance(chainMeans);

  const rho = new Float64Array(draws);
  let t = 0;
  let rhoEven = 1;
  let rhoOdd = 1 - (meanVar - acov[1]) / varPlus;
  rho[0] = rhoEven;
  rho[1] = rhoOdd;
  // Initial positive sequence: extend while the latest pair sum is positive.
  while (t < draws - 5 && !Number.isNaN(rhoEven + rhoOdd) && rhoEven + rhoOdd > 0) {
    t += 2;
    rhoEven = 1 - (meanVar - acov[t]) / varPlus;
    rhoOdd = 1 - (meanVar - acov[t + 1]) / varPlus;
    if (rhoEven + rhoOdd >= 0) {
      rho[t] = rhoEven;
      rho[t + 1] = rhoOdd;
    }
  }
  const maxT = t;
  if (rhoEven > 0) rho[maxT] = rhoEven;
  // Initial monotone sequence: no pair sum may exceed the one before it.
  for (let k = 2; k <= maxT - 2; k += 2) {
    if (rho[k] + rho[k + 1] > rho[k - 2] + rho[k - 1]) {
      rho[k] = (rho[k - 2] + rho[k - 1]) / 2;
      rho[k + 1] = rho[k];
    }
  }
  const total = chains * draws;
  // When no pair was added (maxT = 0) the reference codes still sum lag 0 (R's 1:0, Stan's head(1)).
  let tau = -1 + rho[maxT];
  for (let k = 0; k < Math.max(maxT, 1); k++) tau += 2 * rho[k];
  tau = Math.max(tau, 1 / Math.log10(total));
  return total / tau;
}

/** Bulk-ESS: ESS of the rank-normalised split chains. */
export function essBulk(values: Float64Array, chains: number): number {
  drawsPerChain(values, chains);
  if (hasNonFinite(values)) return Number.NaN;
  const split = splitChains(values, chains);
  return basicEss(rankNormalise(split.values), split.chains);
}

/**
 * ESS of the p-quantile: ESS of the split indicator I(x <= q_p), with q_p the type-7 quantile
 * of all draws before splitting (as posterior and ArviZ compute it).
 */
export function essQuantile(values: Float64Array, chains: number, p: number): number {
  drawsPerChain(values, chains);
  if (hasNonFinite(values) || isConstant(values)) return Number.NaN;
  const q = quantileOfSorted(sortedCopy(values), p);
  const indicator = new Float64Array(values.length);
  for (let i = 0; i < indicator.length; i++) indicator[i] = values[i] <= q ? 1 : 0;
  const split = splitChains(indicator, chains);
  return basicEss(split.values, split.chains);
}

/** Tail-ESS: the smaller ESS of the 5% and 95% quantiles (NaN if either is undefined). */
export function essTail(values: Float64Array, chains: number): number {
  const low = essQuantile(values, chains, 0.05);
  const high = essQuantile(values, chains, 0.95);
  return Number.isNaN(low) || Number.isNaN(high) ? Number.NaN : Math.min(low, high);
}

/** ESS of the mean: ESS of the split chains, untransformed. */
export function essMean(values: Float64Array, chains: number): number {
  const split = splitChains(values, chains);
  return basicEss(split.values, split.chains);
}

/** Sample variance with the n - 1 denominator. */
function sampleVariance(x: Float64Array): number {
  let mean = 0;
  for (let i = 0; i < x.length; i++) mean += x[i];
  mean /= x.length;
  let ss = 0;
  for (let i = 0; i < x.length; i++) ss += (x[i] - mean) ** 2;
  return ss / (x.length - 1);
}
