/**
 * The AIS estimate from all chains' log weights (Neal 2001):
 *   log Z_hat = log Z0 + logmeanexp(log w),
 * unbiased for Z, biased low for log Z. Its standard error by the delta method: with
 * u_m = exp(log w_m - max log w), stderr = sd(u) / (sqrt(M) mean(u)). The effective sample
 * size (sum u)^2 / sum u^2 says how many chains carry the estimate; under M/10 the error bar
 * is not to be trusted and the result says so.
 */
import { logMeanExp } from '../math/logspace.js';

export interface AisEstimate {
  logZ: number;
  stderr: number;
  ci95: [number, number];
  ess: number;
  chains: number;
  /** Set when the ESS is too small for the standard error to mean much. */
  warning?: string;
}

export function aisEstimate(logWeights: ArrayLike<number>, logZ0: number): AisEstimate {
  const M = logWeights.length;
  let max = -Infinity;
  for (let i = 0; i < M; i++) if (logWeights[i] > max) max = logWeights[i];
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < M; i++) {
    const u = Math.exp(logWeights[i] - max);
    sum += u;
    sumSq += u * u;
  }
  const mean = sum / M;
  // Sample variance (M - 1 denominator) of the scaled weights.
  const variance = M > 1 ? (sumSq - M * mean * mean) / (M - 1) : Infinity;
  const stderr = Math.sqrt(Math.max(variance, 0)) / (Math.sqrt(M) * mean);
  const logZ = logZ0 + logMeanExp(logWeights);
  const ess = (sum * sum) / sumSq;
  const estimate: AisEstimate = { logZ, stderr, ci95: [logZ - 1.96 * stderr, logZ + 1.96 * stderr], ess, chains: M };
  if (ess < M / 10) {
    estimate.warning = `effective sample size ${ess.toFixed(1)} of ${M} chains: the standard error is unreliable; use more temperatures or sweeps`;
  }
  return estimate;
}

/** log Z(b_k) along the path from the recorded traces: one value per trace index. */
export function aisTraceCurve(trace: Float64Array, chains: number, logZ0: number): Float64Array {
  const points = trace.length / chains;
  const out = new Float64Array(points);
  for (let j = 0; j < points; j++) out[j] = logZ0 + logMeanExp(trace, j * chains, (j + 1) * chains);
  return out;
}
