/**
 * AIS (Neal 2001) against the exact log Z of the ground-truth Ising cases up to 16x16 and of
 * the graph models: the estimate lies within 4 of its own standard errors of the truth, and
 * the effective sample size is above a tenth of the chains (below that the delta-method
 * error bar is not trustworthy, so passing the 4-SE test would prove nothing).
 * A wrong AIS increment (sign, the b_k - b_{k-1} factor, beta applied twice), a wrong log Z0,
 * or a kernel that does not leave pi_b invariant shifts the estimate by many standard errors;
 * an error bar computed too small fails the same test. The 32x32 and 64x64 cases are
 * in ais-ground-truth-large.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseModelOrCollection } from '../../../core/models/model-file.js';
import { readGroundTruth } from '../../support/paths.js';
import { expectAisMatchesExact } from './ais-support.js';

const cases = [
  ...parseModelOrCollection(readGroundTruth('ising2d.json'), 'ising2d.json').cases.filter((m) => m.size <= 256),
  ...parseModelOrCollection(readGroundTruth('ising2d_field.json'), 'ising2d_field.json').cases,
  ...parseModelOrCollection(readGroundTruth('ising_n16.json'), 'ising_n16.json').cases,
  ...parseModelOrCollection(readGroundTruth('ising_n20_fields.json'), 'ising_n20_fields.json').cases,
];

describe('AIS with Metropolis matches the exact log Z', () => {
  for (const model of cases) {
    // Temperatures grow with the lattice: 500 suffice to 72 spins, 16x16 needs ~1000 for ESS > M/3.
    const steps = model.size <= 72 ? 500 : 1000;
    it(`${model.name} (${steps} temperatures, 100 chains)`, () => {
      expectAisMatchesExact(model, { chains: 100, steps, seed: 1 });
    });
  }
});

describe('AIS with the other kernels matches the exact log Z', () => {
  const byName = new Map(cases.map((m) => [m.name, m]));
  it('heat bath on 8x8 at beta_c and on ising_n20_fields', () => {
    expectAisMatchesExact(byName.get('ising2d_8x8_betac')!, { chains: 100, steps: 500, sampler: 'heatbath', seed: 2 });
    expectAisMatchesExact(byName.get('ising_n20_fields')!, { chains: 100, steps: 500, sampler: 'heatbath', seed: 2 });
  });

  it('wolff (4 clusters per temperature) on 8x8 at beta_c and at beta 0.6', () => {
    expectAisMatchesExact(byName.get('ising2d_8x8_betac')!, { chains: 100, steps: 400, sweeps: 4, sampler: 'wolff', seed: 3 });
    expectAisMatchesExact(byName.get('ising2d_8x8_beta0.6')!, { chains: 100, steps: 400, sweeps: 4, sampler: 'wolff', seed: 3 });
  });
});
