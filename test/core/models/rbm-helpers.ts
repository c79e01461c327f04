/** Small RBMs and brute-force answers for the RBM tests. */
import { Rbm } from '../../../core/models/rbm.js';
import { streamRng } from '../../../core/rng/rng.js';
import { logSumExp } from '../../../core/math/logspace.js';
import { modelFromJson, parseJsonText } from '../../../core/models/model-file.js';
import { readGroundTruth } from '../../support/paths.js';

export function randomRbm(nv: number, nh: number, scale: number, seed: number): Rbm {
  const rng = streamRng(seed, 'test.rbm', 0);
  const W = new Float64Array(nv * nh).map(() => scale * rng.nextGaussian());
  const b = new Float64Array(nv).map(() => scale * rng.nextGaussian());
  const c = new Float64Array(nh).map(() => scale * rng.nextGaussian());
  return new Rbm(nv, nh, W, b, c, `random_${nv}x${nh}`);
}

/** log Z by summing exp(-E(v, h)) over every joint state: independent of the free energy. */
export function bruteForceLogZ(model: Rbm): number {
  const { nv, nh, W, b, c } = model;
  const terms: number[] = [];
  for (let v = 0; v < 2 ** nv; v++) {
    for (let h = 0; h < 2 ** nh; h++) {
      let e = 0;
      for (let i = 0; i < nv; i++) if ((v >> i) & 1) e += b[i];
      for (let j = 0; j < nh; j++) if ((h >> j) & 1) e += c[j];
      for (let i = 0; i < nv; i++) for (let j = 0; j < nh; j++) if ((v >> i) & 1 && (h >> j) & 1) e += W[i * nh + j];
      terms.push(e);
    }
  }
  return logSumExp(terms);
}

/** The bits of integer x as a 0/1 vector of length n (bit i = unit i). */
export function bits(x: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (x >> i) & 1;
  return out;
}

export function groundTruthRbm(file: string): { model: Rbm; logZ: number } {
  const json = parseJsonText(readGroundTruth(file), file) as { logZ_exact: number };
  return { model: modelFromJson(json, file) as Rbm, logZ: json.logZ_exact };
}
