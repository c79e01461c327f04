/**
 * Cheap per-epoch measures of an RBM on binary rows, needing no log Z: the pseudo-likelihood
 * (Besag 1975) and the reconstruction error. Deterministic (no sampling), float64.
 */
import type { RbmParams } from './rbm-params.js';

function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** a <- c + W^T v for the row at `offset`. */
function hiddenInput(p: RbmParams, v: Uint8Array, offset: number, a: Float64Array): void {
  const { nv, nh, W } = p;
  a.set(p.c);
  for (let i = 0; i < nv; i++) {
    if (v[offset + i] === 0) continue;
    const row = i * nh;
    for (let j = 0; j < nh; j++) a[j] += W[row + j];
  }
}

/**
 * Mean over rows of the exact log pseudo-likelihood, sum_i log p(v_i | v_-i), where
 * p(v_i | v_-i) = sigmoid(F(v with i flipped) - F(v)) and F is the free energy. Flipping unit i
 * moves the hidden input by s W_i (s = 1 - 2 v_i), so each term costs nh, not nv * nh.
 * (scikit-learn's BernoulliRBM estimates the same sum from one random flip per row.)
 */
export function meanLogPseudoLikelihood(p: RbmParams, v: Uint8Array, rows: number): number {
  const { nv, nh, W, b } = p;
  const a = new Float64Array(nh);
  const base = new Float64Array(nh);
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const offset = r * nv;
    hiddenInput(p, v, offset, a);
    let sumBase = 0;
    for (let j = 0; j < nh; j++) {
      base[j] = softplus(a[j]);
      sumBase += base[j];
    }
    for (let i = 0; i < nv; i++) {
      const s = v[offset + i] === 0 ? 1 : -1;
      const row = i * nh;
      let sumFlipped = 0;
      for (let j = 0; j < nh; j++) sumFlipped += softplus(a[j] + s * W[row + j]);
      // F(flipped) - F(v) = -s b_i - (sumFlipped - sumBase); log sigmoid(x) = -softplus(-x).
      const delta = -s * b[i] - (sumFlipped - sumBase);
      total -= softplus(-delta);
    }
  }
  return total / rows;
}

/**
 * Mean over rows of the squared reconstruction error sum_i (v_i - P(v_i = 1 | h = P(h|v)))^2,
 * the mean-field reconstruction (Hinton 2010, section 5): a rough progress signal, not a
 * likelihood.
 */
export function meanReconstructionError(p: RbmParams, v: Uint8Array, rows: number): number {
  const { nv, nh, W, b } = p;
  const a = new Float64Array(nh);
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const offset = r * nv;
    hiddenInput(p, v, offset, a);
    for (let j = 0; j < nh; j++) a[j] = 1 / (1 + Math.exp(-a[j]));
    for (let i = 0; i < nv; i++) {
      let e = b[i];
      const row = i * nh;
      for (let j = 0; j < nh; j++) e += W[row + j] * a[j];
      const d = v[offset + i] - 1 / (1 + Math.exp(-e));
      total += d * d;
    }
  }
  return total / rows;
}

/**
 * Exact log Z of a small RBM by summing over the smaller layer (<= 24 units):
 *   over h: log sum_h exp(c.h) prod_i (1 + exp(b_i + (Wh)_i)),
 *   over v: log sum_v exp(b.v) prod_j (1 + exp(c_j + (W^T v)_j)).
 */
export function exactLogZ(p: RbmParams): number {
  const { nv, nh, W, b, c } = p;
  const overHidden = nh <= nv;
  const n = overHidden ? nh : nv;
  if (n > 24) throw new RangeError(`exact log Z enumerates 2^${n} states of the smaller layer; more than 24 units`);
  const [m, own, other] = overHidden ? [nv, c, b] : [nh, b, c];
  // weight(s, t): the coupling of unit s of the enumerated layer with unit t of the other.
  const weight = overHidden ? (s: number, t: number) => W[t * nh + s] : (s: number, t: number) => W[s * nh + t];
  let max = -Infinity;
  const terms = new Float64Array(2 ** n);
  for (let x = 0; x < terms.length; x++) {
    let t = 0;
    for (let s = 0; s < n; s++) if ((x >>> s) & 1) t += own[s];
    for (let u = 0; u < m; u++) {
      let e = other[u];
      for (let s = 0; s < n; s++) if ((x >>> s) & 1) e += weight(s, u);
      t += softplus(e);
    }
    terms[x] = t;
    if (t > max) max = t;
  }
  let sum = 0;
  for (let x = 0; x < terms.length; x++) sum += Math.exp(terms[x] - max);
  return max + Math.log(sum);
}

/**
 * Exact mean log-likelihood of binary rows under a small RBM: log p(v) = -F(v) - log Z, with
 * log Z by enumeration of the smaller layer. For tests and tiny experiments (bars and stripes);
 * larger models need AIS.
 */
export function exactMeanLogLikelihood(p: RbmParams, v: Uint8Array, rows: number): number {
  const { nv, nh, b } = p;
  const logZ = exactLogZ(p);
  const a = new Float64Array(nh);
  let total = 0;
  for (let r = 0; r < rows; r++) {
    hiddenInput(p, v, r * nv, a);
    let negF = 0;
    for (let i = 0; i < nv; i++) if (v[r * nv + i] !== 0) negF += b[i];
    for (let j = 0; j < nh; j++) negF += softplus(a[j]);
    total += negF - logZ;
  }
  return total / rows;
}
