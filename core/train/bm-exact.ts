/**
 * Exact quantities of a small Boltzmann machine by visiting all 2^n states: the log weights,
 * the model's moments <x_i x_j> and <x_i>, exact draws, the exact mean log-likelihood of data
 * (hidden units summed out), and maximum likelihood by exact gradient ascent for a fully
 * visible machine. They are the answers PCD is tested against, and the per-epoch curve of
 * small training runs. State code c has unit i at bit i, so the visible units (the first
 * n - hidden) are the low bits.
 */
import { IntractableError } from '../errors.js';
import { logSumExp } from '../math/logspace.js';
import type { Rng } from '../rng/rng.js';
import { cloneBmParams, type BmParams } from './bm-params.js';
import { bmGradient, bmSgdStep, zeroBmVelocity } from './bm-sgd.js';
import type { BmStatistics } from './bm-statistics.js';

/** Largest n for which these tools enumerate (2^20 states, 8 MB of log weights). */
export const EXACT_BM_UNITS = 20;

function requireSmall(p: BmParams): void {
  if (p.n > EXACT_BM_UNITS) throw new IntractableError('model', 'n', `exact training figures enumerate 2^n states and stop at n = ${EXACT_BM_UNITS}, got ${p.n}`);
}

/** out[c] = -E(x(c)) = sum_{i<j} W_ij x_i x_j + b.x for every state code c. */
export function bmLogWeights(p: BmParams): Float64Array {
  requireSmall(p);
  const { n, W, b } = p;
  const low = p.spin ? -1 : 0;
  const out = new Float64Array(2 ** n);
  const x = new Float64Array(n);
  for (let c = 0; c < out.length; c++) {
    for (let i = 0; i < n; i++) x[i] = (c >>> i) & 1 ? 1 : low;
    let f = 0;
    for (let i = 0; i < n; i++) {
      if (x[i] === 0) continue;
      let pair = b[i];
      for (let j = i + 1; j < n; j++) pair += W[i * n + j] * x[j];
      f += x[i] * pair;
    }
    out[c] = f;
  }
  return out;
}

/** <x_i x_j> and <x_i> under the model, exactly (as a one-row BmStatistics). */
export function exactBmMoments(p: BmParams): BmStatistics {
  const { n } = p;
  const logW = bmLogWeights(p);
  const logZ = logSumExp(logW);
  const low = p.spin ? -1 : 0;
  const pairs = new Float64Array(n * n);
  const units = new Float64Array(n);
  const x = new Float64Array(n);
  for (let c = 0; c < logW.length; c++) {
    const prob = Math.exp(logW[c] - logZ);
    for (let i = 0; i < n; i++) x[i] = (c >>> i) & 1 ? 1 : low;
    for (let i = 0; i < n; i++) {
      if (x[i] === 0) continue;
      units[i] += prob * x[i];
      for (let j = 0; j < n; j++) pairs[i * n + j] += prob * x[i] * x[j];
    }
  }
  return { pairs, units, rows: 1 };
}

/** `count` independent exact draws of all n units (rows x n), by the inverse of the CDF. */
export function drawExactBmStates(p: BmParams, count: number, rng: Rng): Int8Array {
  const { n } = p;
  const logW = bmLogWeights(p);
  const logZ = logSumExp(logW);
  const cdf = new Float64Array(logW.length);
  let sum = 0;
  for (let c = 0; c < logW.length; c++) {
    sum += Math.exp(logW[c] - logZ);
    cdf[c] = sum;
  }
  const low = p.spin ? -1 : 0;
  const out = new Int8Array(count * n);
  for (let r = 0; r < count; r++) {
    const u = rng.nextDouble() * sum;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    for (let i = 0; i < n; i++) out[r * n + i] = (lo >>> i) & 1 ? 1 : low;
  }
  return out;
}

/** Mean over rows of log p(v) (nats), v the visible units (rows x (n - hidden), unit values). */
export function exactBmMeanLogLikelihood(p: BmParams, visible: Int8Array): number {
  const nv = p.n - p.hidden;
  const rows = visible.length / nv;
  const logW = bmLogWeights(p);
  const logZ = logSumExp(logW);
  // log of the unnormalised marginal of every visible code: sum over the hidden (high) bits.
  const marginal = new Float64Array(2 ** nv);
  const terms = new Float64Array(2 ** p.hidden);
  for (let v = 0; v < marginal.length; v++) {
    for (let h = 0; h < terms.length; h++) terms[h] = logW[v + h * marginal.length];
    marginal[v] = logSumExp(terms);
  }
  let total = 0;
  for (let r = 0; r < rows; r++) {
    let code = 0;
    for (let i = 0; i < nv; i++) if (visible[r * nv + i] === 1) code |= 1 << i;
    total += marginal[code];
  }
  return total / rows - logZ;
}

/**
 * Maximum likelihood for a fully visible machine by exact gradient ascent: the log-likelihood
 * is concave in (W, b) (an exponential family), so ascent from `start` converges to the unique
 * maximum; heavy-ball momentum (Polyak 1964; default 0.9) speeds it up where the data's means
 * are near 0 or 1 and the problem is badly conditioned. `data` holds the data's moments (sums
 * over its rows).
 */
export function exactMaximumLikelihood(start: BmParams, data: BmStatistics, options: { iterations: number; rate: number; momentum?: number }): BmParams {
  if (start.hidden !== 0) throw new RangeError('exact maximum likelihood is for fully visible machines');
  const p = cloneBmParams(start);
  const velocity = zeroBmVelocity(p.n);
  for (let t = 0; t < options.iterations; t++) {
    bmSgdStep(p, velocity, bmGradient(data, exactBmMoments(p), p.n), { rate: options.rate, momentum: options.momentum ?? 0.9, weightDecay: 0 });
  }
  return p;
}
