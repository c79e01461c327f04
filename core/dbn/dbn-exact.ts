/**
 * Exact marginals of a small deep belief network by enumeration. With the top RBM's
 * unnormalised marginal m_{L-1}(h) = exp(-F_top(h)) over its visible layer, each directed
 * layer below passes it down:
 *   m_k(x) = sum_h p(x | h) m_{k+1}(h),
 * and m_0(v) = p*(v), so that log p(v) = log m_0(v) - log Z_top (the directed factors sum to
 * one, so sum_v m_0(v) = Z_top). Enumeration over every hidden layer below the top one makes
 * this a tool for small networks and tests only.
 */
import { IntractableError } from '../errors.js';
import { logSumExp } from '../math/logspace.js';
import type { Rbm } from '../models/rbm.js';
import { logChildGivenParent } from './dbn-directed.js';

/** Largest hidden layer below the top RBM that log p*(v) enumerates (2^20 terms per v). */
export const DBN_EXACT_HIDDEN_LIMIT = 20;
/** Largest product of two neighbouring hidden layers' state counts passed down exactly. */
const DBN_EXACT_PAIR_LIMIT = 24;

const bitsOf = (code: number, out: Uint8Array) => {
  for (let i = 0; i < out.length; i++) out[i] = (code >>> i) & 1;
  return out;
};

/** Why exact log p*(v) does not apply to these layers, or undefined when it does. */
export function dbnExactObstacle(layers: readonly Rbm[]): string | undefined {
  for (let k = 1; k < layers.length; k++) {
    if (layers[k].nv > DBN_EXACT_HIDDEN_LIMIT) return `hidden layer ${k} has ${layers[k].nv} units (enumeration limit ${DBN_EXACT_HIDDEN_LIMIT})`;
    if (k + 1 < layers.length && layers[k].nv + layers[k + 1].nv > DBN_EXACT_PAIR_LIMIT) return `hidden layers ${k} and ${k + 1} have ${layers[k].nv} + ${layers[k + 1].nv} units (limit ${DBN_EXACT_PAIR_LIMIT} together)`;
  }
  return undefined;
}

/**
 * log m_1(h1) for every h1 in {0,1}^{n_1} (code order: unit i is bit i): the unnormalised
 * marginal of the first hidden layer. For a one-layer DBN (an RBM) there is no hidden layer
 * below the top and this is undefined.
 */
export function exactFirstHiddenMarginal(layers: readonly Rbm[], name = 'dbn'): Float64Array | undefined {
  const L = layers.length;
  if (L === 1) return undefined;
  const obstacle = dbnExactObstacle(layers);
  if (obstacle) throw new IntractableError(name, 'layers', `exact log p(v) enumerates the hidden layers below the top RBM, but ${obstacle}`);
  const top = layers[L - 1];
  let states = 1 << top.nv;
  let h = new Uint8Array(top.nv);
  let marginal = new Float64Array(states);
  for (let code = 0; code < states; code++) marginal[code] = -top.freeEnergy(bitsOf(code, h));
  for (let k = L - 2; k >= 1; k--) {
    const rbm = layers[k];
    const childStates = 1 << rbm.nv;
    const child = new Uint8Array(rbm.nv);
    const field = new Float64Array(rbm.nv);
    const terms = new Float64Array(states);
    const next = new Float64Array(childStates);
    for (let x = 0; x < childStates; x++) {
      bitsOf(x, child);
      for (let code = 0; code < states; code++) terms[code] = logChildGivenParent(rbm, child, 0, bitsOf(code, h), 0, field) + marginal[code];
      next[x] = logSumExp(terms);
    }
    marginal = next;
    states = childStates;
    h = new Uint8Array(rbm.nv);
  }
  return marginal;
}

/** log p*(v) = log sum_h1 p(v | h1) m_1(h1), given the marginal from exactFirstHiddenMarginal. */
export function exactLogUnnormalised(bottom: Rbm, firstHiddenMarginal: Float64Array, v: ArrayLike<number>, offset = 0): number {
  const h1 = new Uint8Array(bottom.nh);
  const field = new Float64Array(bottom.nv);
  const terms = new Float64Array(firstHiddenMarginal.length);
  for (let code = 0; code < terms.length; code++) terms[code] = logChildGivenParent(bottom, v, offset, bitsOf(code, h1), 0, field) + firstHiddenMarginal[code];
  return logSumExp(terms);
}
