/**
 * Exact log Z of an RBM by summing over one layer, the other summed out analytically:
 *
 *   over h:  log Z = logsumexp_h [ c.h + sum_i softplus(b_i + (W h)_i) ],
 *   over v:  log Z = logsumexp_v [ b.v + sum_j softplus(c_j + (W^T v)_j) ].
 *
 * The states of the summed layer are visited in Gray-code order, so each step flips one unit
 * and updates the other layer's field by one row (O(other layer)); the field is recomputed
 * from scratch every 1024 steps so rounding cannot drift. Terms are accumulated with a
 * running log-sum-exp. 2^24 states is the limit.
 */
import { IntractableError } from '../errors.js';
import type { Rng } from '../rng/rng.js';
import type { Rbm } from '../models/rbm.js';
import { sumSoftplus } from '../models/rbm/rbm-kernels.js';

export const MAX_EXACT_UNITS = 24;

/** The exact methods that apply, the cheaper (smaller layer) first. */
export function rbmExactMethods(model: Rbm): string[] {
  const out: { name: string; units: number }[] = [];
  if (model.nh <= MAX_EXACT_UNITS) out.push({ name: 'sum-hidden', units: model.nh });
  if (model.nv <= MAX_EXACT_UNITS) out.push({ name: 'sum-visible', units: model.nv });
  return out.sort((x, y) => x.units - y.units).map((m) => m.name);
}

/** Exact log Z by summing over `layer` (default: the smaller one). */
export function rbmExactLogZ(model: Rbm, layer?: 'visible' | 'hidden'): number {
  const chosen = layer ?? (model.nh <= model.nv ? 'hidden' : 'visible');
  const n = chosen === 'hidden' ? model.nh : model.nv;
  if (n > MAX_EXACT_UNITS) {
    throw new IntractableError(model.name ?? 'model', chosen === 'hidden' ? 'nh' : 'nv', `exact log Z would sum over 2^${n} states (limit 2^${MAX_EXACT_UNITS}); use --method ais`);
  }
  return chosen === 'hidden'
    ? logSumOverLayer(model.WT, model.nh, model.nv, model.c, model.b)
    : logSumOverLayer(model.W, model.nv, model.nh, model.b, model.c);
}

/**
 * log sum over s in {0,1}^n of exp(outerBias.s + sum_k softplus(innerBias_k + (s^T M)_k)),
 * where M has n rows of `width` numbers (row u: the couplings of unit u to the other layer).
 */
function logSumOverLayer(M: Float64Array, n: number, width: number, outerBias: Float64Array, innerBias: Float64Array): number {
  const state = new Uint8Array(n);
  const field = Float64Array.from(innerBias);
  let linear = 0;
  let max = -Infinity;
  let sum = 0;
  const total = 2 ** n;
  for (let t = 0; t < total; t++) {
    if (t > 0) {
      // Gray code: step t flips the unit at the lowest set bit of t.
      const u = 31 - Math.clz32(t & -t);
      const sign = state[u] === 0 ? 1 : -1;
      state[u] ^= 1;
      linear += sign * outerBias[u];
      const row = u * width;
      for (let k = 0; k < width; k++) field[k] += sign * M[row + k];
      if ((t & 1023) === 0) linear = recompute(M, n, width, state, outerBias, innerBias, field);
    }
    const term = linear + sumSoftplus(field, 0, width, 1);
    if (term > max) {
      sum = sum * Math.exp(max - term) + 1;
      max = term;
    } else {
      sum += Math.exp(term - max);
    }
  }
  return max + Math.log(sum);
}

/** field = innerBias + s^T M exactly; returns outerBias.s. */
function recompute(M: Float64Array, n: number, width: number, state: Uint8Array, outerBias: Float64Array, innerBias: Float64Array, field: Float64Array): number {
  field.set(innerBias);
  let linear = 0;
  for (let u = 0; u < n; u++) {
    if (state[u] === 0) continue;
    linear += outerBias[u];
    const row = u * width;
    for (let k = 0; k < width; k++) field[k] += M[row + k];
  }
  return linear;
}

/** Exact log p(v) = -F(v) - log Z for each row of `data` (rows x nv values, 0 or 1). */
export function rbmExactLogProbs(model: Rbm, data: Uint8Array, logZ = rbmExactLogZ(model)): Float64Array {
  const rows = data.length / model.nv;
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) out[r] = -model.freeEnergy(data, r * model.nv) - logZ;
  return out;
}

/**
 * `count` exact samples of the visible layer (count x nv), for models with nh <= 20: h is drawn
 * from its exact marginal p(h) (enumerated), then v ~ p(v | h). Reverse AIS needs exact
 * target samples for its upper bound on log Z to hold.
 */
export function rbmExactSamples(model: Rbm, rng: Rng, count: number): Uint8Array {
  const { nv, nh, WT, b, c } = model;
  if (nh > 20) throw new IntractableError(model.name ?? 'model', 'nh', `exact sampling enumerates 2^nh hidden states; nh = ${nh} > 20`);
  const states = 2 ** nh;
  const field = new Float64Array(nv);
  const hiddenField = (s: number): number => {
    field.set(b);
    let linear = 0;
    for (let j = 0; j < nh; j++) {
      if (((s >>> j) & 1) === 0) continue;
      linear += c[j];
      for (let i = 0; i < nv; i++) field[i] += WT[j * nv + i];
    }
    return linear;
  };
  const logp = new Float64Array(states);
  let max = -Infinity;
  for (let s = 0; s < states; s++) {
    logp[s] = hiddenField(s) + sumSoftplus(field, 0, nv, 1);
    if (logp[s] > max) max = logp[s];
  }
  const cdf = new Float64Array(states);
  let acc = 0;
  for (let s = 0; s < states; s++) {
    acc += Math.exp(logp[s] - max);
    cdf[s] = acc;
  }
  const out = new Uint8Array(count * nv);
  for (let r = 0; r < count; r++) {
    const u = rng.nextDouble() * acc;
    let lo = 0;
    let hi = states - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    hiddenField(lo);
    for (let i = 0; i < nv; i++) out[r * nv + i] = rng.nextDouble() * (1 + Math.exp(-field[i])) < 1 ? 1 : 0;
  }
  return out;
}
