/**
 * Schedule adaptation for parallel tempering (Syed, Bouchard-Cote, Deligiannidis & Doucet
 * 2021, section 5; as done in Pigeons.jl). A pure policy: the coordinator calls it between
 * rounds with the round's mean swap acceptance per pair; the schedule is frozen within a round.
 *
 * With rejection r_i = 1 - mean alpha_i, the cumulative barrier through the knots
 * (b_i, sum_{j<i} r_j) approximates Lambda(b) = int_0^b lambda; the global barrier is
 * Lambda = sum_i r_i. The new b_i solve Lambda(b) = i Lambda / K on a monotone (Fritsch-Carlson)
 * interpolant, which equalises the rejection between neighbours. About 2 Lambda replicas
 * suffice; the round-trip rate then approaches 1 / (2 + 2 Lambda).
 */
import { fritschCarlson, invertSpline } from './monotone-spline.js';

export interface BarrierEstimate {
  /** r_i = 1 - mean alpha_i for pair (i, i+1). */
  rejection: Float64Array;
  /** Lambda = sum_i r_i. */
  globalBarrier: number;
  /** Cumulative barrier at each ladder point: sum_{j<i} r_j. */
  cumulative: Float64Array;
  /** Replicas Syed et al. find sufficient: about 2 Lambda, and never fewer than 2. */
  suggestedReplicas: number;
}

export function estimateBarrier(meanAcceptance: ArrayLike<number>): BarrierEstimate {
  const K = meanAcceptance.length;
  const rejection = new Float64Array(K);
  const cumulative = new Float64Array(K + 1);
  for (let i = 0; i < K; i++) {
    rejection[i] = Math.min(1, Math.max(0, 1 - meanAcceptance[i]));
    cumulative[i + 1] = cumulative[i] + rejection[i];
  }
  const globalBarrier = cumulative[K];
  return { rejection, globalBarrier, cumulative, suggestedReplicas: Math.max(2, Math.ceil(2 * globalBarrier)) };
}

/**
 * The ladder of the same size that equalises rejection, keeping both ends. Where the barrier
 * is zero (every swap accepted) there is nothing to equalise and the ladder is kept.
 */
export function adaptLadder(betas: ArrayLike<number>, meanAcceptance: ArrayLike<number>): Float64Array {
  const K = betas.length - 1;
  if (meanAcceptance.length !== K) throw new RangeError(`adaptLadder: ${K} pairs need ${K} acceptances, got ${meanAcceptance.length}`);
  const { globalBarrier, cumulative } = estimateBarrier(meanAcceptance);
  const next = Float64Array.from(betas);
  if (!(globalBarrier > 0)) return next;
  const spline = fritschCarlson(betas, cumulative);
  for (let i = 1; i < K; i++) next[i] = invertSpline(spline, (i * globalBarrier) / K);
  // Keep the ladder strictly increasing even where the barrier estimate is flat.
  const span = betas[K] - betas[0];
  for (let i = 1; i <= K; i++) {
    if (!(next[i] > next[i - 1])) next[i] = next[i - 1] + 1e-9 * span;
  }
  next[K] = betas[K];
  for (let i = K - 1; i > 0 && !(next[i] < next[i + 1]); i--) next[i] = next[i + 1] - 1e-9 * span;
  return next;
}
