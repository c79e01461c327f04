/**
 * Known answers for the diagnostics, on chains whose true mixing is known. Spreads quoted
 * below were measured over 30 seeds; each tolerance is at least 4 of those standard
 * deviations, far below the size of the error it is there to catch.
 */
import { describe, expect, it } from 'vitest';
import { integratedAutocorrTime, integratedAutocorrTimeChains } from '../../../core/stats/autocorrelation.js';
import { essBulk, essMean, essTail } from '../../../core/stats/ess.js';
import { mcseMean } from '../../../core/stats/mcse.js';
import { RHAT_THRESHOLD, rankNormalisedSplitRhat } from '../../../core/stats/rhat.js';
import { ar1Chains, toChainMajor } from './reference-diagnostics.js';

describe('independent draws', () => {
  const values = toChainMajor(ar1Chains(21, 4, 2000, 0));

  it('give R-hat ~ 1 (spread 0.0003 over seeds)', () => {
    // A wrong between-chain term (B without N, or M instead of M-1) moves R-hat by >> 0.005.
    const { rhat } = rankNormalisedSplitRhat(values, 4);
    expect(Math.abs(rhat - 1)).toBeLessThan(0.005);
  });

  it('give ESS ~ N (bulk spread 3%, tail 5%)', () => {
    // An autocorrelation normalised by the wrong variance, or a missing factor of 2 in tau,
    // is off by tens of percent.
    expect(essBulk(values, 4) / 8000).toBeGreaterThan(0.85);
    expect(essBulk(values, 4) / 8000).toBeLessThan(1.15);
    expect(essTail(values, 4) / 8000).toBeGreaterThan(0.75);
    expect(essTail(values, 4) / 8000).toBeLessThan(1.2);
  });

  it('give an MCSE of the mean ~ sd / sqrt(N)', () => {
    expect(mcseMean(values, 4) * Math.sqrt(8000)).toBeGreaterThan(0.9);
    expect(mcseMean(values, 4) * Math.sqrt(8000)).toBeLessThan(1.1);
  });
});

describe('AR(1) with phi = 0.9: tau = (1 + phi) / (1 - phi) = 19', () => {
  const chains = ar1Chains(22, 4, 50_000, 0.9);
  const values = toChainMajor(chains);

  it('Sokal tau within 15% on pooled chains (spread 3%), 35% on one chain (spread ~9%)', () => {
    // A window rule that stops too early (or a one-sided sum) gives tau near 10.
    const pooled = integratedAutocorrTimeChains(values, 4);
    expect(pooled.windowFound).toBe(true);
    expect(pooled.window).toBeGreaterThanOrEqual(5 * pooled.tau);
    expect(Math.abs(pooled.tau / 19 - 1)).toBeLessThan(0.15);
    // One chain: relative spread sqrt(2 (2W + 1) / N) ~ 9% (Sokal 1997, eq. 3.19).
    const one = integratedAutocorrTime(Float64Array.from(chains[0]));
    expect(Math.abs(one.tau / 19 - 1)).toBeLessThan(0.35);
  });

  it('ESS of the mean ~ N / tau within 12% (spread 2.4%)', () => {
    expect(Math.abs(essMean(values, 4) / (200_000 / 19) - 1)).toBeLessThan(0.12);
  });
});

describe('chains that disagree', () => {
  it('in location: R-hat >> 1.01', () => {
    // One chain of four shifted by one standard deviation, as a chain stuck in another mode.
    const values = toChainMajor(ar1Chains(23, 4, 1000, 0.5, [0, 0, 0, 1]));
    const r = rankNormalisedSplitRhat(values, 4);
    expect(r.bulk).toBeGreaterThan(1.05);
    expect(r.rhat).toBeGreaterThan(RHAT_THRESHOLD);
  });

  it('in scale only: the folded (tail) R-hat flags them', () => {
    // Same mean, one chain three times wider: the bulk R-hat stays near 1, the folded one does not.
    const chains = ar1Chains(24, 4, 1000, 0);
    chains[3] = chains[3].map((v) => 3 * v);
    const r = rankNormalisedSplitRhat(toChainMajor(chains), 4);
    expect(r.bulk).toBeLessThan(1.02);
    expect(r.tail).toBeGreaterThan(1.05);
    expect(r.rhat).toBe(r.tail);
  });

  it('within one chain: a drift shows after splitting', () => {
    const chain = ar1Chains(25, 1, 2000, 0)[0].map((v, i) => v + i / 1000);
    expect(rankNormalisedSplitRhat(Float64Array.from(chain), 1).rhat).toBeGreaterThan(1.1);
  });
});

describe('degenerate chains', () => {
  it('constant draws give NaN; chains stuck at different constants give R-hat = Infinity', () => {
    const constant = new Float64Array(40).fill(2);
    expect(rankNormalisedSplitRhat(constant, 2).rhat).toBeNaN();
    expect(essBulk(constant, 2)).toBeNaN();
    expect(essTail(constant, 2)).toBeNaN();
    const stuck = Float64Array.from({ length: 40 }, (_, i) => (i < 20 ? -1 : 1));
    expect(rankNormalisedSplitRhat(stuck, 2).bulk).toBe(Infinity);
  });

  it('non-finite draws give NaN', () => {
    const values = toChainMajor(ar1Chains(26, 2, 50, 0));
    values[7] = Number.NaN;
    expect(rankNormalisedSplitRhat(values, 2).rhat).toBeNaN();
    expect(essBulk(values, 2)).toBeNaN();
    expect(mcseMean(values, 2)).toBeNaN();
  });

  it('chains that do not divide the draws are refused', () => {
    expect(() => essBulk(new Float64Array(10), 3)).toThrow(RangeError);
  });
});
