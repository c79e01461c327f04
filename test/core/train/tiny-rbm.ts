/** A tiny RBM (nv = 4, nh = 3) with fixed random parameters, and brute-force expectations over every (v, h). */
import { streamRng } from '../../../core/rng/rng.js';
import type { RbmParams } from '../../../core/train/rbm-params.js';

export function tinyRbm(nv = 4, nh = 3, scale = 1, seed = 3): RbmParams {
  const rng = streamRng(seed, 'test.tiny-rbm', 0);
  const g = (n: number) => Float64Array.from({ length: n }, () => scale * rng.nextGaussian());
  return { nv, nh, W: g(nv * nh), b: g(nv), c: g(nh) };
}

/** The model's exact <v h^T>, <v>, <h> and log Z, by summing over all 2^(nv + nh) joint states. */
export function exactModelMoments(p: RbmParams): { w: Float64Array; b: Float64Array; c: Float64Array; logZ: number } {
  const { nv, nh, W, b, c } = p;
  const w = new Float64Array(nv * nh);
  const mb = new Float64Array(nv);
  const mc = new Float64Array(nh);
  let Z = 0;
  for (let v = 0; v < 2 ** nv; v++) {
    for (let h = 0; h < 2 ** nh; h++) {
      let e = 0;
      for (let i = 0; i < nv; i++) if ((v >> i) & 1) e += b[i];
      for (let j = 0; j < nh; j++) if ((h >> j) & 1) e += c[j];
      for (let i = 0; i < nv; i++) for (let j = 0; j < nh; j++) if ((v >> i) & 1 && (h >> j) & 1) e += W[i * nh + j];
      const pr = Math.exp(e);
      Z += pr;
      for (let i = 0; i < nv; i++) if ((v >> i) & 1) mb[i] += pr;
      for (let j = 0; j < nh; j++) if ((h >> j) & 1) mc[j] += pr;
      for (let i = 0; i < nv; i++) for (let j = 0; j < nh; j++) if ((v >> i) & 1 && (h >> j) & 1) w[i * nh + j] += pr;
    }
  }
  for (const a of [w, mb, mc]) for (let k = 0; k < a.length; k++) a[k] /= Z;
  return { w, b: mb, c: mc, logZ: Math.log(Z) };
}

/** The rows of v as bits of the integers in `patterns`. */
export function rowsOf(patterns: number[], nv: number): Uint8Array {
  const out = new Uint8Array(patterns.length * nv);
  patterns.forEach((x, r) => {
    for (let i = 0; i < nv; i++) out[r * nv + i] = (x >> i) & 1;
  });
  return out;
}
