/**
 * The transforms behind rank-normalised diagnostics (Vehtari, Gelman, Simpson, Carpenter,
 * Burkner 2021, "Rank-normalization, folding, and localization: an improved R-hat",
 * Bayesian Analysis 16(2), sec. 4):
 *
 * - split chains: each chain's first and second halves count as two chains, so a trend
 *   within a chain shows up as disagreement between chains;
 * - rank normalisation: z = Phi^{-1}((r - 3/8) / (S + 1/4)), r the rank of a draw among all
 *   S pooled draws (ties share their average rank), the Blom (1958) offset; it makes the
 *   diagnostics defined for heavy tails and invariant to monotone transforms;
 * - folding: |x - median(x)|, whose R-hat detects chains that differ in scale, not location.
 *
 * All work on chain-major Float64Arrays (chains.ts).
 */
import { drawsPerChain } from './chains.js';
import { normalQuantile } from './normal-quantile.js';
import { median } from './order-statistics.js';

/** R's `.Machine$double.eps`, the tolerance the reference code uses to call draws constant. */
const DOUBLE_EPS = 2.220446049250313e-16;

export interface Chains {
  values: Float64Array;
  chains: number;
}

/**
 * Each chain's halves as two chains. With an odd number of draws the middle draw is
 * dropped, as posterior's `split_chains` does; a single draw per chain is left as it is.
 */
export function splitChains(values: Float64Array, chains: number): Chains {
  const draws = drawsPerChain(values, chains);
  if (draws < 2) return { values, chains };
  const half = Math.floor(draws / 2);
  const out = new Float64Array(2 * chains * half);
  for (let c = 0; c < chains; c++) {
    const start = c * draws;
    out.set(values.subarray(start, start + half), 2 * c * half);
    out.set(values.subarray(start + draws - half, start + draws), (2 * c + 1) * half);
  }
  return { values: out, chains: 2 * chains };
}

/** |x - median(x)| over all draws pooled. */
export function foldAboutMedian(values: Float64Array): Float64Array {
  const m = median(values);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Math.abs(values[i] - m);
  return out;
}

/**
 * Ranks 1..S of the pooled draws, ties sharing their average rank. With the draws sorted,
 * the copies of a value v occupy positions [lo, hi) (first >= v, first > v), so its average
 * rank is (lo + 1 + hi) / 2: a native sort and two binary searches per draw.
 */
export function averageRanks(values: Float64Array): Float64Array {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const lo = firstIndex(sorted, v, false);
    const hi = firstIndex(sorted, v, true);
    ranks[i] = (lo + 1 + hi) / 2;
  }
  return ranks;
}

/** The first index whose value is >= v (or > v when `strictly`), in sorted order. */
function firstIndex(sorted: Float64Array, v: number, strictly: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v || (strictly && sorted[mid] === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** z = Phi^{-1}((r - 3/8) / (S + 1/4)) for every draw (chain layout unchanged). */
export function rankNormalise(values: Float64Array): Float64Array {
  const ranks = averageRanks(values);
  const S = values.length;
  for (let i = 0; i < S; i++) ranks[i] = normalQuantile((ranks[i] - 0.375) / (S + 0.25));
  return ranks;
}

/** True when any draw is NaN or infinite: diagnostics are then undefined (NaN). */
export function hasNonFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return true;
  return false;
}

/** True when all draws are equal to within R's double epsilon. */
export function isConstant(values: Float64Array): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < lo) lo = values[i];
    if (values[i] > hi) hi = values[i];
  }
  return Math.abs(hi - lo) < DOUBLE_EPS;
}
