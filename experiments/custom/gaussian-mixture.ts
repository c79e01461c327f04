/**
 * An example user-defined energy for ebm: a mixture of three isotropic Gaussians in 2D.
 *
 * The contract (core/models/custom-energy.ts): the module's default export is an object with
 *   kind        "binary" | "spin" | "potts" | "continuous"
 *   dimension   number of variables
 *   states      (potts only) categories per variable
 *   energy(x)   E(x), a pure function; p(x) = exp(-E(x)) / Z. Discrete kinds get an
 *               Int32Array, continuous ones a Float64Array. Do not keep or modify x.
 *   gradient(x, out)   optional (continuous): grad E(x) into out; enables MALA
 *   reference   optional (continuous): { sigma } of the Gaussian N(0, sigma^2 I) that AIS
 *               and PT start from; make it wide enough to cover every mode
 *   scale       optional (continuous): width of the narrowest feature; sets the step size
 *   logZ        optional: a known log Z (here the closed form), for checks
 * A spec names the module by a local path; each worker imports its own copy (never sent over
 * the wire). Plain JavaScript works the same way (an .mjs file with `export default {...}`).
 *
 * Here E(x) = -log sum_k w_k exp(-|x - mu_k|^2 / (2 s_k^2)), so
 *   Z = sum_k w_k 2 pi s_k^2   (each term integrates to w_k (2 pi s_k^2)^(d/2), d = 2).
 */
import type { CustomEnergy } from '../../core/models/custom-energy.js';

const weights = [0.5, 0.3, 0.2];
const means = [
  [-3, 0],
  [2.5, 2],
  [1, -3],
];
const widths = [0.6, 1, 0.8];

/** log of w_k exp(-|x - mu_k|^2 / (2 s_k^2)) for component k. */
function logComponent(x: Float64Array, k: number): number {
  const dx = x[0] - means[k][0];
  const dy = x[1] - means[k][1];
  return Math.log(weights[k]) - (dx * dx + dy * dy) / (2 * widths[k] * widths[k]);
}

function logMixture(x: Float64Array): number {
  const a = logComponent(x, 0);
  const b = logComponent(x, 1);
  const c = logComponent(x, 2);
  const max = Math.max(a, b, c);
  return max + Math.log(Math.exp(a - max) + Math.exp(b - max) + Math.exp(c - max));
}

const gaussianMixture: CustomEnergy = {
  kind: 'continuous',
  dimension: 2,
  name: 'gaussian-mixture-2d',
  energy: (x) => -logMixture(x as Float64Array),
  gradient(x, out) {
    // grad E = sum_k r_k (x - mu_k) / s_k^2 with responsibilities r_k.
    const total = logMixture(x);
    out[0] = 0;
    out[1] = 0;
    for (let k = 0; k < 3; k++) {
      const r = Math.exp(logComponent(x, k) - total) / (widths[k] * widths[k]);
      out[0] += r * (x[0] - means[k][0]);
      out[1] += r * (x[1] - means[k][1]);
    }
  },
  reference: { sigma: 4 },
  scale: 0.6,
  logZ: Math.log(weights.reduce((sum, w, k) => sum + w * 2 * Math.PI * widths[k] * widths[k], 0)),
};

export default gaussianMixture;
