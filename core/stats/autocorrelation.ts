/**
 * Integrated autocorrelation time with Sokal's automatic window (Sokal 1997, "Monte Carlo
 * methods in statistical mechanics", sec. 3; Madras & Sokal 1988):
 *
 *   tau(W) = 1 + 2 sum_{t=1}^{W} rho(t),   W = the smallest window with W >= c tau(W), c = 5.
 *
 * tau is the factor by which correlation inflates the variance of a sample mean:
 * Var(xbar) ~ tau Var(x) / N. The window trades the bias of cutting the sum short (small W)
 * against the noise of summing many near-zero rho(t) (large W); c = 5 suits autocorrelations
 * that decay roughly exponentially. The estimate is trustworthy when N >> tau (Sokal asks for
 * N of order 1000 tau; emcee's rule of thumb is N > 50 tau).
 */
import { autocovariance } from './autocovariance.js';
import { drawsPerChain } from './chains.js';

export interface AutocorrTime {
  /** The integrated autocorrelation time, in draws; NaN for a constant series. */
  tau: number;
  /** The summation window W that Sokal's rule chose. */
  window: number;
  /** False when no W < N met the rule: then W = N - 1 and tau is an underestimate. */
  windowFound: boolean;
}

/** The default Sokal window constant. */
export const SOKAL_C = 5;

/** tau for one series. */
export function integratedAutocorrTime(series: Float64Array, c = SOKAL_C): AutocorrTime {
  return sokalWindow(autocovariance(series), c);
}

/**
 * tau for several chains of one quantity (chain-major, see chains.ts): the per-chain
 * autocovariances (each about its own chain mean) are averaged, and rho(t) is that average
 * over its value at lag 0, so chains with more variance weigh more, as in a pooled estimate.
 * Being within-chain, it cannot see chains that sit in different modes: R-hat does that.
 */
export function integratedAutocorrTimeChains(values: Float64Array, chains: number, c = SOKAL_C): AutocorrTime {
  const draws = drawsPerChain(values, chains);
  const mean = new Float64Array(draws);
  const scratch = new Float64Array(draws);
  for (let k = 0; k < chains; k++) {
    autocovariance(values.subarray(k * draws, (k + 1) * draws), scratch);
    for (let t = 0; t < draws; t++) mean[t] += scratch[t] / chains;
  }
  return sokalWindow(mean, c);
}

/** Sokal's window over an autocovariance acov(0..N-1). */
export function sokalWindow(acov: Float64Array, c = SOKAL_C): AutocorrTime {
  const n = acov.length;
  if (n === 0 || !(acov[0] > 0)) return { tau: Number.NaN, window: 0, windowFound: false };
  let tau = 1;
  for (let w = 1; w < n; w++) {
    tau += (2 * acov[w]) / acov[0];
    if (w >= c * tau) return { tau, window: w, windowFound: true };
  }
  return { tau, window: Math.max(n - 1, 0), windowFound: false };
}
