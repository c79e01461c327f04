/**
 * The DBN variational lower bound (Salakhutdinov & Murray 2008) against exact enumeration on a
 * small network: v 6 -> h1 5 -> h2 4; and ancestral sampling against the exact p(v).
 */
import { describe, expect, it } from 'vitest';
import { bernoulliEntropy, dbnLowerBound, logLikelihoodGivenH1, posteriorH1 } from '../../../core/dbn/dbn-lower-bound.js';
import { sampleDbn } from '../../../core/dbn/dbn-sampling.js';
import { rbmExactLogZ } from '../../../core/exact/rbm-exact.js';
import { logSumExp } from '../../../core/math/logspace.js';
import { Rbm } from '../../../core/models/rbm.js';
import { streamRng } from '../../../core/rng/rng.js';

function randomRbm(nv: number, nh: number, seed: number, scale: number): Rbm {
  const rng = streamRng(seed, 'test.dbn.weights', 0);
  const W = Float64Array.from({ length: nv * nh }, () => scale * rng.nextGaussian());
  const b = Float64Array.from({ length: nv }, () => 0.5 * rng.nextGaussian());
  const c = Float64Array.from({ length: nh }, () => 0.5 * rng.nextGaussian());
  return new Rbm(nv, nh, W, b, c, undefined);
}

const bits = (code: number, n: number) => Uint8Array.from({ length: n }, (_, i) => (code >>> i) & 1);

describe('DBN lower bound', () => {
  const bottom = randomRbm(6, 5, 1, 1.2);
  const top = randomRbm(5, 4, 2, 1.2);
  const logZTop = rbmExactLogZ(top);
  const data = Uint8Array.from([1, 0, 1, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 1]);
  const rows = 3;

  /** Exact log p(v) = log sum_h1 p(v|h1) p*(h1) - log Z_top, and the exact bound. */
  function exact(r: number): { logP: number; bound: number } {
    const terms = new Float64Array(32);
    const q = new Float64Array(5);
    posteriorH1(bottom, data, r * 6, q);
    let expectation = 0;
    for (let code = 0; code < 32; code++) {
      const h1 = bits(code, 5);
      const joint = logLikelihoodGivenH1(bottom, data, r * 6, h1) - top.freeEnergy(h1);
      terms[code] = joint;
      let qh = 1;
      for (let j = 0; j < 5; j++) qh *= h1[j] ? q[j] : 1 - q[j];
      expectation += qh * joint;
    }
    return { logP: logSumExp(terms) - logZTop, bound: expectation + bernoulliEntropy(q) - logZTop };
  }

  it('the model is normalised: sum_v p(v) = 1 by enumeration (catches a wrong p(v|h1) or F_top)', () => {
    const all = new Uint8Array(64 * 6);
    for (let code = 0; code < 64; code++) all.set(bits(code, 6), code * 6);
    const logPs = Array.from({ length: 64 }, (_, code) => {
      const terms = Array.from({ length: 32 }, (_, h) => logLikelihoodGivenH1(bottom, all, code * 6, bits(h, 5)) - top.freeEnergy(bits(h, 5)));
      return logSumExp(terms) - logZTop;
    });
    expect(logSumExp(logPs)).toBeCloseTo(0, 10);
  });

  it('the exact bound lies below the exact log-likelihood, and the sampled bound within 4 standard errors of the exact one', () => {
    let exactBound = 0;
    for (let r = 0; r < rows; r++) {
      const { logP, bound } = exact(r);
      expect(bound).toBeLessThanOrEqual(logP + 1e-12);
      exactBound += bound / rows;
    }
    // One example at a time, so the standard error is the h1-sampling error alone: a missing
    // entropy term or the wrong sign on F_top moves an example's bound by whole nats.
    for (let r = 0; r < rows; r++) {
      const one = dbnLowerBound({ bottom, top, logZTop, data: data.subarray(r * 6, (r + 1) * 6), rows: 1, samples: 4000, rng: streamRng(1, 'test.dbn.bound', r) });
      expect(one.stderr).toBeGreaterThan(0);
      expect(one.stderr).toBeLessThan(0.1);
      expect(Math.abs(one.bound - exact(r).bound)).toBeLessThan(4 * one.stderr);
    }
    const all = dbnLowerBound({ bottom, top, logZTop, data, rows, samples: 200, rng: streamRng(2, 'test.dbn.bound', 0) });
    expect(all.perExample).toHaveLength(rows);
    expect(Math.abs(all.bound - exactBound)).toBeLessThan(4 * all.stderr);
  });

  it('ancestral samples follow the exact p(v) (total variation over the 64 states)', () => {
    const count = 20000;
    const samples = sampleDbn({ bottom, top, count, gibbsSteps: 30, rng: streamRng(1, 'test.dbn.sample', 0) });
    const freq = new Float64Array(64);
    for (let s = 0; s < count; s++) {
      let code = 0;
      for (let i = 0; i < 6; i++) code |= samples[s * 6 + i] << i;
      freq[code] += 1 / count;
    }
    let tv = 0;
    for (let code = 0; code < 64; code++) {
      const terms = Array.from({ length: 32 }, (_, h) => logLikelihoodGivenH1(bottom, bits(code, 6), 0, bits(h, 5)) - top.freeEnergy(bits(h, 5)));
      tv += Math.abs(freq[code] - Math.exp(logSumExp(terms) - logZTop)) / 2;
    }
    // 20,000 draws over 64 states: the sampling TV is at most ~0.02 (0.5 sqrt(2 / (pi n)) sum_v
    // sqrt(p(v))); measured 0.020. Skipping the top RBM's Gibbs chain (h1 uniform) gives 0.23.
    expect(tv).toBeLessThan(0.04);
  });
});
