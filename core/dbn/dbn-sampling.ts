/**
 * Sampling a two-hidden-layer deep belief network (Hinton, Osindero & Teh 2006): run block
 * Gibbs in the top RBM over (h1, h2) for `gibbsSteps` from a random h1, then one pass down the
 * directed layer, v ~ p(v | h1) = prod_i sigmoid(b1 + W1 h1)_i. Each sample is its own chain,
 * so samples are independent; the top chain's burn-in sets how close they come to p(v).
 */
import { sigmoid } from '../math/logspace.js';
import type { Rbm } from '../models/rbm.js';
import type { Rng } from '../rng/rng.js';

export interface DbnSamplingInput {
  bottom: Rbm;
  top: Rbm;
  count: number;
  gibbsSteps: number;
  rng: Rng;
}

/** `count` visible samples, row-major 0/1 (count x bottom.nv). */
export function sampleDbn(input: DbnSamplingInput): Uint8Array {
  const { bottom, top, count, gibbsSteps, rng } = input;
  if (bottom.nh !== top.nv) throw new RangeError(`sampleDbn: the bottom RBM has ${bottom.nh} hidden units, the top RBM ${top.nv} visible`);
  const n1 = top.nv;
  const n2 = top.nh;
  const nv = bottom.nv;
  const h1 = new Uint8Array(n1);
  const h2 = new Uint8Array(n2);
  const out = new Uint8Array(count * nv);
  for (let s = 0; s < count; s++) {
    for (let j = 0; j < n1; j++) h1[j] = rng.nextDouble() < 0.5 ? 1 : 0;
    for (let t = 0; t < gibbsSteps; t++) {
      // h2 | h1 in the top RBM (h1 is its visible layer), then h1 | h2.
      for (let k = 0; k < n2; k++) {
        let a = top.c[k];
        for (let j = 0; j < n1; j++) if (h1[j]) a += top.W[j * n2 + k];
        h2[k] = rng.nextDouble() < sigmoid(a) ? 1 : 0;
      }
      for (let j = 0; j < n1; j++) {
        let a = top.b[j];
        const row = j * n2;
        for (let k = 0; k < n2; k++) if (h2[k]) a += top.W[row + k];
        h1[j] = rng.nextDouble() < sigmoid(a) ? 1 : 0;
      }
    }
    for (let i = 0; i < nv; i++) {
      let a = bottom.b[i];
      const row = i * bottom.nh;
      for (let j = 0; j < n1; j++) if (h1[j]) a += bottom.W[row + j];
      out[s * nv + i] = rng.nextDouble() < sigmoid(a) ? 1 : 0;
    }
  }
  return out;
}
