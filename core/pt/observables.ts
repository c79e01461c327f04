/**
 * Observables per ladder point (temperature slot) from one round's record, each with a
 * batch-means error bar and the integrated autocorrelation time implied by it
 * (tau = n stderr^2 / var, see core/stats/batch-means.ts).
 *
 * Definitions, with N the number of variables and l(x) = log pi_1*(x) - log pi_0*(x):
 * - every observable the model reports (energy, magnetisation, ...): its mean;
 * - specific heat per variable c(b) = b^2 Var_b(l) / N. For the Ising path l = -beta E, so
 *   c = (b beta)^2 Var(E) / N: the usual C / (N k_B) at inverse temperature b beta;
 * - Binder cumulant U = 1 - <m^4> / (3 <m^2>^2), m the "magnetisation" observable, when the
 *   model reports one (Binder 1981).
 * Nonlinear quantities get their error bars by the delta method: batch means over the
 * series of their influence values.
 */
import { batchMeans } from '../stats/batch-means.js';
import { observationSeries, type RoundRecord } from './round-record.js';
import { PATH_LOG_LIKELIHOOD } from './replica.js';

export interface EstimateWithError {
  value: number;
  stderr: number;
  /** Integrated autocorrelation time in scans. */
  tau: number;
}

export interface LevelObservables {
  level: number;
  b: number;
  /** Mean of each observable the model reports, by name. */
  means: Record<string, EstimateWithError>;
  specificHeat: EstimateWithError;
  binder?: EstimateWithError;
}

export function levelObservables(record: RoundRecord, betas: ArrayLike<number>, size: number): LevelObservables[] {
  const names = record.observationNames;
  const lIndex = names.indexOf(PATH_LOG_LIKELIHOOD);
  const mIndex = names.indexOf('magnetisation');
  const out: LevelObservables[] = [];
  for (let level = 0; level <= record.pairs; level++) {
    const b = betas[level];
    const means: Record<string, EstimateWithError> = {};
    for (let o = 0; o < names.length; o++) {
      if (o === lIndex) continue;
      means[names[o]] = fromBatchMeans(observationSeries(record, level, o));
    }
    const row: LevelObservables = { level, b, means, specificHeat: specificHeat(observationSeries(record, level, lIndex), b, size) };
    if (mIndex >= 0) row.binder = binderCumulant(observationSeries(record, level, mIndex));
    out.push(row);
  }
  return out;
}

function fromBatchMeans(series: Float64Array): EstimateWithError {
  const r = batchMeans(series);
  return { value: r.mean, stderr: r.stderr, tau: r.tau };
}

/** c = b^2 Var(l) / N; influence of the variance: (l_t - mean)^2 - Var. */
export function specificHeat(l: Float64Array, b: number, size: number): EstimateWithError {
  const n = l.length;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += l[t];
  mean /= n;
  const sq = new Float64Array(n);
  for (let t = 0; t < n; t++) sq[t] = (l[t] - mean) ** 2;
  const r = batchMeans(sq);
  // n / (n - 1): the unbiased variance.
  const scale = (b * b) / size;
  const variance = n > 1 ? (r.mean * n) / (n - 1) : Number.NaN;
  return { value: scale * variance, stderr: scale * r.stderr, tau: r.tau };
}

/** U = 1 - <m^4> / (3 <m^2>^2); influence (m4_t - <m4>) / (3 <m2>^2) * -1 + 2 <m4> (m2_t - <m2>) / (3 <m2>^3). */
export function binderCumulant(m: Float64Array): EstimateWithError {
  const n = m.length;
  let m2 = 0;
  let m4 = 0;
  for (let t = 0; t < n; t++) {
    const x2 = m[t] * m[t];
    m2 += x2;
    m4 += x2 * x2;
  }
  m2 /= n;
  m4 /= n;
  if (!(m2 > 0)) return { value: Number.NaN, stderr: Number.NaN, tau: Number.NaN };
  const influence = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const x2 = m[t] * m[t];
    influence[t] = -(x2 * x2) / (3 * m2 * m2) + (2 * m4 * x2) / (3 * m2 * m2 * m2);
  }
  const r = batchMeans(influence);
  return { value: 1 - m4 / (3 * m2 * m2), stderr: r.stderr, tau: r.tau };
}

/** Pool the same ladder's observables over independent copies: mean value, sqrt(sum se^2) / k. */
export function poolObservables(perCopy: readonly LevelObservables[][]): LevelObservables[] {
  const k = perCopy.length;
  if (k === 1) return perCopy[0];
  const pool = (items: EstimateWithError[]): EstimateWithError => ({
    value: items.reduce((s, e) => s + e.value, 0) / k,
    stderr: Math.sqrt(items.reduce((s, e) => s + e.stderr * e.stderr, 0)) / k,
    tau: items.reduce((s, e) => s + e.tau, 0) / k,
  });
  return perCopy[0].map((first, level) => {
    const rows = perCopy.map((copy) => copy[level]);
    const means: Record<string, EstimateWithError> = {};
    for (const name of Object.keys(first.means)) means[name] = pool(rows.map((r) => r.means[name]));
    const pooled: LevelObservables = { level, b: first.b, means, specificHeat: pool(rows.map((r) => r.specificHeat)) };
    if (first.binder) pooled.binder = pool(rows.map((r) => r.binder as EstimateWithError));
    return pooled;
  });
}
