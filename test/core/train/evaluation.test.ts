/** Pseudo-likelihood, reconstruction error and exact log-likelihood against their definitions by brute force. */
import { describe, expect, it } from 'vitest';
import { exactLogZ, exactMeanLogLikelihood, meanLogPseudoLikelihood, meanReconstructionError } from '../../../core/train/evaluation.js';
import type { RbmParams } from '../../../core/train/rbm-params.js';
import { exactModelMoments, rowsOf, tinyRbm } from './tiny-rbm.js';

/** Free energy by summing over h explicitly (not through softplus). */
function freeEnergy(p: RbmParams, v: ArrayLike<number>): number {
  let s = 0;
  for (let h = 0; h < 2 ** p.nh; h++) {
    let e = 0;
    for (let i = 0; i < p.nv; i++) e += v[i] * p.b[i];
    for (let j = 0; j < p.nh; j++) if ((h >> j) & 1) {
      e += p.c[j];
      for (let i = 0; i < p.nv; i++) e += v[i] * p.W[i * p.nh + j];
    }
    s += Math.exp(e);
  }
  return -Math.log(s);
}

describe('evaluation', () => {
  const p = tinyRbm(4, 3, 1.5, 5);
  const patterns = [0, 3, 7, 12, 15];
  const data = rowsOf(patterns, p.nv);

  it('exact log Z by either layer equals brute force over (v, h)', () => {
    const brute = exactModelMoments(p).logZ;
    expect(Math.abs(exactLogZ(p) - brute)).toBeLessThan(1e-12);
    const wide = tinyRbm(3, 5, 1, 9); // nv < nh: enumerates the visible layer
    expect(Math.abs(exactLogZ(wide) - exactModelMoments(wide).logZ)).toBeLessThan(1e-12);
  });

  it('exact log-likelihood is -F(v) - log Z', () => {
    const logZ = exactModelMoments(p).logZ;
    const expected = patterns.reduce((s, x, r) => s - freeEnergy(p, data.subarray(r * p.nv, (r + 1) * p.nv)) - logZ, 0) / patterns.length;
    expect(Math.abs(exactMeanLogLikelihood(p, data, patterns.length) - expected)).toBeLessThan(1e-12);
  });

  it('log pseudo-likelihood is sum_i log p(v_i | v_-i) from free energies', () => {
    let expected = 0;
    for (let r = 0; r < patterns.length; r++) {
      const v = Array.from(data.subarray(r * p.nv, (r + 1) * p.nv));
      for (let i = 0; i < p.nv; i++) {
        const flipped = v.slice();
        flipped[i] = 1 - flipped[i];
        const a = Math.exp(-freeEnergy(p, v));
        expected += Math.log(a / (a + Math.exp(-freeEnergy(p, flipped))));
      }
    }
    expect(Math.abs(meanLogPseudoLikelihood(p, data, patterns.length) - expected / patterns.length)).toBeLessThan(1e-12);
  });

  it('reconstruction error is the squared distance to the mean-field reconstruction', () => {
    const sig = (x: number) => 1 / (1 + Math.exp(-x));
    let expected = 0;
    for (let r = 0; r < patterns.length; r++) {
      const v = data.subarray(r * p.nv, (r + 1) * p.nv);
      const h = Array.from({ length: p.nh }, (_, j) => sig(p.c[j] + v.reduce((s, x, i) => s + x * p.W[i * p.nh + j], 0)));
      for (let i = 0; i < p.nv; i++) expected += (v[i] - sig(p.b[i] + h.reduce((s, x, j) => s + x * p.W[i * p.nh + j], 0))) ** 2;
    }
    expect(Math.abs(meanReconstructionError(p, data, patterns.length) - expected / patterns.length)).toBeLessThan(1e-12);
  });
});
