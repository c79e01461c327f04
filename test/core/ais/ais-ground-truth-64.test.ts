/**
 * AIS against the exact log Z on the 64x64 torus (see ais-ground-truth.test.ts for what the
 * 4-SE and ESS checks catch). Only beta = 0.2 fits a test's budget: at beta_c and 0.6 the ESS
 * collapses to ~1 chain below ~10^4 temperatures (tens of seconds per case), and an estimate
 * resting on one chain has no meaningful error bar to test.
 */
import { describe, it } from 'vitest';
import { parseModelOrCollection } from '../../../core/models/model-file.js';
import { readGroundTruth } from '../../support/paths.js';
import { expectAisMatchesExact } from './ais-support.js';

const cases = parseModelOrCollection(readGroundTruth('ising2d.json'), 'ising2d.json').cases;

describe('AIS with Metropolis matches the exact log Z on 64x64', () => {
  it('ising2d_64x64_beta0.2 (1500 temperatures, 48 chains)', () => {
    expectAisMatchesExact(cases.find((m) => m.name === 'ising2d_64x64_beta0.2')!, { chains: 48, steps: 1500, seed: 1 });
  });
});
