/**
 * The training data of a DBN's next layer in greedy layer-wise training (Hinton, Osindero &
 * Teh 2006): each training row v is pushed through the trained layer's recognition model and
 * binarised by sampling, h ~ q(h | v) = prod_j sigmoid(c + W^T v)_j, `copies` times per row.
 * Sampled states (not probabilities) keep the next RBM's data binary, as its PCD expects.
 * One stream, rows in order: the rows are bitwise reproducible from the seed.
 */
import type { Rng } from '../rng/rng.js';
import type { Rbm } from '../models/rbm.js';
import { posteriorH1 } from './dbn-lower-bound.js';

/** rows * copies hidden states (row r's copies are rows r * copies ...), each rbm.nh bytes of 0/1. */
export function sampleHiddenRows(rbm: Rbm, values: Uint8Array, rows: number, copies: number, rng: Rng): Uint8Array {
  const { nv, nh } = rbm;
  const q = new Float64Array(nh);
  const out = new Uint8Array(rows * copies * nh);
  for (let r = 0; r < rows; r++) {
    posteriorH1(rbm, values, r * nv, q);
    for (let s = 0; s < copies; s++) {
      const at = (r * copies + s) * nh;
      for (let j = 0; j < nh; j++) out[at + j] = rng.nextDouble() < q[j] ? 1 : 0;
    }
  }
  return out;
}
