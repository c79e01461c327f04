/** Exact posterior marginals of a small denoising problem, by enumerating every spin state. */
import { logSumExp } from '../../../core/math/logspace.js';

/** P(s_i = +1) for i < n under p(s) ~ exp(-energy(s)); n <= ~20. */
export function exactSpinMarginals(n: number, energy: (s: Int8Array) => number): Float64Array {
  const logW = new Float64Array(2 ** n);
  const s = new Int8Array(n);
  for (let code = 0; code < logW.length; code++) {
    for (let i = 0; i < n; i++) s[i] = (code >>> i) & 1 ? 1 : -1;
    logW[code] = -energy(s);
  }
  const logZ = logSumExp(logW);
  const out = new Float64Array(n);
  for (let code = 0; code < logW.length; code++) {
    const w = Math.exp(logW[code] - logZ);
    for (let i = 0; i < n; i++) if ((code >>> i) & 1) out[i] += w;
  }
  return out;
}
