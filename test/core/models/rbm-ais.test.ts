/**
 * Forward AIS with the base-rate path (Salakhutdinov & Murray 2008) against the exact log Z of
 * the ground-truth RBMs. Tolerance: 4 of the estimator's own delta-method standard errors. A
 * wrong log Z0, a wrong logRatio (e.g. W^T v recomputed on the wrong state, or a b missing in
 * the softplus) or a kernel that does not leave pi_b invariant shifts the estimate by far more.
 */
import { describe, expect, it } from 'vitest';
import { runAisChains } from '../../../core/ais/ais-chains.js';
import { aisEstimate } from '../../../core/ais/ais-estimate.js';
import { sigmoidSchedule } from '../../../core/ais/schedule.js';
import { streamRng } from '../../../core/rng/rng.js';
import { baseRatesFromData, baseRatesFromModelSamples } from '../../../core/models/rbm/base-rates.js';
import { rbmExactSamples } from '../../../core/exact/rbm-exact.js';
import { groundTruthRbm } from './rbm-helpers.js';

describe('rbm AIS against exact log Z', () => {
  it.each([
    ['rbm_nv20_nh10.json', 400, 100],
    ['rbm_nv64_nh16.json', 400, 100],
    ['rbm_nv784_nh12.json', 250, 64],
  ])('%s: within 4 standard errors (%i temperatures, %i chains)', (file, K, M) => {
    const { model, logZ } = groundTruthRbm(file);
    const path = model.temperedPath({ kind: 'base-rate', chains: 32, sweeps: 100 });
    expect(path.reference.kind).toBe('base-rate');
    const { logWeights } = runAisChains({ path, betas: sigmoidSchedule(K), chains: M, sweeps: 1, rng: streamRng(7, 'ais.chain', 0) });
    const estimate = aisEstimate(logWeights, path.logZ0);
    expect(estimate.warning).toBeUndefined();
    expect(Math.abs(estimate.logZ - logZ)).toBeLessThan(4 * estimate.stderr);
    // The standard error itself must be small enough for the check to mean something.
    expect(estimate.stderr).toBeLessThan(0.05);
  });
});

describe('base rates', () => {
  it('from data: logit of the smoothed marginals', () => {
    const data = Uint8Array.from([1, 0, 1, 1, 0, 0, 1, 0, 1]); // 3 rows x 3
    const rates = baseRatesFromData(data, 3, 1);
    expect(rates[0]).toBeCloseTo(Math.log(4 / 5 / (1 / 5)), 12);
    expect(rates[1]).toBeCloseTo(Math.log(1 / 5 / (4 / 5)), 12);
    expect(rates[2]).toBeCloseTo(Math.log(3 / 2), 12);
    expect(() => baseRatesFromData(data, 4)).toThrow(/multiple/);
  });

  it('from model samples: close to the logits of the exact visible marginals', () => {
    // 64 chains x 400 sweeps; the marginals are checked to 0.05 in probability, far above the
    // sampling error (~0.01) and far below the error of using the raw visible biases here.
    const { model } = groundTruthRbm('rbm_nv20_nh10.json');
    const exact = rbmExactSamples(model, streamRng(1, 'test.exact', 0), 20000);
    const truth = baseRatesFromData(exact, 20, 1);
    const sampled = baseRatesFromModelSamples(model, streamRng(1, 'test.base', 0), { chains: 64, sweeps: 400 });
    const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    let rawError = 0;
    for (let i = 0; i < 20; i++) {
      expect(Math.abs(sigmoid(sampled[i]) - sigmoid(truth[i]))).toBeLessThan(0.05);
      rawError = Math.max(rawError, Math.abs(sigmoid(model.b[i]) - sigmoid(truth[i])));
    }
    expect(rawError).toBeGreaterThan(0.05);
  });
});
