/**
 * Sample quantiles, as R's default (Hyndman & Fan 1996, type 7) computes them, so that
 * ebm's tail-ESS sees the same thresholds as the reference implementations (posterior, Stan).
 */

/** A sorted copy of the values. */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** Type-7 quantile of already sorted values: linear interpolation at h = (n - 1) p. */
export function quantileOfSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

/** Type-7 quantile (the median at p = 1/2: the mean of the middle two for even n). */
export function quantile(values: ArrayLike<number>, p: number): number {
  return quantileOfSorted(sortedCopy(values), p);
}

export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}
