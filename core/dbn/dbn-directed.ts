/**
 * The directed part of a deep belief network (Hinton, Osindero & Teh 2006): below the top RBM,
 * each layer k generates the one beneath it, p(x_k | x_{k+1}) = prod_i sigmoid(b_k + W_k x_{k+1})_i,
 * with the weights W_k (n_k x n_{k+1}) and the visible biases b_k of the k-th stacked RBM.
 * Layer 0 is the data v. These are the pieces the sampler (dbn-chains.ts) and the exact
 * enumeration (dbn-exact.ts) share.
 */
import { softplus, sigmoid } from '../math/logspace.js';
import type { Rng } from '../rng/rng.js';
import type { Rbm } from '../models/rbm.js';

/** field = b + W x_parent for one generating RBM (its "visible" layer is the child). */
export function childField(rbm: Rbm, parent: ArrayLike<number>, parentOffset: number, field: Float64Array): void {
  const { nv, nh, WT, b } = rbm;
  for (let i = 0; i < nv; i++) field[i] = b[i];
  // W^T's rows are contiguous per parent unit: add the rows of the parent units that are on.
  for (let j = 0; j < nh; j++) {
    if (parent[parentOffset + j] === 0) continue;
    const row = j * nv;
    for (let i = 0; i < nv; i++) field[i] += WT[row + i];
  }
}

/** child ~ p(. | parent), written at child[childOffset ...]; `field` is scratch of rbm.nv. */
export function sampleChild(rbm: Rbm, parent: ArrayLike<number>, parentOffset: number, child: Uint8Array, childOffset: number, field: Float64Array, rng: Rng): void {
  childField(rbm, parent, parentOffset, field);
  for (let i = 0; i < rbm.nv; i++) child[childOffset + i] = rng.nextDouble() < sigmoid(field[i]) ? 1 : 0;
}

/** log p(child | parent) = sum_i child_i a_i - softplus(a_i), a = b + W parent. */
export function logChildGivenParent(rbm: Rbm, child: ArrayLike<number>, childOffset: number, parent: ArrayLike<number>, parentOffset: number, field: Float64Array): number {
  childField(rbm, parent, parentOffset, field);
  let total = 0;
  for (let i = 0; i < rbm.nv; i++) total += (child[childOffset + i] ? field[i] : 0) - softplus(field[i]);
  return total;
}
