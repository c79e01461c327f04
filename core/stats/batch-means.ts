/**
 * Batch means (binning) for the standard error of a mean over a correlated series.
 *
 * Split the series into B batches of m consecutive values; stderr = sd(batch means) / sqrt(B).
 * While m is shorter than the correlation time the estimate grows with m; once batches are
 * nearly independent it levels off (Flyvbjerg & Petersen 1989; ALGORITHMS.md "Error bars on
 * correlated samples"). We double m from 1 and stop at the first level whose next two
 * doublings are within noise of it: an estimate of sd from B batches has relative error about
 * 1 / sqrt(2 (B - 1)), and "within noise" means no larger than two of those.
 *
 * The integrated autocorrelation time implied by the plateau, tau = n stderr^2 / var (with
 * tau = 1 + 2 sum_t rho(t), so var(mean) = tau var / n), comes back as well.
 */

export interface BatchMeansResult {
  mean: number;
  stderr: number;
  /** Batch length m at the chosen level. */
  batchSize: number;
  /** Number of batches B at the chosen level. */
  batches: number;
  /** False when the estimate was still growing at the coarsest level: stderr is then a lower bound. */
  plateaued: boolean;
  /** Integrated autocorrelation time implied by the binned error (1 for an uncorrelated series). */
  tau: number;
}

/** Fewest batches a level may have: below this the sd of the batch means is too noisy. */
export const DEFAULT_MIN_BATCHES = 16;

export function batchMeans(series: ArrayLike<number>, minBatches = DEFAULT_MIN_BATCHES): BatchMeansResult {
  const n = series.length;
  let sum = 0;
  for (let t = 0; t < n; t++) sum += series[t];
  const mean = n > 0 ? sum / n : Number.NaN;
  let ss = 0;
  for (let t = 0; t < n; t++) ss += (series[t] - mean) ** 2;
  const variance = n > 1 ? ss / (n - 1) : Number.NaN;
  if (n < 2) return { mean, stderr: Number.POSITIVE_INFINITY, batchSize: 1, batches: n, plateaued: false, tau: Number.NaN };
  if (variance === 0) return { mean, stderr: 0, batchSize: 1, batches: n, plateaued: true, tau: 1 };

  const levels: { m: number; B: number; se: number }[] = [];
  for (let m = 1; Math.floor(n / m) >= Math.min(minBatches, n); m *= 2) {
    levels.push({ m, B: Math.floor(n / m), se: binnedStderr(series, m) });
    if (Math.floor(n / m) < 2 * minBatches) break;
  }

  let chosen = -1;
  for (let k = 0; k + 2 < levels.length && chosen < 0; k++) {
    const withinNoise = (j: number) => levels[j].se <= levels[k].se * (1 + 2 / Math.sqrt(2 * (levels[j].B - 1)));
    if (withinNoise(k + 1) && withinNoise(k + 2)) chosen = k;
  }
  const plateaued = chosen >= 0;
  // At a plateau take the largest of the three agreeing levels (a little conservative);
  // without one, the largest of all levels, which is still a lower bound.
  const from = plateaued ? chosen : 0;
  const to = plateaued ? chosen + 2 : levels.length - 1;
  let best = levels[from];
  for (let k = from; k <= to; k++) if (levels[k].se > best.se) best = levels[k];
  const stderr = best.se;
  return { mean, stderr, batchSize: best.m, batches: best.B, plateaued, tau: (n * stderr * stderr) / variance };
}

/** sd of the means of floor(n / m) batches of length m, over sqrt(number of batches); two passes, so an offset costs no precision. */
function binnedStderr(series: ArrayLike<number>, m: number): number {
  const B = Math.floor(series.length / m);
  const batchMeansOf = new Float64Array(B);
  let total = 0;
  for (let b = 0; b < B; b++) {
    let s = 0;
    for (let t = b * m; t < (b + 1) * m; t++) s += series[t];
    batchMeansOf[b] = s / m;
    total += batchMeansOf[b];
  }
  const meanOfMeans = total / B;
  let ss = 0;
  for (let b = 0; b < B; b++) ss += (batchMeansOf[b] - meanOfMeans) ** 2;
  return Math.sqrt(ss / (B - 1) / B);
}
