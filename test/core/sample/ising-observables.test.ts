/**
 * Sampling against exact answers: the energy per site of the Ising torus from Kaufman's
 * finite-lattice formula (ground-truth/ising2d.json, `energy_per_site_exact`), and the
 * honesty of the reported Monte Carlo standard error over independent replicate runs.
 */
import { describe, expect, it } from 'vitest';
import { ising2dType } from '../../../core/models/ising2d.js';
import { sampleChains } from '../../../core/sample/sample-plan.js';
import { summarise } from '../../../core/sample/summary.js';
import { RHAT_THRESHOLD } from '../../../core/stats/rhat.js';
import { readGroundTruth } from '../../support/paths.js';

interface IsingCase {
  name: string;
  rows: number;
  cols: number;
  beta: number;
  energy_per_site_exact: number;
}

const cases = (JSON.parse(readGroundTruth('ising2d.json')) as { cases: IsingCase[] }).cases;

function exactCase(name: string): IsingCase {
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`ground truth has no ${name}`);
  return found;
}

describe('Ising 32x32 with Metropolis: mean energy per site within 3 MCSE of Kaufman, R-hat < 1.01', () => {
  for (const name of ['ising2d_32x32_beta0.2', 'ising2d_32x32_beta0.6']) {
    it(name, () => {
      const truth = exactCase(name);
      const model = ising2dType.parse({ ...truth, type: 'ising2d' } as unknown as Record<string, unknown>, name);
      const size = truth.rows * truth.cols;
      // 8 chains in 4 units, 1000 sweeps of burn-in from random spins, 2000 draws each.
      const set = sampleChains({ path: model.temperedPath(), seed: 2026, chains: 8, chainsPerUnit: 2, burnIn: 1000, thin: 1, draws: 2000 });
      const summary = summarise(set);
      const energy = summary.observables.find((o) => o.name === 'energy');
      if (!energy) throw new Error('no energy observable');
      // 3 MCSE: a wrong acceptance table, a sweep that misses sites, or an energy bookkeeping
      // slip moves the mean by many MCSE (MCSE here is 3-4e-4 per site); an MCSE inflated to
      // pass would show in the replicate test below.
      expect(Math.abs(energy.mean / size - truth.energy_per_site_exact)).toBeLessThan((3 * energy.mcse) / size);
      expect(energy.rhat).toBeLessThan(RHAT_THRESHOLD);
      expect(energy.essBulk).toBeGreaterThan(800);
      expect(energy.warnings).toEqual([]);
    });
  }
});

describe('the MCSE is an honest error bar', () => {
  it('over 100 independent runs on 4x4 at the critical point, mean z^2 ~ 1', () => {
    // z = (mean - exact) / MCSE per run; if the MCSE is right, sum z^2 ~ chi^2 with 100 degrees
    // of freedom, so mean z^2 lies in [0.62, 1.50] with probability 0.998 (over 300 seeds it
    // came out 1.02). An MCSE that ignored autocorrelation (tau ~ 2.4 here) would give mean
    // z^2 ~ 2.4; one inflated by 1.5, ~0.44.
    const truth = exactCase('ising2d_4x4_betac');
    const model = ising2dType.parse({ ...truth, type: 'ising2d' } as unknown as Record<string, unknown>, truth.name);
    let sumZ2 = 0;
    const runs = 100;
    for (let seed = 1; seed <= runs; seed++) {
      const set = sampleChains({ path: model.temperedPath(), seed, chains: 4, burnIn: 200, thin: 1, draws: 1000, observables: ['energy'] });
      const energy = summarise(set).observables[0];
      sumZ2 += ((energy.mean / 16 - truth.energy_per_site_exact) / (energy.mcse / 16)) ** 2;
    }
    const meanZ2 = sumZ2 / runs;
    expect(meanZ2).toBeGreaterThan(0.62);
    expect(meanZ2).toBeLessThan(1.5);
  });
});
