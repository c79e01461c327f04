/**
 * The parameters of a Boltzmann machine being trained, and their model file (model-format.md,
 * type "bm"): W (n x n, symmetric, zero diagonal), b (n), the unit values and how many of the
 * last units are hidden. Training keeps W exactly symmetric by writing W_ij and W_ji from one
 * number (bm-sgd.ts), so the file it writes passes the reader's symmetry check.
 */
import { matrixToRows } from '../models/fields.js';
import type { ModelJson } from '../models/model.js';
import type { PairwiseParams } from '../models/pairwise-gibbs-chains.js';
import type { Rng } from '../rng/rng.js';

export interface BmParams extends PairwiseParams {
  /** The last `hidden` units are hidden; the first n - hidden are the data's. */
  hidden: number;
}

/** Plain copies of the arrays (checkpoints, comparisons). */
export function cloneBmParams(p: BmParams): BmParams {
  return { n: p.n, spin: p.spin, hidden: p.hidden, W: Float64Array.from(p.W), b: Float64Array.from(p.b) };
}

/**
 * Small random couplings N(0, scale^2) (symmetric, zero diagonal) and visible biases at the
 * data's log-odds, so the untrained model already has the data's marginals (Hinton 2010,
 * section 8): binary b_i = log(m_i / (1 - m_i)) with m the mean of x_i; spin b_i = atanh(m_i).
 * `visibleMeans` are smoothed by the caller (never exactly 0 or 1). Hidden biases start at 0.
 */
export function initialBmParams(n: number, spin: boolean, hidden: number, scale: number, visibleMeans: Float64Array, rng: Rng): BmParams {
  const W = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = scale * rng.nextGaussian();
      W[i * n + j] = w;
      W[j * n + i] = w;
    }
  }
  const b = new Float64Array(n);
  for (let i = 0; i < visibleMeans.length; i++) {
    const m = visibleMeans[i];
    b[i] = spin ? Math.atanh(m) : Math.log(m / (1 - m));
  }
  return { n, spin, hidden, W, b };
}

/** The model file of `p`. */
export function bmParamsToModelJson(p: BmParams, name?: string): ModelJson {
  return {
    type: 'bm',
    ...(name ? { name } : {}),
    n: p.n,
    units: p.spin ? 'spin' : 'binary',
    ...(p.hidden > 0 ? { hidden: p.hidden } : {}),
    W: matrixToRows(p.W, p.n, p.n),
    b: Array.from(p.b),
  };
}

/** The first parameter that is NaN or infinite, named, or undefined. */
export function firstNonFiniteBm(p: BmParams): string | undefined {
  for (let k = 0; k < p.W.length; k++) if (!Number.isFinite(p.W[k])) return `W[${Math.floor(k / p.n)}][${k % p.n}] = ${p.W[k]}`;
  for (let i = 0; i < p.n; i++) if (!Number.isFinite(p.b[i])) return `b[${i}] = ${p.b[i]}`;
  return undefined;
}
