/**
 * Reverse AIS (bidirectional Monte Carlo) and RAISE against exact answers on small RBMs.
 * Forward AIS is a stochastic lower bound on log Z and reverse AIS from exact samples a
 * stochastic upper bound; each is checked against the truth on its own side to 4 of its own
 * standard errors. A reverse walk that applied the ratios in the forward direction, or that
 * moved with the wrong temperature, would land on the wrong side by many standard errors.
 */
import { describe, expect, it } from 'vitest';
import { runAisChains } from '../../../core/ais/ais-chains.js';
import { aisEstimate } from '../../../core/ais/ais-estimate.js';
import { sigmoidSchedule } from '../../../core/ais/schedule.js';
import { bracketLogZ, chainsAt, logLikSandwich, reverseAisLogZ, runRaise, runReverseAisChains } from '../../../core/ais/reverse-ais.js';
import { rbmExactLogProbs, rbmExactSamples } from '../../../core/exact/rbm-exact.js';
import { streamRng } from '../../../core/rng/rng.js';
import type { ReferenceSpec } from '../../../core/models/model.js';
import { groundTruthRbm } from '../models/rbm-helpers.js';

function bothWays(file: string, K: number, M: number, reference: ReferenceSpec) {
  const { model, logZ } = groundTruthRbm(file);
  const path = model.temperedPath(reference);
  const betas = sigmoidSchedule(K);
  const forward = aisEstimate(runAisChains({ path, betas, chains: M, sweeps: 1, rng: streamRng(3, 'ais.chain', 0) }).logWeights, path.logZ0);
  const samples = rbmExactSamples(model, streamRng(3, 'test.exact', 0), M);
  const chains = chainsAt(path, samples, M);
  const reverse = reverseAisLogZ(runReverseAisChains({ chains, betas, sweeps: 1, rng: streamRng(3, 'ais.reverse', 0) }), path.logZ0);
  return { logZ, forward, reverse };
}

describe('reverse AIS', () => {
  it('brackets the exact log Z of rbm_nv20_nh10 with a good schedule, both within 4 se', () => {
    const { logZ, forward, reverse } = bothWays('rbm_nv20_nh10.json', 400, 100, { kind: 'base-rate', chains: 32, sweeps: 100 });
    expect(forward.logZ).toBeLessThan(logZ + 4 * forward.stderr);
    expect(reverse.logZ).toBeGreaterThan(logZ - 4 * reverse.stderr);
    expect(Math.abs(reverse.logZ - logZ)).toBeLessThan(4 * reverse.stderr);
    expect(reverse.stderr).toBeLessThan(0.02);
  });

  it('with a poor schedule the two estimates split apart to either side of the truth', () => {
    // From the uniform reference with 5 temperatures both estimators are badly biased, in
    // opposite directions (Grosse et al. 2015): the gap shows how much is unknown.
    const { logZ, forward, reverse } = bothWays('rbm_nv784_nh12.json', 5, 100, { kind: 'uniform' });
    expect(forward.logZ).toBeLessThan(logZ - 1);
    expect(reverse.logZ).toBeGreaterThan(logZ + 1);
    const bracket = bracketLogZ(forward, reverse);
    expect(bracket.gap).toBeGreaterThan(2);
    expect(bracket.logZLower).toBeLessThan(logZ);
    expect(bracket.logZUpper).toBeGreaterThan(logZ);
  });
});

describe('RAISE', () => {
  it('with the forward AIS estimate, sandwiches the exact test log-likelihood of rbm_nv20_nh10', () => {
    const { model, logZ } = groundTruthRbm('rbm_nv20_nh10.json');
    const path = model.temperedPath({ kind: 'base-rate', chains: 32, sweeps: 100 });
    const betas = sigmoidSchedule(300);
    const data = rbmExactSamples(model, streamRng(5, 'test.data', 0), 50);
    const exact = rbmExactLogProbs(model, data, logZ);
    const exactMean = exact.reduce((a, x) => a + x, 0) / exact.length;
    const raise = runRaise({ path, data, chainsPerExample: 2, betas, sweeps: 1, rng: streamRng(5, 'raise', 0) });
    for (let r = 0; r < 50; r++) expect(raise.logUnnormalised[r]).toBeCloseTo(-model.freeEnergy(data, r * 20), 10);
    const forward = aisEstimate(runAisChains({ path, betas, chains: 100, sweeps: 1, rng: streamRng(5, 'ais.chain', 0) }).logWeights, path.logZ0);
    const sandwich = logLikSandwich(raise, forward);
    expect(sandwich.lower).toBeLessThan(exactMean + 4 * sandwich.lowerStderr);
    expect(sandwich.upper).toBeGreaterThan(exactMean - 4 * sandwich.upperStderr);
    expect(sandwich.gap).toBeCloseTo(sandwich.upper - sandwich.lower, 12);
    // On this easy model both sides are close: the gap is a few hundredths of a nat.
    expect(Math.abs(sandwich.gap)).toBeLessThan(0.1);
  });
});
