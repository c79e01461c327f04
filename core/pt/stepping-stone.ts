/**
 * Stepping-stone log Z from PT samples (ALGORITHMS.md; Xie et al. 2011 for the name, Syed
 * et al. 2021 for its use in PT). For each pair (i, i+1):
 *   forward:  log Z_{i+1}/Z_i ~  logmeanexp_t logRatio(b_{i+1}, b_i)(x_t),  x_t ~ pi_{b_i}
 *   backward: log Z_{i+1}/Z_i ~ -logmeanexp_t logRatio(b_i, b_{i+1})(y_t),  y_t ~ pi_{b_{i+1}}
 * summed over pairs. By Jensen the forward sum is biased low and the backward high; their
 * mean is the headline estimate.
 *
 * Standard error: each pair's estimate is log of a mean, so by the delta method its
 * fluctuation is (u_t / mean u - 1) averaged over scans, with u_t = exp(a_t - max a). Summing
 * these per-scan influence values over pairs *before* batching keeps the correlations
 * between pairs (neighbouring pairs share a replica; swaps correlate them all), and batch
 * means over scans (core/stats/batch-means.ts) account for the correlation in time.
 */
import { batchMeans } from '../stats/batch-means.js';
import type { RoundRecord } from './round-record.js';

export interface SteppingStoneEstimate {
  /** Mean of the forward and backward estimates, log Z0 included. */
  logZ: number;
  stderr: number;
  logZForward: number;
  stderrForward: number;
  logZBackward: number;
  stderrBackward: number;
  /** Mean-of-directions estimate of log Z_{i+1} / Z_i per pair. */
  pairLogRatios: Float64Array;
  /** log Z(b_i) at every ladder point, log Z0 at b_0. */
  logZCurve: Float64Array;
  /** The batch-means level the headline error came from, and whether it plateaued. */
  batchSize: number;
  plateaued: boolean;
  scans: number;
}

export function steppingStone(record: RoundRecord, logZ0: number): SteppingStoneEstimate {
  const T = record.scans;
  const K = record.pairs;
  const influenceForward = new Float64Array(T);
  const influenceBackward = new Float64Array(T);
  const pairLogRatios = new Float64Array(K);
  let logZForward = logZ0;
  let logZBackward = logZ0;
  for (let i = 0; i < K; i++) {
    const forward = pairDirection(record.forward, T, K, i, 1, influenceForward);
    const backward = -pairDirection(record.backward, T, K, i, -1, influenceBackward);
    logZForward += forward;
    logZBackward += backward;
    pairLogRatios[i] = (forward + backward) / 2;
  }
  const influenceMean = new Float64Array(T);
  for (let t = 0; t < T; t++) influenceMean[t] = (influenceForward[t] + influenceBackward[t]) / 2;
  const forwardErr = batchMeans(influenceForward);
  const backwardErr = batchMeans(influenceBackward);
  const meanErr = batchMeans(influenceMean);
  const logZCurve = new Float64Array(K + 1);
  logZCurve[0] = logZ0;
  for (let i = 0; i < K; i++) logZCurve[i + 1] = logZCurve[i] + pairLogRatios[i];
  return {
    logZ: (logZForward + logZBackward) / 2,
    stderr: meanErr.stderr,
    logZForward,
    stderrForward: forwardErr.stderr,
    logZBackward,
    stderrBackward: backwardErr.stderr,
    pairLogRatios,
    logZCurve,
    batchSize: meanErr.batchSize,
    plateaued: meanErr.plateaued,
    scans: T,
  };
}

/**
 * logmeanexp over scans of column i, and adds sign (u_t / mean u) to influence[t] (the
 * delta-method fluctuation of that log mean, up to a constant that batching ignores).
 */
function pairDirection(values: Float64Array, T: number, K: number, i: number, sign: number, influence: Float64Array): number {
  let max = -Infinity;
  for (let t = 0; t < T; t++) if (values[t * K + i] > max) max = values[t * K + i];
  let sum = 0;
  for (let t = 0; t < T; t++) sum += Math.exp(values[t * K + i] - max);
  const mean = sum / T;
  for (let t = 0; t < T; t++) influence[t] += (sign * Math.exp(values[t * K + i] - max)) / mean;
  return max + Math.log(mean);
}
