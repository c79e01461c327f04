/**
 * Anomaly scores from an energy-based model: the score of x is -log p*(x), the free energy F(x)
 * for an RBM — higher means less probable under the model, so more anomalous. log Z is a
 * constant shift and drops out of every ranking, and hence out of the AUROC.
 */
import type { Model } from '../models/model.js';

/** scores[n] = -log p*(x_n) for rows x size values, example-major. */
export function anomalyScores(model: Model, values: Uint8Array | Float64Array, rows: number, size: number): Float64Array {
  if (!model.logDensityOf) throw new RangeError(`model type ${model.type} gives no log density of a state`);
  const out = new Float64Array(rows);
  for (let n = 0; n < rows; n++) {
    try {
      out[n] = -model.logDensityOf(values.subarray(n * size, (n + 1) * size));
    } catch (err) {
      throw err instanceof RangeError ? new RangeError(`example ${n}: ${err.message}`) : err;
    }
  }
  return out;
}

export interface ScoreSummary {
  count: number;
  mean: number;
  std: number;
  min: number;
  max: number;
  /** The 5%, 50% and 95% quantiles (nearest rank). */
  p05: number;
  median: number;
  p95: number;
}

export function summarizeScores(scores: ArrayLike<number>): ScoreSummary {
  const count = scores.length;
  if (count === 0) throw new RangeError('no scores to summarise');
  const sorted = Float64Array.from(scores).sort();
  let mean = 0;
  for (let i = 0; i < count; i++) mean += sorted[i];
  mean /= count;
  let ss = 0;
  for (let i = 0; i < count; i++) ss += (sorted[i] - mean) ** 2;
  const quantile = (q: number) => sorted[Math.min(count - 1, Math.max(0, Math.ceil(q * count) - 1))];
  return { count, mean, std: count > 1 ? Math.sqrt(ss / (count - 1)) : 0, min: sorted[0], max: sorted[count - 1], p05: quantile(0.05), median: quantile(0.5), p95: quantile(0.95) };
}
