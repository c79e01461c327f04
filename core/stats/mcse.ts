/**
 * Monte Carlo standard error of the mean of correlated draws: sd / sqrt(ESS of the mean)
 * (Vehtari et al. 2021, sec. 3.2; posterior's `mcse_mean`), with sd over all draws pooled
 * (n - 1 denominator) and the ESS of the untransformed split chains.
 */
import { drawsPerChain } from './chains.js';
import { essMean } from './ess.js';

export function mcseMean(values: Float64Array, chains: number): number {
  drawsPerChain(values, chains);
  return pooledSd(values) / Math.sqrt(essMean(values, chains));
}

/** Standard deviation of all draws pooled, n - 1 denominator. */
export function pooledSd(values: Float64Array): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return Math.sqrt(ss / (n - 1));
}

/** Mean of all draws pooled. */
export function pooledMean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}
