/**
 * AIS against the exact log Z on the larger ground-truth tori (see ais-ground-truth.test.ts
 * for what the 4-SE and ESS checks catch). Budgets are chosen for a few seconds each:
 * 32x32 takes 64 chains x 3000 temperatures (1000 when hot); 64x64 is in ais-ground-truth-64.test.ts.
 */
import { describe, it } from 'vitest';
import { parseModelOrCollection } from '../../../core/models/model-file.js';
import { readGroundTruth } from '../../support/paths.js';
import { expectAisMatchesExact } from './ais-support.js';

const cases = parseModelOrCollection(readGroundTruth('ising2d.json'), 'ising2d.json').cases;

describe('AIS with Metropolis matches the exact log Z on large tori', () => {
  for (const model of cases.filter((m) => m.size === 1024)) {
    // The hot case (beta 0.2, no transition on the path) keeps ESS > M/2 with 1000 temperatures.
    const steps = model.name?.endsWith('beta0.2') ? 1000 : 3000;
    it(`${model.name} (${steps} temperatures, 64 chains)`, () => {
      expectAisMatchesExact(model, { chains: 64, steps, seed: 1 });
    });
  }
});
