/**
 * ebm's diagnostics against a third-party implementation: ArviZ 0.23.4 (az.rhat method
 * "rank", az.ess methods "bulk" and "tail", az.mcse method "mean"), run once by hand on the
 * chains below and the results pasted here to full precision. Agreement to 1e-9 says ebm
 * reports what Python users would see for the same draws.
 *
 * Where the reference codes themselves differ, ebm follows posterior (the paper's authors'
 * R package), so these cases are left out here and covered by reference-diagnostics: an odd
 * number of draws (ArviZ folds about the median of the split draws, posterior of all draws),
 * fewer than ~6 draws per split chain (R's 1:0 indexing in posterior's ESS), and R-hat of a
 * single chain (ArviZ refuses it, posterior splits it).
 */
import { describe, expect, it } from 'vitest';
import { essBulk, essTail } from '../../../core/stats/ess.js';
import { mcseMean } from '../../../core/stats/mcse.js';
import { rankNormalisedSplitRhat } from '../../../core/stats/rhat.js';
import { ar1Chains, toChainMajor, type ChainList } from './reference-diagnostics.js';

interface ArvizValues {
  rhat?: number;
  essBulk: number;
  essTail: number;
  mcse: number;
}

const cases: { name: string; chains: ChainList; arviz: ArvizValues }[] = [
  {
    name: 'AR(1) phi 0.5, 4 x 500',
    chains: ar1Chains(1, 4, 500, 0.5),
    arviz: { rhat: 1.0042154232587892, essBulk: 734.5465165929489, essTail: 1151.2938047592156, mcse: 0.03672542470436388 },
  },
  {
    name: 'AR(1) phi 0.95, 4 x 400',
    chains: ar1Chains(2, 4, 400, 0.95),
    arviz: { rhat: 1.042290632637676, essBulk: 53.22218673125821, essTail: 76.23438913214673, mcse: 0.14145512943872546 },
  },
  {
    name: 'AR(1) phi -0.7, 3 x 300 (antithetic)',
    chains: ar1Chains(3, 3, 300, -0.7),
    arviz: { rhat: 0.9995157858160509, essBulk: 2658.8182584953925, essTail: 636.6040656988542, mcse: 0.018310232269407038 },
  },
  {
    name: 'shifted means, 3 x 300',
    chains: ar1Chains(4, 3, 300, 0.3, [0, 0.5, -0.4]),
    arviz: { rhat: 1.068190583588788, essBulk: 47.34541171262054, essTail: 601.2408444736805, mcse: 0.15308263688136378 },
  },
  {
    name: 'integer draws with many ties, 4 x 300',
    chains: ar1Chains(7, 4, 300, 0.8).map((c) => c.map((v) => Math.round(3 * v))),
    arviz: { rhat: 1.042455780871799, essBulk: 137.759646503628, essTail: 333.4020041445799, mcse: 0.2582770115665105 },
  },
  {
    name: 'one chain of 1000 (ESS and MCSE only)',
    chains: ar1Chains(5, 1, 1000, 0.6),
    arviz: { essBulk: 288.0467171960946, essTail: 564.823084336393, mcse: 0.058457402276193914 },
  },
];

function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('agreement with ArviZ 0.23.4', () => {
  for (const { name, chains, arviz } of cases) {
    it(name, () => {
      const values = toChainMajor(chains);
      const M = chains.length;
      if (arviz.rhat !== undefined) close(rankNormalisedSplitRhat(values, M).rhat, arviz.rhat);
      close(essBulk(values, M), arviz.essBulk);
      close(essTail(values, M), arviz.essTail);
      close(mcseMean(values, M), arviz.mcse);
    });
  }
});
