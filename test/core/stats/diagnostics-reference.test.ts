/**
 * ebm's diagnostics against the independent reimplementation in reference-diagnostics.ts, on
 * fixed chains: AR(1) series from seeded streams and small hand-made sets (ties, odd lengths,
 * one chain, antithetic chains). Agreement to 1e-9 catches any slip in the published formulas
 * (the 3/8 offset, split with an odd length, tie ranks, the variance denominators, Geyer's
 * pairing and its end term), and any loss of accuracy in the FFT autocovariance.
 */
import { describe, expect, it } from 'vitest';
import { autocovariance } from '../../../core/stats/autocovariance.js';
import { integratedAutocorrTime, integratedAutocorrTimeChains } from '../../../core/stats/autocorrelation.js';
import { basicEss, essBulk, essTail } from '../../../core/stats/ess.js';
import { mcseMean } from '../../../core/stats/mcse.js';
import { normalQuantile } from '../../../core/stats/normal-quantile.js';
import { rankNormalisedSplitRhat } from '../../../core/stats/rhat.js';
import {
  ar1Chains,
  refAutocov,
  refEss,
  refEssBulk,
  refEssTail,
  refMcseMean,
  refNormalQuantile,
  refRankRhat,
  toChainMajor,
  type ChainList,
} from './reference-diagnostics.js';

function close(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Number.isFinite(expected)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
}

const discrete = ar1Chains(7, 4, 300, 0.8).map((c) => c.map((v) => Math.round(3 * v)));
const cases: Record<string, ChainList> = {
  'AR(1) phi 0.5, 4 x 501 (odd length)': ar1Chains(1, 4, 501, 0.5),
  'AR(1) phi 0.95, 4 x 400 (slow)': ar1Chains(2, 4, 400, 0.95),
  'AR(1) phi -0.7, 3 x 300 (antithetic)': ar1Chains(3, 3, 300, -0.7),
  'shifted means, 3 x 300': ar1Chains(4, 3, 300, 0.3, [0, 0.5, -0.4]),
  'one chain of 1000': ar1Chains(5, 1, 1000, 0.6),
  'integer draws with many ties': discrete,
  'hand-made, ties': [
    [1, 2, 3, 4, 5, 6, 7, 8],
    [2, 2, 3, 1, 5, 5, 9, 0],
  ],
  'hand-made, odd length': [
    [0.3, -1.2, 0.5, 2.0, 1.1, -0.4, 0.9],
    [1.5, 0.2, -0.7, 0.1, 0.4, 2.2, -1.0],
    [0.0, 0.8, 1.9, -0.3, 0.6, 0.7, 1.2],
  ],
};

describe('normal quantile (AS 241)', () => {
  it('agrees with Newton on Marsaglia series to 1e-12 where rank normalisation uses it', () => {
    // Rank normalisation evaluates p in [0.625 / (S + 0.25), 1 - same]: for S up to ~6000 draws
    // that is within [1e-4, 1 - 1e-4], where the reference series is accurate to ~1e-14. A
    // mistyped coefficient in the central or the middle-tail range would show here.
    const ps = [1e-4, 5e-4, 0.001, 0.01, 0.02425, 0.05, 0.0749, 0.075, 0.2, 0.3, 0.5, 0.6, 0.9, 0.925, 0.99, 0.9999];
    for (const p of ps) close(normalQuantile(p), refNormalQuantile(p), 1e-12);
  });

  it('matches published values in the far tails (R qnorm, 15 digits)', () => {
    // The far-tail range (r > 5) of AS 241 is only reached below p ~ 1.4e-11.
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(1e-5)).toBeCloseTo(-4.264890793922825, 13);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 13);
    expect(normalQuantile(1e-20)).toBeCloseTo(-9.262340089798408, 13);
    // Symmetry in the upper far tail, up to the rounding of 1 - 1e-10 (~1e-17 / phi(6.4) ~ 1e-8).
    expect(normalQuantile(1 - 1e-10)).toBeCloseTo(-normalQuantile(1e-10), 7);
  });
});

describe('autocovariance by FFT', () => {
  it('equals the direct sum to 1e-12 of acov(0)', () => {
    for (const n of [5, 64, 65, 1000, 1025]) {
      const x = ar1Chains(11, 1, n, 0.7)[0];
      const fast = autocovariance(Float64Array.from(x));
      const slow = refAutocov(x);
      for (let t = 0; t < n; t++) expect(Math.abs(fast[t] - slow[t])).toBeLessThanOrEqual(1e-12 * slow[0]);
    }
  });
});

describe('Sokal integrated autocorrelation time', () => {
  function refSokal(acov: number[]): { tau: number; window: number } {
    let tau = 1;
    for (let w = 1; w < acov.length; w++) {
      tau = 1 + 2 * acov.slice(1, w + 1).reduce((a, b) => a + b, 0) / acov[0];
      if (w >= 5 * tau) return { tau, window: w };
    }
    return { tau, window: acov.length - 1 };
  }

  it('matches the window rule on one series and on pooled chains', () => {
    const chains = ar1Chains(12, 3, 700, 0.8);
    const one = integratedAutocorrTime(Float64Array.from(chains[0]));
    const ref = refSokal(refAutocov(chains[0]));
    expect(one.window).toBe(ref.window);
    close(one.tau, ref.tau);
    const acovs = chains.map(refAutocov);
    const pooled = refSokal(acovs[0].map((_, t) => (acovs[0][t] + acovs[1][t] + acovs[2][t]) / 3));
    const multi = integratedAutocorrTimeChains(toChainMajor(chains), 3);
    expect(multi.window).toBe(pooled.window);
    close(multi.tau, pooled.tau);
  });
});

describe('rank-normalised split R-hat, bulk-ESS, tail-ESS, MCSE against the published formulas', () => {
  for (const [name, chains] of Object.entries(cases)) {
    it(name, () => {
      const values = toChainMajor(chains);
      const M = chains.length;
      const rhat = rankNormalisedSplitRhat(values, M);
      const ref = refRankRhat(chains);
      close(rhat.bulk, ref.bulk);
      close(rhat.tail, ref.tail);
      close(rhat.rhat, ref.rhat);
      close(essBulk(values, M), refEssBulk(chains));
      close(essTail(values, M), refEssTail(chains));
      close(mcseMean(values, M), refMcseMean(chains));
      if (chains[0].length >= 3) close(basicEss(values, M), refEss(chains));
    });
  }
});
